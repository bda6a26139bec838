# mypy: disable-error-code="no-untyped-def"
"""Methods of each frozen record of these modules, written ahead:

- ``lmt_tracker.domain.core.findings``
- ``lmt_tracker.domain.core.overrides``
- ``lmt_tracker.domain.core.rules_age``
- ``lmt_tracker.domain.renewal.allocation``
- ``lmt_tracker.domain.renewal.ce_period``
- ``lmt_tracker.domain.renewal.compliance``
- ``lmt_tracker.domain.renewal.cycles``
- ``lmt_tracker.domain.renewal.lines``
- ``lmt_tracker.domain.renewal.problem``
- ``lmt_tracker.domain.renewal.requirement``
- ``lmt_tracker.domain.renewal.result``
- ``lmt_tracker.domain.status``

Written by ``tools/make_record_methods.py``: do not edit, run it again after changing a
class there. ``lmt_tracker.domain.core.frozen`` explains why.
"""


def requirement_requirement(_defaults, _factories, _FACTORY, _put):
    def __init__(self, hours, topics, hands_on_min, in_person_min, factor=_defaults['factor'],
                 notes=_defaults['notes'], first_cycle=_defaults['first_cycle'],
                 exempt=_defaults['exempt'], basis=_defaults['basis'],
                 extras=_defaults['extras']):
        _put(self, 'hours', hours)
        _put(self, 'topics', topics)
        _put(self, 'hands_on_min', hands_on_min)
        _put(self, 'in_person_min', in_person_min)
        _put(self, 'factor', factor)
        _put(self, 'notes', notes)
        _put(self, 'first_cycle', first_cycle)
        _put(self, 'exempt', exempt)
        _put(self, 'basis', basis)
        _put(self, 'extras', extras)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.hours, self.topics, self.hands_on_min, self.in_person_min,
                    self.factor, self.notes, self.first_cycle, self.exempt, self.basis,
                    self.extras,) == (other.hours, other.topics, other.hands_on_min,
                    other.in_person_min, other.factor, other.notes, other.first_cycle,
                    other.exempt, other.basis, other.extras,))
        return NotImplemented

    def __hash__(self):
        return hash((self.hours, self.topics, self.hands_on_min, self.in_person_min,
                    self.factor, self.notes, self.first_cycle, self.exempt, self.basis,
                    self.extras,))

    return __init__, __eq__, __hash__


def result_topic_result(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, needed, counted, deliveries=_defaults['deliveries']):
        _put(self, 'key', key)
        _put(self, 'needed', needed)
        _put(self, 'counted', counted)
        _put(self, 'deliveries', deliveries)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.key, self.needed, self.counted, self.deliveries,) == (other.key,
                    other.needed, other.counted, other.deliveries,))
        return NotImplemented

    def __hash__(self):
        return hash((self.key, self.needed, self.counted, self.deliveries,))

    return __init__, __eq__, __hash__


def result_ce_result(_defaults, _factories, _FACTORY, _put):
    def __init__(self, credential, jurisdiction, period, licence, next_licence, required_hours,
                 counted_hours, carried_in, compliant, days_left, findings, allocation,
                 hour_minutes=_defaults['hour_minutes'], topics=_defaults['topics']):
        _put(self, 'credential', credential)
        _put(self, 'jurisdiction', jurisdiction)
        _put(self, 'period', period)
        _put(self, 'licence', licence)
        _put(self, 'next_licence', next_licence)
        _put(self, 'required_hours', required_hours)
        _put(self, 'counted_hours', counted_hours)
        _put(self, 'carried_in', carried_in)
        _put(self, 'compliant', compliant)
        _put(self, 'days_left', days_left)
        _put(self, 'findings', findings)
        _put(self, 'allocation', allocation)
        _put(self, 'hour_minutes', hour_minutes)
        _put(self, 'topics', topics)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.credential, self.jurisdiction, self.period, self.licence,
                    self.next_licence, self.required_hours, self.counted_hours, self.carried_in,
                    self.compliant, self.days_left, self.findings, self.allocation,
                    self.hour_minutes, self.topics,) == (other.credential, other.jurisdiction,
                    other.period, other.licence, other.next_licence, other.required_hours,
                    other.counted_hours, other.carried_in, other.compliant, other.days_left,
                    other.findings, other.allocation, other.hour_minutes, other.topics,))
        return NotImplemented

    def __hash__(self):
        return hash((self.credential, self.jurisdiction, self.period, self.licence,
                    self.next_licence, self.required_hours, self.counted_hours, self.carried_in,
                    self.compliant, self.days_left, self.findings, self.allocation,
                    self.hour_minutes, self.topics,))

    return __init__, __eq__, __hash__


def status_credential_status(_defaults, _factories, _FACTORY, _put):
    def __init__(self, credential, jurisdiction, cycle_start, cycle_end, required_hours,
                 counted_hours, compliant, days_left, findings=_defaults['findings'],
                 renewal=_defaults['renewal']):
        _put(self, 'credential', credential)
        _put(self, 'jurisdiction', jurisdiction)
        _put(self, 'cycle_start', cycle_start)
        _put(self, 'cycle_end', cycle_end)
        _put(self, 'required_hours', required_hours)
        _put(self, 'counted_hours', counted_hours)
        _put(self, 'compliant', compliant)
        _put(self, 'days_left', days_left)
        _put(self, 'findings', findings)
        _put(self, 'renewal', renewal)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.credential, self.jurisdiction, self.cycle_start, self.cycle_end,
                    self.required_hours, self.counted_hours, self.compliant, self.days_left,
                    self.findings, self.renewal,) == (other.credential, other.jurisdiction,
                    other.cycle_start, other.cycle_end, other.required_hours,
                    other.counted_hours, other.compliant, other.days_left, other.findings,
                    other.renewal,))
        return NotImplemented

    def __hash__(self):
        return hash((self.credential, self.jurisdiction, self.cycle_start, self.cycle_end,
                    self.required_hours, self.counted_hours, self.compliant, self.days_left,
                    self.findings, self.renewal,))

    return __init__, __eq__, __hash__


INITS = {
    'lmt_tracker.domain.renewal.requirement.Requirement':
        requirement_requirement,
    'lmt_tracker.domain.renewal.result.TopicResult':
        result_topic_result,
    'lmt_tracker.domain.renewal.result.CEResult':
        result_ce_result,
    'lmt_tracker.domain.status.CredentialStatus':
        status_credential_status,
}
