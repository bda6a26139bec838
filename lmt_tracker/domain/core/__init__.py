"""What every judgement shares: the records, the typed rules, and the words for both.

- ``records``: immutable records of a therapist's licensing life and a school's graduates;
- ``rules``: typed, immutable rule records, version by version;
- ``vocabulary``: the stable keys shared by database, CSV, command line and rule files;
- ``words``: those keys as words, for every face of the app;
- ``phrases``: the core's sentences as values (an English template and its fields), which
  the faces of the app render in the user's language;
- ``findings``: one explained, sourced statement about one requirement;
- ``validation``: every problem of a user record with its field, value and fix;
- ``overrides``: the user's own overrides of single rule figures;
- ``rules_age``, ``rule_version_applied``, ``credential_facts``: facts about the rules
  themselves (how old, which version judged, which optional facts they use).
"""

__all__ = [
    "credential_facts",
    "findings",
    "overrides",
    "phrases",
    "records",
    "rule_version_applied",
    "rules",
    "rules_age",
    "validation",
    "vocabulary",
    "words",
]
