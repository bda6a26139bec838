# mypy: disable-error-code="no-untyped-def"
"""Methods of each frozen record of these modules, written ahead:

- ``lmt_tracker.domain.core.records``

Written by ``tools/make_record_methods.py``: do not edit, run it again after changing a
class there. ``lmt_tracker.domain.core.frozen`` explains why.
"""


def record(_defaults, _factories, _FACTORY, _put):
    def __init__(self, therapist, programs=_defaults['programs'], exams=_defaults['exams'],
                 credentials=_defaults['credentials'], courses=_defaults['courses']):
        _put(self, 'therapist', therapist)
        _put(self, 'programs', programs)
        _put(self, 'exams', exams)
        _put(self, 'credentials', credentials)
        _put(self, 'courses', courses)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.therapist, self.programs, self.exams, self.credentials, self.courses,)
                    == (other.therapist, other.programs, other.exams, other.credentials,
                    other.courses,))
        return NotImplemented

    def __hash__(self):
        return hash((self.therapist, self.programs, self.exams, self.credentials,
                    self.courses,))

    return __init__, __eq__, __hash__


def rule_override(_defaults, _factories, _FACTORY, _put):
    def __init__(self, jurisdiction, field, value, note, recorded,
                 rules_value=_defaults['rules_value'], id=_defaults['id']):
        _put(self, 'jurisdiction', jurisdiction)
        _put(self, 'field', field)
        _put(self, 'value', value)
        _put(self, 'note', note)
        _put(self, 'recorded', recorded)
        _put(self, 'rules_value', rules_value)
        _put(self, 'id', id)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.jurisdiction, self.field, self.value, self.note, self.recorded,
                    self.rules_value, self.id,) == (other.jurisdiction, other.field,
                    other.value, other.note, other.recorded, other.rules_value, other.id,))
        return NotImplemented

    def __hash__(self):
        return hash((self.jurisdiction, self.field, self.value, self.note, self.recorded,
                    self.rules_value, self.id,))

    return __init__, __eq__, __hash__


INITS = {
    'lmt_tracker.domain.core.records.Record':
        record,
    'lmt_tracker.domain.core.records.RuleOverride':
        rule_override,
}
