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


def findings_finding(_defaults, _factories, _FACTORY, _put):
    def __init__(self, kind, key, label, status, message, needed=_defaults['needed'],
                 have=_defaults['have'], shortfall=_defaults['shortfall'],
                 source=_defaults['source'], due=_defaults['due']):
        _put(self, 'kind', kind)
        _put(self, 'key', key)
        _put(self, 'label', label)
        _put(self, 'status', status)
        _put(self, 'message', message)
        _put(self, 'needed', needed)
        _put(self, 'have', have)
        _put(self, 'shortfall', shortfall)
        _put(self, 'source', source)
        _put(self, 'due', due)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.kind, self.key, self.label, self.status, self.message, self.needed,
                    self.have, self.shortfall, self.source, self.due,) == (other.kind,
                    other.key, other.label, other.status, other.message, other.needed,
                    other.have, other.shortfall, other.source, other.due,))
        return NotImplemented

    def __hash__(self):
        return hash((self.kind, self.key, self.label, self.status, self.message, self.needed,
                    self.have, self.shortfall, self.source, self.due,))

    return __init__, __eq__, __hash__


def overrides_applied_override(_defaults, _factories, _FACTORY, _put):
    def __init__(self, override, rules_value):
        _put(self, 'override', override)
        _put(self, 'rules_value', rules_value)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.override, self.rules_value,) == (other.override, other.rules_value,))
        return NotImplemented

    def __hash__(self):
        return hash((self.override, self.rules_value,))

    return __init__, __eq__, __hash__


def rules_age_rules_age(_defaults, _factories, _FACTORY, _put):
    def __init__(self, newest, oldest):
        _put(self, 'newest', newest)
        _put(self, 'oldest', oldest)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.newest, self.oldest,) == (other.newest, other.oldest,))
        return NotImplemented

    def __hash__(self):
        return hash((self.newest, self.oldest,))

    return __init__, __eq__, __hash__


def allocation_cell(_defaults, _factories, _FACTORY, _put):
    def __init__(self, topic, delivery, day, minutes, tag=_defaults['tag']):
        _put(self, 'topic', topic)
        _put(self, 'delivery', delivery)
        _put(self, 'day', day)
        _put(self, 'minutes', minutes)
        _put(self, 'tag', tag)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.topic, self.delivery, self.day, self.minutes, self.tag,) ==
                    (other.topic, other.delivery, other.day, other.minutes, other.tag,))
        return NotImplemented

    def __hash__(self):
        return hash((self.topic, self.delivery, self.day, self.minutes, self.tag,))

    return __init__, __eq__, __hash__


def allocation_minimum(_defaults, _factories, _FACTORY, _put):
    def __init__(self, name, minutes, topic=_defaults['topic'],
                 deliveries=_defaults['deliveries'], also=_defaults['also']):
        _put(self, 'name', name)
        _put(self, 'minutes', minutes)
        _put(self, 'topic', topic)
        _put(self, 'deliveries', deliveries)
        _put(self, 'also', also)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.name, self.minutes, self.topic, self.deliveries, self.also,) ==
                    (other.name, other.minutes, other.topic, other.deliveries, other.also,))
        return NotImplemented

    def __hash__(self):
        return hash((self.name, self.minutes, self.topic, self.deliveries, self.also,))

    return __init__, __eq__, __hash__


