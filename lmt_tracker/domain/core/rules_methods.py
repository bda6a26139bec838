# mypy: disable-error-code="no-untyped-def"
"""Methods of each frozen record of these modules, written ahead:

- ``lmt_tracker.domain.core.rules``

Written by ``tools/make_record_methods.py``: do not edit, run it again after changing a
class there. ``lmt_tracker.domain.core.frozen`` explains why.
"""


def source(_defaults, _factories, _FACTORY, _put):
    def __init__(self, id, title, url, checked, kind, section=_defaults['section']):
        _put(self, 'id', id)
        _put(self, 'title', title)
        _put(self, 'url', url)
        _put(self, 'checked', checked)
        _put(self, 'kind', kind)
        _put(self, 'section', section)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.id, self.title, self.url, self.checked, self.kind, self.section,) ==
                    (other.id, other.title, other.url, other.checked, other.kind,
                    other.section,))
        return NotImplemented

    def __hash__(self):
        return hash((self.id, self.title, self.url, self.checked, self.kind, self.section,))

    return __init__, __eq__, __hash__


def subject_minimum(_defaults, _factories, _FACTORY, _put):
    def __init__(self, label, group, hours, source, online_counts=_defaults['online_counts'],
                 max_online_hours=_defaults['max_online_hours'],
                 max_hours_from=_defaults['max_hours_from']):
        _put(self, 'label', label)
        _put(self, 'group', group)
        _put(self, 'hours', hours)
        _put(self, 'source', source)
        _put(self, 'online_counts', online_counts)
        _put(self, 'max_online_hours', max_online_hours)
        _put(self, 'max_hours_from', max_hours_from)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.label, self.group, self.hours, self.source, self.online_counts,
                    self.max_online_hours, self.max_hours_from,) == (other.label, other.group,
                    other.hours, other.source, other.online_counts, other.max_online_hours,
                    other.max_hours_from,))
        return NotImplemented

    def __hash__(self):
        return hash((self.label, self.group, self.hours, self.source, self.online_counts,
                    self.max_online_hours, self.max_hours_from,))

    return __init__, __eq__, __hash__


def subject_cap(_defaults, _factories, _FACTORY, _put):
    def __init__(self, label, group, max_hours, source):
        _put(self, 'label', label)
        _put(self, 'group', group)
        _put(self, 'max_hours', max_hours)
        _put(self, 'source', source)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.label, self.group, self.max_hours, self.source,) == (other.label,
                    other.group, other.max_hours, other.source,))
        return NotImplemented

    def __hash__(self):
        return hash((self.label, self.group, self.max_hours, self.source,))

    return __init__, __eq__, __hash__


def route(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, label, replaces, source, exams_any_of=_defaults['exams_any_of'],
                 total_hours=_defaults['total_hours'],
                 licensed_elsewhere_years=_defaults['licensed_elsewhere_years'],
                 good_standing=_defaults['good_standing']):
        _put(self, 'key', key)
        _put(self, 'label', label)
        _put(self, 'replaces', replaces)
        _put(self, 'source', source)
        _put(self, 'exams_any_of', exams_any_of)
        _put(self, 'total_hours', total_hours)
        _put(self, 'licensed_elsewhere_years', licensed_elsewhere_years)
        _put(self, 'good_standing', good_standing)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.key, self.label, self.replaces, self.source, self.exams_any_of,
                    self.total_hours, self.licensed_elsewhere_years, self.good_standing,) ==
                    (other.key, other.label, other.replaces, other.source, other.exams_any_of,
                    other.total_hours, other.licensed_elsewhere_years, other.good_standing,))
        return NotImplemented

    def __hash__(self):
        return hash((self.key, self.label, self.replaces, self.source, self.exams_any_of,
                    self.total_hours, self.licensed_elsewhere_years, self.good_standing,))

    return __init__, __eq__, __hash__


def exam_requirement(_defaults, _factories, _FACTORY, _put):
    def __init__(self, any_of, label, source, within_years=_defaults['within_years'],
                 passed_before=_defaults['passed_before']):
        _put(self, 'any_of', any_of)
        _put(self, 'label', label)
        _put(self, 'source', source)
        _put(self, 'within_years', within_years)
        _put(self, 'passed_before', passed_before)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.any_of, self.label, self.source, self.within_years,
                    self.passed_before,) == (other.any_of, other.label, other.source,
                    other.within_years, other.passed_before,))
        return NotImplemented

    def __hash__(self):
        return hash((self.any_of, self.label, self.source, self.within_years,
                    self.passed_before,))

    return __init__, __eq__, __hash__


