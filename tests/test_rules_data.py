"""The shipped rule files: all load, every jurisdiction is there, provenance holds, docs fresh."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import time
from pathlib import Path

import pytest

from lmt_tracker.domain.core import vocabulary as vocab
from lmt_tracker.domain.core.rules import CERule, EntryRule, Jurisdiction, RenewalRule, RuleVersion
from lmt_tracker.paths import rules_dir
from lmt_tracker.rules import docs as rules_docs
from lmt_tracker.rules.loader import RulesError, load_all, load_file, rule_files

STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
    ]
)
EXPECTED = {*STATES, "DC", "PR", "NCBTMB", "AMTA"}
REGULATING = ("license", "certification", "registration")
README = rules_dir() / "README.md"

# Figures that a secondary source alone cannot settle (README, "Source kinds").
FIGURE_FIELDS = {
    "entry": (
        "total_hours",
        "min_age",
        "max_online_hours",
        "max_online_share",
        "min_clinical_hours",
        "hour_minutes",
        "completed_within_years",
    ),
    "renewal": ("period_years", "month", "day"),
    "ce": (
        "hours",
        "hour_minutes",
        "in_person_min_hours",
        "hands_on_min_hours",
        "online_max_hours",
        "self_study_max_hours",
        "self_study_max_share",
        "daily_max_hours",
        "carry_over_max_hours",
        "national_provider_min_share",
        "first_cycle_hours",
    ),
}
FIGURE_ITEMS = {
    "entry": ("subjects", "subject_caps", "routes"),
    "ce": ("topics", "topic_caps"),
}


@pytest.fixture(scope="module")
def rules() -> dict[str, Jurisdiction]:
    try:
        return load_all()
    except RulesError as exc:  # show every researcher's problem, not a traceback
        pytest.fail("rule files have problems:\n" + "\n".join(exc.problems), pytrace=False)


def versions(rules: dict[str, Jurisdiction]) -> list[tuple[str, RuleVersion]]:
    return [(f"{j.code} version from {v.effective}", v) for j in rules.values() for v in j.versions]


def test_every_shipped_file_loads_on_its_own() -> None:
    problems: list[str] = []
    for path in rule_files(rules_dir()):
        try:
            load_file(path)
        except RulesError as exc:
            problems.extend(exc.problems)
    assert problems == []


def test_all_states_dc_pr_and_national_credentials_are_present(
    rules: dict[str, Jurisdiction],
) -> None:
    assert sorted(EXPECTED - set(rules)) == [], "missing rule files"
    assert sorted(set(rules) - EXPECTED) == [], "unexpected codes: add them to EXPECTED"


def test_kinds_match_codes(rules: dict[str, Jurisdiction]) -> None:
    expected = {"DC": "district", "PR": "territory", "NCBTMB": "national", "AMTA": "national"}
    wrong = {code: j.kind for code, j in rules.items() if j.kind != expected.get(code, "state")}
    assert wrong == {}


def test_every_version_has_sources(rules: dict[str, Jurisdiction]) -> None:
    assert [name for name, v in versions(rules) if not v.sources] == []


def test_every_source_was_checked_and_not_in_the_future(rules: dict[str, Jurisdiction]) -> None:
    today = dt.date.today()
    future = [
        f"{j.code}: sources.{s.id}.checked = {s.checked}"
        for j in rules.values()
        for s in j.sources.values()
        if s.checked > today
    ]
    assert future == []


def test_versions_are_ordered_and_do_not_overlap(rules: dict[str, Jurisdiction]) -> None:
    for j in rules.values():
        for before, after in zip(j.versions, j.versions[1:], strict=False):
            assert before.ends is not None and before.ends < after.effective, j.code
        assert j.version_on(dt.date.today()) is not None or j.versions[0].effective > (
            dt.date.today()
        ), f"{j.code}: no version in force today"


def test_licensing_versions_state_entry_hours_or_say_why_not(
    rules: dict[str, Jurisdiction],
) -> None:
    gaps = []
    for j in rules.values():
        if j.kind == "national":
            continue
        for v in j.versions:
            if v.regulation != "license":
                continue
            entry = v.entry
            if entry is None or (entry.total_hours is None and "total_hours" not in entry.unknown):
                gaps.append(f"{j.code} version from {v.effective}")
    assert gaps == [], "licence without entry hours and without an `unknown` note for them"


def test_regulating_versions_have_a_renewal_rule(rules: dict[str, Jurisdiction]) -> None:
    gaps = [name for name, v in versions(rules) if v.regulation in REGULATING and not v.renewal]
    assert gaps == []


def test_current_licences_name_exams_or_say_why_not(rules: dict[str, Jurisdiction]) -> None:
    gaps = []
    for j in rules.values():
        v = j.current()
        if j.kind != "national" and v.regulation == "license":
            entry = v.entry
            exams_named = entry is not None and (
                entry.exams or any(r.exams_any_of for r in entry.routes)  # Maine: by a route
            )
            if entry is None or (not exams_named and "exams" not in entry.unknown):
                gaps.append(j.code)
    assert gaps == [], "licence in force today without exams and without an `unknown` note"


def test_unregulated_versions_have_no_requirements(rules: dict[str, Jurisdiction]) -> None:
    wrong = [name for name, v in versions(rules) if v.regulation == "none" and (v.entry or v.ce)]
    assert wrong == []


def test_ce_period_is_known_when_ce_hours_are(rules: dict[str, Jurisdiction]) -> None:
    gaps = [
        name
        for name, v in versions(rules)
        if v.ce and v.ce.hours is not None and v.ce.period_years is None
    ]
    assert gaps == []


def _secondary_only(section: EntryRule | RenewalRule | CERule, name: str) -> list[str]:
    """Figures of a section whose only source is secondary and that are not marked unverified."""
    found = []
    defaults = {f.name: f.default for f in dataclasses.fields(section)}
    for field in FIGURE_FIELDS[name]:
        # an entry figure may cite its own source (``cite = { key = "id" }``)
        source = section.source_of(field) if isinstance(section, EntryRule) else section.source
        if source.kind != "secondary":
            continue
        value = getattr(section, field)
        if value not in (None, defaults[field]) and field not in section.unverified:
            found.append(f"{name}.{field}")
    for items in FIGURE_ITEMS.get(name, ()):
        cited = [item.source for item in getattr(section, items)]
        if any(s.kind == "secondary" for s in cited) and items not in section.unverified:
            found.append(f"{name}.{items}")
    return found


def test_figures_resting_on_secondary_sources_are_unverified(
    rules: dict[str, Jurisdiction],
) -> None:
    """README: a secondary source only leads to the primary; a figure on it alone is unverified."""
    gaps = []
    for name, v in versions(rules):
        for section_name in ("entry", "renewal", "ce"):
            section = getattr(v, section_name)
            if section is not None:
                gaps.extend(f"{name}: {f}" for f in _secondary_only(section, section_name))
    assert gaps == []


def _readme_section(heading: str) -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(rf"^### {re.escape(heading)}[^\n]*\n(.*?)(?=^##|\Z)", text, re.S | re.M)
    assert match, f"README has no section {heading!r}"
    return match.group(1)


def _backticked(text: str) -> set[str]:
    return set(re.findall(r"`([a-z_]+)`", text))


@pytest.mark.parametrize(
    ("heading", "keys"),
    [
        ("regulation", vocab.REGULATIONS),
        ("Entry subjects", vocab.ENTRY_SUBJECTS),
        ("Training delivery", vocab.TRAINING_DELIVERY),
        ("CE topics", vocab.CE_TOPICS),
        ("CE delivery", vocab.CE_DELIVERY),
        ("Exams", vocab.EXAMS),
        ("Condition keys", vocab.CONDITIONS),
        ("Source kinds", vocab.SOURCE_KINDS),
    ],
)
def test_readme_vocabulary_matches_the_code(heading: str, keys: frozenset[str]) -> None:
    prose = re.sub(r"\([^)]*\)", "", _readme_section(heading))  # asides name other keys
    documented = _backticked(prose)
    assert documented == set(keys)


def test_readme_renewal_patterns_match_the_code() -> None:
    text = README.read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `([a-z_]+)` \|", text, re.M))
    assert table == set(vocab.RENEWAL_PATTERNS)
    parities = re.search(r"^`year_parity` is (.*)$", text, re.M)
    assert parities
    assert _backticked(parities.group(1)) == set(vocab.YEAR_PARITIES)


def test_readme_layout_comments_match_the_code() -> None:
    text = README.read_text(encoding="utf-8")
    comments = {
        "kind": vocab.JURISDICTION_KINDS,
        "first_cycle": vocab.FIRST_CYCLE_RULES,
    }
    for key, keys in comments.items():
        line = re.search(rf'^{key} = "[a-z_]+"\s+# (.*)$', text, re.M)
        assert line, key
        assert {k.strip() for k in line.group(1).split("(")[0].split("|")} == set(keys), key


def _schema_keys() -> set[str]:
    """Every key the loader accepts in some table (README prose mentions some of them)."""
    from lmt_tracker.rules.loader import schema as loader

    names = (getattr(loader, name) for name in dir(loader) if name.endswith("_KEYS"))
    return set().union(*(keys for keys in names if isinstance(keys, frozenset)))


def test_readme_layout_uses_only_keys_the_loader_reads() -> None:
    layout = README.read_text(encoding="utf-8").split("```toml", 1)[1].split("```", 1)[0]
    documented = set(re.findall(r"^([a-z_]+)\s*=", layout, re.M))
    for header in re.findall(r"^\[+([A-Za-z0-9_.]+)\]+", layout, re.M):
        parts = header.split(".")
        documented.update(p for i, p in enumerate(parts) if i == 0 or parts[i - 1] != "sources")
    accepted = _schema_keys()
    assert documented - accepted == set(), "README documents keys the loader refuses"
    assert accepted - documented == set(), "the loader accepts keys the README does not show"


def test_rules_json_covers_every_record_field(rules: dict[str, Jurisdiction]) -> None:
    from lmt_tracker.rules.as_json import jurisdiction_json

    j = next(iter(rules.values()))
    document = jurisdiction_json(j, dt.date.today())
    fields = {f.name for f in dataclasses.fields(RuleVersion)}
    assert fields <= set(document["versions"][0])


def test_default_load_is_cached_and_fast(rules: dict[str, Jurisdiction]) -> None:
    started = time.perf_counter()
    again = load_all()
    assert time.perf_counter() - started < 0.05  # cached: no parsing
    assert again == rules and again is not rules  # callers get their own dict
    assert all(again[code] is rules[code] for code in rules)


def test_generated_docs_are_not_stale(rules: dict[str, Jurisdiction]) -> None:
    assert rules  # the files load; otherwise the message above says why
    path: Path = rules_docs.default_path()
    assert rules_docs.main(["--check"]) == 0, (
        f"{path} is stale: run python -m lmt_tracker.rules.docs"
    )


# --- Findings of the 2026-12-04 re-check (issue 15): each expected value is from the rule text.


def _on(j: Jurisdiction, day: dt.date) -> RuleVersion:
    """The version in force on ``day`` (versions are sorted by ``effective``)."""
    return [v for v in j.versions if v.effective <= day][-1]


def test_new_jersey_needs_600_hours_from_pl_2024_c46(rules: dict[str, Jurisdiction]) -> None:
    """P.L. 2024, c.46 (signed 2024-07-10) raised class study from 500 to 600 hours."""
    nj = rules["NJ"]
    before, after = _on(nj, dt.date(2024, 7, 9)), _on(nj, dt.date(2024, 7, 10))
    assert before.entry is not None and before.entry.total_hours == 500
    assert after.entry is not None and after.entry.total_hours == 600
    assert "nj_mbt_apps" in after.entry.source.id
    # whether programs begun earlier keep 500 is not confirmed: flagged, not assumed
    assert "selected_by" in after.entry.unknown


def test_pennsylvania_hours_are_in_class_and_its_ce_hour_is_50_minutes(
    rules: dict[str, Jurisdiction],
) -> None:
    """63 P.S. 627.5(a)(3) and 49 Pa. Code 20.1: in-class hours; a contact hour is 50-60 min."""
    for v in rules["PA"].versions:
        assert v.entry is not None and v.entry.online_counts is False
        assert v.ce is not None and v.ce.hour_minutes == 50


def test_north_carolina_hours_are_in_class(rules: dict[str, Jurisdiction]) -> None:
    """G.S. 90-629(4): in-class hours of supervised instruction."""
    for v in rules["NC"].versions:
        assert v.entry is not None and v.entry.online_counts is False


def test_florida_accepts_the_five_board_approved_exams(rules: dict[str, Jurisdiction]) -> None:
    """R. 64B7-25.001(2): NCBTMB exams (NCETMB, NCETM, NESL), MBLEx, colon hydrotherapy."""
    for v in rules["FL"].versions:
        assert v.entry is not None
        (exam,) = v.entry.exams
        assert set(exam.any_of) == {"ncbtmb_exam", "mblex", "colon_hydrotherapy"}


def test_every_exam_key_has_words_for_people() -> None:
    from lmt_tracker.domain.core.words import WORDS
    from lmt_tracker.domain.entry.applicant import EXAM_NAMES

    assert set(vocab.EXAMS) <= set(WORDS) and set(vocab.EXAMS) <= set(EXAM_NAMES)
