"""What every judgement shares: the records, the typed rules, and the words for both.

- ``records``: immutable records of a therapist's licensing life and a school's graduates;
- ``rules``: typed, immutable rule records, version by version;
- ``vocabulary``: the stable keys shared by database, CSV, command line and rule files;
- ``words``: those keys as words, for every face of the app;
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
    "records",
    "rule_version_applied",
    "rules",
    "rules_age",
    "validation",
    "vocabulary",
    "words",
]