def exam_policy(_defaults, _factories, _FACTORY, _put):
    def __init__(self, source, max_attempts=_defaults['max_attempts'],
                 state_authorization=_defaults['state_authorization']):
        _put(self, 'source', source)
        _put(self, 'max_attempts', max_attempts)
        _put(self, 'state_authorization', state_authorization)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.source, self.max_attempts, self.state_authorization,) ==
                    (other.source, other.max_attempts, other.state_authorization,))
        return NotImplemented

    def __hash__(self):
        return hash((self.source, self.max_attempts, self.state_authorization,))

    return __init__, __eq__, __hash__


def condition(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, label, source):
        _put(self, 'key', key)
        _put(self, 'label', label)
        _put(self, 'source', source)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.key, self.label, self.source,) == (other.key, other.label,
                    other.source,))
        return NotImplemented

    def __hash__(self):
        return hash((self.key, self.label, self.source,))

    return __init__, __eq__, __hash__


def entry_rule(_defaults, _factories, _FACTORY, _put):
    def __init__(self, source, selected_by=_defaults['selected_by'],
                 total_hours=_defaults['total_hours'], min_age=_defaults['min_age'],
                 online_counts=_defaults['online_counts'],
                 max_online_hours=_defaults['max_online_hours'],
                 max_online_share=_defaults['max_online_share'],
                 min_clinical_hours=_defaults['min_clinical_hours'],
                 cpr_counts=_defaults['cpr_counts'],
                 online_limit_applies_to=_defaults['online_limit_applies_to'],
                 hour_minutes=_defaults['hour_minutes'],
                 completed_within_years=_defaults['completed_within_years'],
                 subjects=_defaults['subjects'], subject_caps=_defaults['subject_caps'],
                 exams=_defaults['exams'], exam_policy=_defaults['exam_policy'],
                 conditions=_defaults['conditions'], routes=_defaults['routes'], cites=_FACTORY,
                 unknown=_FACTORY, unverified=_defaults['unverified']):
        _put(self, 'source', source)
        _put(self, 'selected_by', selected_by)
        _put(self, 'total_hours', total_hours)
        _put(self, 'min_age', min_age)
        _put(self, 'online_counts', online_counts)
        _put(self, 'max_online_hours', max_online_hours)
        _put(self, 'max_online_share', max_online_share)
        _put(self, 'min_clinical_hours', min_clinical_hours)
        _put(self, 'cpr_counts', cpr_counts)
        _put(self, 'online_limit_applies_to', online_limit_applies_to)
        _put(self, 'hour_minutes', hour_minutes)
        _put(self, 'completed_within_years', completed_within_years)
        _put(self, 'subjects', subjects)
        _put(self, 'subject_caps', subject_caps)
        _put(self, 'exams', exams)
        _put(self, 'exam_policy', exam_policy)
        _put(self, 'conditions', conditions)
        _put(self, 'routes', routes)
        _put(self, 'cites', _factories['cites']() if cites is _FACTORY else cites)
        _put(self, 'unknown', _factories['unknown']() if unknown is _FACTORY else unknown)
        _put(self, 'unverified', unverified)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.source, self.selected_by, self.total_hours, self.min_age,
                    self.online_counts, self.max_online_hours, self.max_online_share,
                    self.min_clinical_hours, self.cpr_counts, self.online_limit_applies_to,
                    self.hour_minutes, self.completed_within_years, self.subjects,
                    self.subject_caps, self.exams, self.exam_policy, self.conditions,
                    self.routes, self.cites, self.unknown, self.unverified,) == (other.source,
                    other.selected_by, other.total_hours, other.min_age, other.online_counts,
                    other.max_online_hours, other.max_online_share, other.min_clinical_hours,
                    other.cpr_counts, other.online_limit_applies_to, other.hour_minutes,
                    other.completed_within_years, other.subjects, other.subject_caps,
                    other.exams, other.exam_policy, other.conditions, other.routes, other.cites,
                    other.unknown, other.unverified,))
        return NotImplemented

    def __hash__(self):
        return hash((self.source, self.selected_by, self.total_hours, self.min_age,
                    self.online_counts, self.max_online_hours, self.max_online_share,
                    self.min_clinical_hours, self.cpr_counts, self.online_limit_applies_to,
                    self.hour_minutes, self.completed_within_years, self.subjects,
                    self.subject_caps, self.exams, self.exam_policy, self.conditions,
                    self.routes, self.cites, self.unknown, self.unverified,))

    return __init__, __eq__, __hash__


