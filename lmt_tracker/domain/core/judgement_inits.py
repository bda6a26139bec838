# mypy: disable-error-code="no-untyped-def"
"""``__init__`` of each frozen record of these modules, written ahead:

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

Written by ``tools/make_record_inits.py``: do not edit, run it again after changing a
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
    return __init__


def overrides_applied_override(_defaults, _factories, _FACTORY, _put):
    def __init__(self, override, rules_value):
        _put(self, 'override', override)
        _put(self, 'rules_value', rules_value)
    return __init__


def rules_age_rules_age(_defaults, _factories, _FACTORY, _put):
    def __init__(self, newest, oldest):
        _put(self, 'newest', newest)
        _put(self, 'oldest', oldest)
    return __init__


def allocation_cell(_defaults, _factories, _FACTORY, _put):
    def __init__(self, topic, delivery, day, minutes, tag=_defaults['tag']):
        _put(self, 'topic', topic)
        _put(self, 'delivery', delivery)
        _put(self, 'day', day)
        _put(self, 'minutes', minutes)
        _put(self, 'tag', tag)
    return __init__


def allocation_minimum(_defaults, _factories, _FACTORY, _put):
    def __init__(self, name, minutes, topic=_defaults['topic'],
                 deliveries=_defaults['deliveries'], also=_defaults['also']):
        _put(self, 'name', name)
        _put(self, 'minutes', minutes)
        _put(self, 'topic', topic)
        _put(self, 'deliveries', deliveries)
        _put(self, 'also', also)
    return __init__


def allocation_problem(_defaults, _factories, _FACTORY, _put):
    def __init__(self, cells, total_min=_defaults['total_min'],
                 topic_mins=_defaults['topic_mins'],
                 in_person_min=_defaults['in_person_min'],
                 online_cap=_defaults['online_cap'],
                 self_study_cap=_defaults['self_study_cap'],
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
    return __init__


def ce_period_ce_period(_defaults, _factories, _FACTORY, _put):
    def __init__(self, period, cycles, findings=_defaults['findings'],
                 begins=_defaults['begins']):
        _put(self, 'period', period)
        _put(self, 'cycles', cycles)
        _put(self, 'findings', findings)
        _put(self, 'begins', begins)
    return __init__


def compliance_outcome(_defaults, _factories, _FACTORY, _put):
    def __init__(self, required_minutes, counted_minutes, spec, findings, topics):
        _put(self, 'required_minutes', required_minutes)
        _put(self, 'counted_minutes', counted_minutes)
        _put(self, 'spec', spec)
        _put(self, 'findings', findings)
        _put(self, 'topics', topics)
    return __init__


def cycles_cycle(_defaults, _factories, _FACTORY, _put):
    def __init__(self, start, end, first=_defaults['first']):
        _put(self, 'start', start)
        _put(self, 'end', end)
        _put(self, 'first', first)
    return __init__


def cycles_schedule(_defaults, _factories, _FACTORY, _put):
    def __init__(self, base, step, offset=_defaults['offset'],
                 month_end=_defaults['month_end'], min_k=_defaults['min_k']):
        _put(self, 'base', base)
        _put(self, 'step', step)
        _put(self, 'offset', offset)
        _put(self, 'month_end', month_end)
        _put(self, 'min_k', min_k)
    return __init__


def cycles_licence_cycles(_defaults, _factories, _FACTORY, _put):
    def __init__(self, current, next, schedule, index=_defaults['index'],
                 predicted_end=_defaults['predicted_end'],
                 findings=_defaults['findings']):
        _put(self, 'current', current)
        _put(self, 'next', next)
        _put(self, 'schedule', schedule)
        _put(self, 'index', index)
        _put(self, 'predicted_end', predicted_end)
        _put(self, 'findings', findings)
    return __init__


def lines_allocation_line(_defaults, _factories, _FACTORY, _put):
    def __init__(self, course, hours, counted, toward, excluded, reasons,
                 minutes=_defaults['minutes'],
                 counted_minutes=_defaults['counted_minutes'], how=_defaults['how']):
        _put(self, 'course', course)
        _put(self, 'hours', hours)
        _put(self, 'counted', counted)
        _put(self, 'toward', toward)
        _put(self, 'excluded', excluded)
        _put(self, 'reasons', reasons)
        _put(self, 'minutes', minutes)
        _put(self, 'counted_minutes', counted_minutes)
        _put(self, 'how', how)
    return __init__


def problem_built(_defaults, _factories, _FACTORY, _put):
    def __init__(self, problem, window, members, cell_minutes, code_bodies,
                 topic_mins, hands_on_extra, in_person, self_study_cap, req_minutes):
        _put(self, 'problem', problem)
        _put(self, 'window', window)
        _put(self, 'members', members)
        _put(self, 'cell_minutes', cell_minutes)
        _put(self, 'code_bodies', code_bodies)
        _put(self, 'topic_mins', topic_mins)
        _put(self, 'hands_on_extra', hands_on_extra)
        _put(self, 'in_person', in_person)
        _put(self, 'self_study_cap', self_study_cap)
        _put(self, 'req_minutes', req_minutes)
    return __init__


def requirement_requirement(_defaults, _factories, _FACTORY, _put):
    def __init__(self, hours, topics, hands_on_min, in_person_min,
                 factor=_defaults['factor'], notes=_defaults['notes'],
                 first_cycle=_defaults['first_cycle'], exempt=_defaults['exempt'],
                 basis=_defaults['basis'], extras=_defaults['extras']):
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
    return __init__


def result_topic_result(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, needed, counted, deliveries=_defaults['deliveries']):
        _put(self, 'key', key)
        _put(self, 'needed', needed)
        _put(self, 'counted', counted)
        _put(self, 'deliveries', deliveries)
    return __init__


def result_ce_result(_defaults, _factories, _FACTORY, _put):
    def __init__(self, credential, jurisdiction, period, licence, next_licence,
                 required_hours, counted_hours, carried_in, compliant, days_left,
                 findings, allocation, hour_minutes=_defaults['hour_minutes'],
                 topics=_defaults['topics']):
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
    return __init__


def status_credential_status(_defaults, _factories, _FACTORY, _put):
    def __init__(self, credential, jurisdiction, cycle_start, cycle_end,
                 required_hours, counted_hours, compliant, days_left,
                 findings=_defaults['findings'], renewal=_defaults['renewal']):
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
    return __init__


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
    'lmt_tracker.domain.renewal.requirement.Requirement':
        requirement_requirement,
    'lmt_tracker.domain.renewal.result.TopicResult':
        result_topic_result,
    'lmt_tracker.domain.renewal.result.CEResult':
        result_ce_result,
    'lmt_tracker.domain.status.CredentialStatus':
        status_credential_status,
}