def allocation_problem(_defaults, _factories, _FACTORY, _put):
    def __init__(self, cells, total_min=_defaults['total_min'],
                 topic_mins=_defaults['topic_mins'], in_person_min=_defaults['in_person_min'],
                 online_cap=_defaults['online_cap'], self_study_cap=_defaults['self_study_cap'],
                 topic_caps=_defaults['topic_caps'], daily_cap=_defaults['daily_cap'],
                 tag_caps=_defaults['tag_caps']):
        _put(self, 'cells', cells)
        _put(self, 'total_min', total_min)
        _put(self, 'topic_mins', topic_mins)
        _put(self, 'in_person_min', in_person_min)
        _put(self, 'online_cap', online_cap)
        _put(self, 'self_study_cap', self_study_cap)
        _put(self, 'topic_caps', topic_caps)
        _put(self, 'daily_cap', daily_cap)
        _put(self, 'tag_caps', tag_caps)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.cells, self.total_min, self.topic_mins, self.in_person_min,
                    self.online_cap, self.self_study_cap, self.topic_caps, self.daily_cap,
                    self.tag_caps,) == (other.cells, other.total_min, other.topic_mins,
                    other.in_person_min, other.online_cap, other.self_study_cap,
                    other.topic_caps, other.daily_cap, other.tag_caps,))
        return NotImplemented

    def __hash__(self):
        return hash((self.cells, self.total_min, self.topic_mins, self.in_person_min,
                    self.online_cap, self.self_study_cap, self.topic_caps, self.daily_cap,
                    self.tag_caps,))

    return __init__, __eq__, __hash__


def ce_period_ce_period(_defaults, _factories, _FACTORY, _put):
    def __init__(self, period, cycles, findings=_defaults['findings'],
                 begins=_defaults['begins']):
        _put(self, 'period', period)
        _put(self, 'cycles', cycles)
        _put(self, 'findings', findings)
        _put(self, 'begins', begins)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.period, self.cycles, self.findings, self.begins,) == (other.period,
                    other.cycles, other.findings, other.begins,))
        return NotImplemented

    def __hash__(self):
        return hash((self.period, self.cycles, self.findings, self.begins,))

    return __init__, __eq__, __hash__


def compliance_outcome(_defaults, _factories, _FACTORY, _put):
    def __init__(self, required_minutes, counted_minutes, spec, findings, topics):
        _put(self, 'required_minutes', required_minutes)
        _put(self, 'counted_minutes', counted_minutes)
        _put(self, 'spec', spec)
        _put(self, 'findings', findings)
        _put(self, 'topics', topics)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.required_minutes, self.counted_minutes, self.spec, self.findings,
                    self.topics,) == (other.required_minutes, other.counted_minutes, other.spec,
                    other.findings, other.topics,))
        return NotImplemented

    def __hash__(self):
        return hash((self.required_minutes, self.counted_minutes, self.spec, self.findings,
                    self.topics,))

    return __init__, __eq__, __hash__


def cycles_cycle(_defaults, _factories, _FACTORY, _put):
    def __init__(self, start, end, first=_defaults['first']):
        _put(self, 'start', start)
        _put(self, 'end', end)
        _put(self, 'first', first)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.start, self.end, self.first,) == (other.start, other.end,
                    other.first,))
        return NotImplemented

    def __hash__(self):
        return hash((self.start, self.end, self.first,))

    return __init__, __eq__, __hash__


def cycles_schedule(_defaults, _factories, _FACTORY, _put):
    def __init__(self, base, step, offset=_defaults['offset'], month_end=_defaults['month_end'],
                 min_k=_defaults['min_k']):
        _put(self, 'base', base)
        _put(self, 'step', step)
        _put(self, 'offset', offset)
        _put(self, 'month_end', month_end)
        _put(self, 'min_k', min_k)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.base, self.step, self.offset, self.month_end, self.min_k,) ==
                    (other.base, other.step, other.offset, other.month_end, other.min_k,))
        return NotImplemented

    def __hash__(self):
        return hash((self.base, self.step, self.offset, self.month_end, self.min_k,))

    return __init__, __eq__, __hash__


def cycles_licence_cycles(_defaults, _factories, _FACTORY, _put):
    def __init__(self, current, next, schedule, index=_defaults['index'],
                 predicted_end=_defaults['predicted_end'], findings=_defaults['findings']):
        _put(self, 'current', current)
        _put(self, 'next', next)
        _put(self, 'schedule', schedule)
        _put(self, 'index', index)
        _put(self, 'predicted_end', predicted_end)
        _put(self, 'findings', findings)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.current, self.next, self.schedule, self.index, self.predicted_end,
                    self.findings,) == (other.current, other.next, other.schedule, other.index,
                    other.predicted_end, other.findings,))
        return NotImplemented

    def __hash__(self):
        return hash((self.current, self.next, self.schedule, self.index, self.predicted_end,
                    self.findings,))

    return __init__, __eq__, __hash__