def stagger(_defaults, _factories, _FACTORY, _put):
    def __init__(self, month, day, letters=_defaults['letters'], parity=_defaults['parity'],
                 year_parity=_defaults['year_parity']):
        _put(self, 'month', month)
        _put(self, 'day', day)
        _put(self, 'letters', letters)
        _put(self, 'parity', parity)
        _put(self, 'year_parity', year_parity)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.month, self.day, self.letters, self.parity, self.year_parity,) ==
                    (other.month, other.day, other.letters, other.parity, other.year_parity,))
        return NotImplemented

    def __hash__(self):
        return hash((self.month, self.day, self.letters, self.parity, self.year_parity,))

    return __init__, __eq__, __hash__


def renewal_rule(_defaults, _factories, _FACTORY, _put):
    def __init__(self, source, pattern, period_years=_defaults['period_years'],
                 month=_defaults['month'], day=_defaults['day'],
                 year_parity=_defaults['year_parity'], anchor_year=_defaults['anchor_year'],
                 first_renewal=_defaults['first_renewal'], stagger=_defaults['stagger'],
                 unknown=_FACTORY, unverified=_defaults['unverified']):
        _put(self, 'source', source)
        _put(self, 'pattern', pattern)
        _put(self, 'period_years', period_years)
        _put(self, 'month', month)
        _put(self, 'day', day)
        _put(self, 'year_parity', year_parity)
        _put(self, 'anchor_year', anchor_year)
        _put(self, 'first_renewal', first_renewal)
        _put(self, 'stagger', stagger)
        _put(self, 'unknown', _factories['unknown']() if unknown is _FACTORY else unknown)
        _put(self, 'unverified', unverified)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.source, self.pattern, self.period_years, self.month, self.day,
                    self.year_parity, self.anchor_year, self.first_renewal, self.stagger,
                    self.unknown, self.unverified,) == (other.source, other.pattern,
                    other.period_years, other.month, other.day, other.year_parity,
                    other.anchor_year, other.first_renewal, other.stagger, other.unknown,
                    other.unverified,))
        return NotImplemented

    def __hash__(self):
        return hash((self.source, self.pattern, self.period_years, self.month, self.day,
                    self.year_parity, self.anchor_year, self.first_renewal, self.stagger,
                    self.unknown, self.unverified,))

    return __init__, __eq__, __hash__


def topic_minimum(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, min_hours, label, source, deliveries=_defaults['deliveries'],
                 also=_defaults['also'], approved_by=_defaults['approved_by']):
        _put(self, 'key', key)
        _put(self, 'min_hours', min_hours)
        _put(self, 'label', label)
        _put(self, 'source', source)
        _put(self, 'deliveries', deliveries)
        _put(self, 'also', also)
        _put(self, 'approved_by', approved_by)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.key, self.min_hours, self.label, self.source, self.deliveries,
                    self.also, self.approved_by,) == (other.key, other.min_hours, other.label,
                    other.source, other.deliveries, other.also, other.approved_by,))
        return NotImplemented

    def __hash__(self):
        return hash((self.key, self.min_hours, self.label, self.source, self.deliveries,
                    self.also, self.approved_by,))

    return __init__, __eq__, __hash__


def extra_requirement(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, hours, label, source, per_year=_defaults['per_year'],
                 once_after=_defaults['once_after'], inside_total=_defaults['inside_total']):
        _put(self, 'key', key)
        _put(self, 'hours', hours)
        _put(self, 'label', label)
        _put(self, 'source', source)
        _put(self, 'per_year', per_year)
        _put(self, 'once_after', once_after)
        _put(self, 'inside_total', inside_total)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.key, self.hours, self.label, self.source, self.per_year,
                    self.once_after, self.inside_total,) == (other.key, other.hours,
                    other.label, other.source, other.per_year, other.once_after,
                    other.inside_total,))
        return NotImplemented

    def __hash__(self):
        return hash((self.key, self.hours, self.label, self.source, self.per_year,
                    self.once_after, self.inside_total,))

    return __init__, __eq__, __hash__


INITS = {
    'lmt_tracker.domain.core.rules.Source':
        source,
    'lmt_tracker.domain.core.rules.SubjectMinimum':
        subject_minimum,
    'lmt_tracker.domain.core.rules.SubjectCap':
        subject_cap,
    'lmt_tracker.domain.core.rules.Route':
        route,
    'lmt_tracker.domain.core.rules.ExamRequirement':
        exam_requirement,
    'lmt_tracker.domain.core.rules.ExamPolicy':
        exam_policy,
    'lmt_tracker.domain.core.rules.Condition':
        condition,
    'lmt_tracker.domain.core.rules.EntryRule':
        entry_rule,
    'lmt_tracker.domain.core.rules.Stagger':
        stagger,
    'lmt_tracker.domain.core.rules.RenewalRule':
        renewal_rule,
    'lmt_tracker.domain.core.rules.TopicMinimum':
        topic_minimum,
    'lmt_tracker.domain.core.rules.ExtraRequirement':
        extra_requirement,
}
