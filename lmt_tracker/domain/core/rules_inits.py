# mypy: disable-error-code="no-untyped-def"
"""``__init__`` of each frozen record of these modules, written ahead:

- ``lmt_tracker.domain.core.rules``

Written by ``tools/make_record_inits.py``: do not edit, run it again after changing a
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
    return __init__


def subject_minimum(_defaults, _factories, _FACTORY, _put):
    def __init__(self, label, group, hours, source,
                 online_counts=_defaults['online_counts'],
                 max_online_hours=_defaults['max_online_hours'],
                 max_hours_from=_defaults['max_hours_from']):
        _put(self, 'label', label)
        _put(self, 'group', group)
        _put(self, 'hours', hours)
        _put(self, 'source', source)
        _put(self, 'online_counts', online_counts)
        _put(self, 'max_online_hours', max_online_hours)
        _put(self, 'max_hours_from', max_hours_from)
    return __init__


def subject_cap(_defaults, _factories, _FACTORY, _put):
    def __init__(self, label, group, max_hours, source):
        _put(self, 'label', label)
        _put(self, 'group', group)
        _put(self, 'max_hours', max_hours)
        _put(self, 'source', source)
    return __init__


def route(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, label, replaces, source,
                 exams_any_of=_defaults['exams_any_of'],
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
    return __init__


def exam_requirement(_defaults, _factories, _FACTORY, _put):
    def __init__(self, any_of, label, source, within_years=_defaults['within_years'],
                 passed_before=_defaults['passed_before']):
        _put(self, 'any_of', any_of)
        _put(self, 'label', label)
        _put(self, 'source', source)
        _put(self, 'within_years', within_years)
        _put(self, 'passed_before', passed_before)
    return __init__


def exam_policy(_defaults, _factories, _FACTORY, _put):
    def __init__(self, source, max_attempts=_defaults['max_attempts'],
                 state_authorization=_defaults['state_authorization']):
        _put(self, 'source', source)
        _put(self, 'max_attempts', max_attempts)
        _put(self, 'state_authorization', state_authorization)
    return __init__


def condition(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, label, source):
        _put(self, 'key', key)
        _put(self, 'label', label)
        _put(self, 'source', source)
    return __init__


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
                 subjects=_defaults['subjects'],
                 subject_caps=_defaults['subject_caps'], exams=_defaults['exams'],
                 exam_policy=_defaults['exam_policy'],
                 conditions=_defaults['conditions'], routes=_defaults['routes'],
                 cites=_FACTORY, unknown=_FACTORY, unverified=_defaults['unverified']):
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
    return __init__


def stagger(_defaults, _factories, _FACTORY, _put):
    def __init__(self, month, day, letters=_defaults['letters'],
                 parity=_defaults['parity'], year_parity=_defaults['year_parity']):
        _put(self, 'month', month)
        _put(self, 'day', day)
        _put(self, 'letters', letters)
        _put(self, 'parity', parity)
        _put(self, 'year_parity', year_parity)
    return __init__


def renewal_rule(_defaults, _factories, _FACTORY, _put):
    def __init__(self, source, pattern, period_years=_defaults['period_years'],
                 month=_defaults['month'], day=_defaults['day'],
                 year_parity=_defaults['year_parity'],
                 anchor_year=_defaults['anchor_year'],
                 first_renewal=_defaults['first_renewal'],
                 stagger=_defaults['stagger'], unknown=_FACTORY,
                 unverified=_defaults['unverified']):
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
    return __init__


def topic_minimum(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, min_hours, label, source,
                 deliveries=_defaults['deliveries'], also=_defaults['also'],
                 approved_by=_defaults['approved_by']):
        _put(self, 'key', key)
        _put(self, 'min_hours', min_hours)
        _put(self, 'label', label)
        _put(self, 'source', source)
        _put(self, 'deliveries', deliveries)
        _put(self, 'also', also)
        _put(self, 'approved_by', approved_by)
    return __init__


def extra_requirement(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, hours, label, source, per_year=_defaults['per_year'],
                 once_after=_defaults['once_after'],
                 inside_total=_defaults['inside_total']):
        _put(self, 'key', key)
        _put(self, 'hours', hours)
        _put(self, 'label', label)
        _put(self, 'source', source)
        _put(self, 'per_year', per_year)
        _put(self, 'once_after', once_after)
        _put(self, 'inside_total', inside_total)
    return __init__


def topic_cap(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, max_hours, source):
        _put(self, 'key', key)
        _put(self, 'max_hours', max_hours)
        _put(self, 'source', source)
    return __init__


def years_in_practice(_defaults, _factories, _FACTORY, _put):
    def __init__(self, after_years, hours, topics=_defaults['topics'],
                 in_person_min_hours=_defaults['in_person_min_hours'],
                 hands_on_min_hours=_defaults['hands_on_min_hours']):
        _put(self, 'after_years', after_years)
        _put(self, 'hours', hours)
        _put(self, 'topics', topics)
        _put(self, 'in_person_min_hours', in_person_min_hours)
        _put(self, 'hands_on_min_hours', hands_on_min_hours)
    return __init__


def ce_rule(_defaults, _factories, _FACTORY, _put):
    def __init__(self, source, required=_defaults['required'],
                 hours=_defaults['hours'], period_years=_defaults['period_years'],
                 period_end_parity=_defaults['period_end_parity'],
                 hour_minutes=_defaults['hour_minutes'],
                 in_person_min_hours=_defaults['in_person_min_hours'],
                 hands_on_min_hours=_defaults['hands_on_min_hours'],
                 online_max_hours=_defaults['online_max_hours'],
                 self_study_max_hours=_defaults['self_study_max_hours'],
                 self_study_max_share=_defaults['self_study_max_share'],
                 daily_max_hours=_defaults['daily_max_hours'],
                 repeat_within_years=_defaults['repeat_within_years'],
                 repeat_once_ever=_defaults['repeat_once_ever'],
                 carry_over_max_hours=_defaults['carry_over_max_hours'],
                 national_provider_min_share=_defaults['national_provider_min_share'],
                 approved_providers=_defaults['approved_providers'],
                 first_cycle=_defaults['first_cycle'],
                 first_cycle_hours=_defaults['first_cycle_hours'],
                 first_cycle_condition=_defaults['first_cycle_condition'],
                 first_cycle_exempt_months=_defaults['first_cycle_exempt_months'],
                 first_cycle_hours_per_month=_defaults['first_cycle_hours_per_month'],
                 first_cycle_max_hours=_defaults['first_cycle_max_hours'],
                 first_cycle_chart=_defaults['first_cycle_chart'],
                 first_cycle_topics=_defaults['first_cycle_topics'],
                 minutes_count=_defaults['minutes_count'],
                 period_basis=_defaults['period_basis'],
                 selected_by=_defaults['selected_by'],
                 unapproved_max_hours=_defaults['unapproved_max_hours'],
                 approving_bodies=_defaults['approving_bodies'],
                 topics=_defaults['topics'], topic_caps=_defaults['topic_caps'],
                 years_in_practice=_defaults['years_in_practice'],
                 extra=_defaults['extra'], grace_days=_defaults['grace_days'],
                 unknown=_FACTORY, unverified=_defaults['unverified']):
        _put(self, 'source', source)
        _put(self, 'required', required)
        _put(self, 'hours', hours)
        _put(self, 'period_years', period_years)
        _put(self, 'period_end_parity', period_end_parity)
        _put(self, 'hour_minutes', hour_minutes)
        _put(self, 'in_person_min_hours', in_person_min_hours)
        _put(self, 'hands_on_min_hours', hands_on_min_hours)
        _put(self, 'online_max_hours', online_max_hours)
        _put(self, 'self_study_max_hours', self_study_max_hours)
        _put(self, 'self_study_max_share', self_study_max_share)
        _put(self, 'daily_max_hours', daily_max_hours)
        _put(self, 'repeat_within_years', repeat_within_years)
        _put(self, 'repeat_once_ever', repeat_once_ever)
        _put(self, 'carry_over_max_hours', carry_over_max_hours)
        _put(self, 'national_provider_min_share', national_provider_min_share)
        _put(self, 'approved_providers', approved_providers)
        _put(self, 'first_cycle', first_cycle)
        _put(self, 'first_cycle_hours', first_cycle_hours)
        _put(self, 'first_cycle_condition', first_cycle_condition)
        _put(self, 'first_cycle_exempt_months', first_cycle_exempt_months)
        _put(self, 'first_cycle_hours_per_month', first_cycle_hours_per_month)
        _put(self, 'first_cycle_max_hours', first_cycle_max_hours)
        _put(self, 'first_cycle_chart', first_cycle_chart)
        _put(self, 'first_cycle_topics', first_cycle_topics)
        _put(self, 'minutes_count', minutes_count)
        _put(self, 'period_basis', period_basis)
        _put(self, 'selected_by', selected_by)
        _put(self, 'unapproved_max_hours', unapproved_max_hours)
        _put(self, 'approving_bodies', approving_bodies)
        _put(self, 'topics', topics)
        _put(self, 'topic_caps', topic_caps)
        _put(self, 'years_in_practice', years_in_practice)
        _put(self, 'extra', extra)
        _put(self, 'grace_days', grace_days)
        _put(self, 'unknown', _factories['unknown']() if unknown is _FACTORY else unknown)
        _put(self, 'unverified', unverified)
    return __init__


def rule_version(_defaults, _factories, _FACTORY, _put):
    def __init__(self, effective, ends, regulation, title, sources,
                 abbreviation=_defaults['abbreviation'], notes=_defaults['notes'],
                 entry=_defaults['entry'], renewal=_defaults['renewal'],
                 ce=_defaults['ce']):
        _put(self, 'effective', effective)
        _put(self, 'ends', ends)
        _put(self, 'regulation', regulation)
        _put(self, 'title', title)
        _put(self, 'sources', sources)
        _put(self, 'abbreviation', abbreviation)
        _put(self, 'notes', notes)
        _put(self, 'entry', entry)
        _put(self, 'renewal', renewal)
        _put(self, 'ce', ce)
    return __init__


def jurisdiction(_defaults, _factories, _FACTORY, _put):
    def __init__(self, code, name, kind, board, board_url, sources, versions,
                 notes=_defaults['notes'], path=_defaults['path'],
                 overrides=_defaults['overrides']):
        _put(self, 'code', code)
        _put(self, 'name', name)
        _put(self, 'kind', kind)
        _put(self, 'board', board)
        _put(self, 'board_url', board_url)
        _put(self, 'sources', sources)
        _put(self, 'versions', versions)
        _put(self, 'notes', notes)
        _put(self, 'path', path)
        _put(self, 'overrides', overrides)
    return __init__


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
    'lmt_tracker.domain.core.rules.TopicCap':
        topic_cap,
    'lmt_tracker.domain.core.rules.YearsInPractice':
        years_in_practice,
    'lmt_tracker.domain.core.rules.CERule':
        ce_rule,
    'lmt_tracker.domain.core.rules.RuleVersion':
        rule_version,
    'lmt_tracker.domain.core.rules.Jurisdiction':
        jurisdiction,
}