def lines_allocation_line(_defaults, _factories, _FACTORY, _put):
    def __init__(self, course, hours, counted, toward, excluded, reasons,
                 minutes=_defaults['minutes'], counted_minutes=_defaults['counted_minutes'],
                 how=_defaults['how']):
        _put(self, 'course', course)
        _put(self, 'hours', hours)
        _put(self, 'counted', counted)
        _put(self, 'toward', toward)
        _put(self, 'excluded', excluded)
        _put(self, 'reasons', reasons)
        _put(self, 'minutes', minutes)
        _put(self, 'counted_minutes', counted_minutes)
        _put(self, 'how', how)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.course, self.hours, self.counted, self.toward, self.excluded,
                    self.reasons, self.minutes, self.counted_minutes, self.how,) ==
                    (other.course, other.hours, other.counted, other.toward, other.excluded,
                    other.reasons, other.minutes, other.counted_minutes, other.how,))
        return NotImplemented

    def __hash__(self):
        return hash((self.course, self.hours, self.counted, self.toward, self.excluded,
                    self.reasons, self.minutes, self.counted_minutes, self.how,))

    return __init__, __eq__, __hash__


def problem_built(_defaults, _factories, _FACTORY, _put):
    def __init__(self, problem, window, seg_cell, cell_minutes, code_bodies, topic_mins,
                 hands_on_extra, in_person, self_study_cap, req_minutes):
        _put(self, 'problem', problem)
        _put(self, 'window', window)
        _put(self, 'seg_cell', seg_cell)
        _put(self, 'cell_minutes', cell_minutes)
        _put(self, 'code_bodies', code_bodies)
        _put(self, 'topic_mins', topic_mins)
        _put(self, 'hands_on_extra', hands_on_extra)
        _put(self, 'in_person', in_person)
        _put(self, 'self_study_cap', self_study_cap)
        _put(self, 'req_minutes', req_minutes)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.problem, self.window, self.seg_cell, self.cell_minutes,
                    self.code_bodies, self.topic_mins, self.hands_on_extra, self.in_person,
                    self.self_study_cap, self.req_minutes,) == (other.problem, other.window,
                    other.seg_cell, other.cell_minutes, other.code_bodies, other.topic_mins,
                    other.hands_on_extra, other.in_person, other.self_study_cap,
                    other.req_minutes,))
        return NotImplemented

    def __hash__(self):
        return hash((self.problem, self.window, self.seg_cell, self.cell_minutes,
                    self.code_bodies, self.topic_mins, self.hands_on_extra, self.in_person,
                    self.self_study_cap, self.req_minutes,))

    return __init__, __eq__, __hash__


INITS = {
    'lmt_tracker.domain.core.findings.Finding':
        findings_finding,
    'lmt_tracker.domain.core.overrides.AppliedOverride':
        overrides_applied_override,
    'lmt_tracker.domain.core.rules_age.RulesAge':
        rules_age_rules_age,
    'lmt_tracker.domain.renewal.allocation.Cell':
        allocation_cell,
    'lmt_tracker.domain.renewal.allocation.Minimum':
        allocation_minimum,
    'lmt_tracker.domain.renewal.allocation.Problem':
        allocation_problem,
    'lmt_tracker.domain.renewal.ce_period.CEPeriod':
        ce_period_ce_period,
    'lmt_tracker.domain.renewal.compliance._Outcome':
        compliance_outcome,
    'lmt_tracker.domain.renewal.cycles.Cycle':
        cycles_cycle,
    'lmt_tracker.domain.renewal.cycles.Schedule':
        cycles_schedule,
    'lmt_tracker.domain.renewal.cycles.LicenceCycles':
        cycles_licence_cycles,
    'lmt_tracker.domain.renewal.lines.AllocationLine':
        lines_allocation_line,
    'lmt_tracker.domain.renewal.problem.Built':
        problem_built,
}
