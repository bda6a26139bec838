# mypy: disable-error-code="no-untyped-def"
"""Methods of each frozen record of these modules, written ahead:

- ``lmt_tracker.domain.core.rules``

Written by ``tools/make_record_methods.py``: do not edit, run it again after changing a
class there. ``lmt_tracker.domain.core.frozen`` explains why.
"""


def topic_cap(_defaults, _factories, _FACTORY, _put):
    def __init__(self, key, max_hours, source):
        _put(self, 'key', key)
        _put(self, 'max_hours', max_hours)
        _put(self, 'source', source)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.key, self.max_hours, self.source,) == (other.key, other.max_hours,
                    other.source,))
        return NotImplemented

    def __hash__(self):
        return hash((self.key, self.max_hours, self.source,))

    return __init__, __eq__, __hash__


def years_in_practice(_defaults, _factories, _FACTORY, _put):
    def __init__(self, after_years, hours, topics=_defaults['topics'],
                 in_person_min_hours=_defaults['in_person_min_hours'],
                 hands_on_min_hours=_defaults['hands_on_min_hours']):
        _put(self, 'after_years', after_years)
        _put(self, 'hours', hours)
        _put(self, 'topics', topics)
        _put(self, 'in_person_min_hours', in_person_min_hours)
        _put(self, 'hands_on_min_hours', hands_on_min_hours)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.after_years, self.hours, self.topics, self.in_person_min_hours,
                    self.hands_on_min_hours,) == (other.after_years, other.hours, other.topics,
                    other.in_person_min_hours, other.hands_on_min_hours,))
        return NotImplemented

    def __hash__(self):
        return hash((self.after_years, self.hours, self.topics, self.in_person_min_hours,
                    self.hands_on_min_hours,))

    return __init__, __eq__, __hash__


def ce_rule(_defaults, _factories, _FACTORY, _put):
    def __init__(self, source, required=_defaults['required'], hours=_defaults['hours'],
                 period_years=_defaults['period_years'],
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
                 period_basis=_defaults['period_basis'], selected_by=_defaults['selected_by'],
                 unapproved_max_hours=_defaults['unapproved_max_hours'],
                 approving_bodies=_defaults['approving_bodies'], topics=_defaults['topics'],
                 topic_caps=_defaults['topic_caps'],
                 years_in_practice=_defaults['years_in_practice'], extra=_defaults['extra'],
                 grace_days=_defaults['grace_days'], unknown=_FACTORY,
                 unverified=_defaults['unverified']):
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

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.source, self.required, self.hours, self.period_years,
                    self.period_end_parity, self.hour_minutes, self.in_person_min_hours,
                    self.hands_on_min_hours, self.online_max_hours, self.self_study_max_hours,
                    self.self_study_max_share, self.daily_max_hours, self.repeat_within_years,
                    self.repeat_once_ever, self.carry_over_max_hours,
                    self.national_provider_min_share, self.approved_providers, self.first_cycle,
                    self.first_cycle_hours, self.first_cycle_condition,
                    self.first_cycle_exempt_months, self.first_cycle_hours_per_month,
                    self.first_cycle_max_hours, self.first_cycle_chart, self.first_cycle_topics,
                    self.minutes_count, self.period_basis, self.selected_by,
                    self.unapproved_max_hours, self.approving_bodies, self.topics,
                    self.topic_caps, self.years_in_practice, self.extra, self.grace_days,
                    self.unknown, self.unverified,) == (other.source, other.required,
                    other.hours, other.period_years, other.period_end_parity,
                    other.hour_minutes, other.in_person_min_hours, other.hands_on_min_hours,
                    other.online_max_hours, other.self_study_max_hours,
                    other.self_study_max_share, other.daily_max_hours,
                    other.repeat_within_years, other.repeat_once_ever,
                    other.carry_over_max_hours, other.national_provider_min_share,
                    other.approved_providers, other.first_cycle, other.first_cycle_hours,
                    other.first_cycle_condition, other.first_cycle_exempt_months,
                    other.first_cycle_hours_per_month, other.first_cycle_max_hours,
                    other.first_cycle_chart, other.first_cycle_topics, other.minutes_count,
                    other.period_basis, other.selected_by, other.unapproved_max_hours,
                    other.approving_bodies, other.topics, other.topic_caps,
                    other.years_in_practice, other.extra, other.grace_days, other.unknown,
                    other.unverified,))
        return NotImplemented

    def __hash__(self):
        return hash((self.source, self.required, self.hours, self.period_years,
                    self.period_end_parity, self.hour_minutes, self.in_person_min_hours,
                    self.hands_on_min_hours, self.online_max_hours, self.self_study_max_hours,
                    self.self_study_max_share, self.daily_max_hours, self.repeat_within_years,
                    self.repeat_once_ever, self.carry_over_max_hours,
                    self.national_provider_min_share, self.approved_providers, self.first_cycle,
                    self.first_cycle_hours, self.first_cycle_condition,
                    self.first_cycle_exempt_months, self.first_cycle_hours_per_month,
                    self.first_cycle_max_hours, self.first_cycle_chart, self.first_cycle_topics,
                    self.minutes_count, self.period_basis, self.selected_by,
                    self.unapproved_max_hours, self.approving_bodies, self.topics,
                    self.topic_caps, self.years_in_practice, self.extra, self.grace_days,
                    self.unknown, self.unverified,))

    return __init__, __eq__, __hash__


def rule_version(_defaults, _factories, _FACTORY, _put):
    def __init__(self, effective, ends, regulation, title, sources,
                 abbreviation=_defaults['abbreviation'], notes=_defaults['notes'],
                 entry=_defaults['entry'], renewal=_defaults['renewal'], ce=_defaults['ce']):
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

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.effective, self.ends, self.regulation, self.title, self.sources,
                    self.abbreviation, self.notes, self.entry, self.renewal, self.ce,) ==
                    (other.effective, other.ends, other.regulation, other.title, other.sources,
                    other.abbreviation, other.notes, other.entry, other.renewal, other.ce,))
        return NotImplemented

    def __hash__(self):
        return hash((self.effective, self.ends, self.regulation, self.title, self.sources,
                    self.abbreviation, self.notes, self.entry, self.renewal, self.ce,))

    return __init__, __eq__, __hash__


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

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.code, self.name, self.kind, self.board, self.board_url, self.sources,
                    self.versions, self.notes, self.path, self.overrides,) == (other.code,
                    other.name, other.kind, other.board, other.board_url, other.sources,
                    other.versions, other.notes, other.path, other.overrides,))
        return NotImplemented

    def __hash__(self):
        return hash((self.code, self.name, self.kind, self.board, self.board_url, self.sources,
                    self.versions, self.notes, self.path, self.overrides,))

    return __init__, __eq__, __hash__


INITS = {
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
