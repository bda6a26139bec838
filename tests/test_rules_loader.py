"""The strict rule loader: a broken file is refused, each message naming file, key path, value."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker.domain.core.rules import Jurisdiction, Source
from lmt_tracker.rules.loader import RulesError, load_all, load_file, main, show

GOOD = """\
schema = 1
code = "ZZ"
name = "Testland"
kind = "state"
board = "Testland Board of Massage Therapy"
board_url = "https://example.org/board"

[sources.stat]
title = "Testland Code, chapter 1"
url = "https://example.org/code"
section = "1.1"
checked = 2025-01-15
kind = "statute"

[sources.board]
title = "Testland board renewal page"
url = "https://example.org/renew"
checked = 2025-02-01
kind = "board_page"

[[version]]
effective = 2010-01-01
regulation = "license"
title = "Licensed Massage Therapist"
sources = ["stat"]

[version.entry]
source = "stat"
total_hours = 500
online_counts = false
exams = []

[[version]]
effective = 2020-01-01
regulation = "license"
title = "Licensed Massage Therapist"
abbreviation = "LMT"
sources = ["stat", "board"]
notes = "Hours rose in 2020."

[version.entry]
source = "stat"
selected_by = "program_start"
total_hours = 625
min_age = 18
online_counts = true
max_online_share = 0.25
cpr_counts = false
unverified = ["min_age"]
unknown = { min_clinical_hours = "The rule names clinic hours without a figure." }

[[version.entry.subjects]]
label = "Anatomy and physiology"
group = ["anatomy", "physiology", "anatomy_physiology"]
hours = 125.5

[[version.entry.exams]]
any_of = ["mblex", "state_exam"]
label = "A licensing exam"
within_years = 5

[[version.entry.exams]]
any_of = ["jurisprudence"]
label = "Testland law exam"
source = "board"

[version.entry.exam_policy]
max_attempts = 3
state_authorization = true

[[version.entry.conditions]]
key = "background_check"
label = "Fingerprint background check"

[version.renewal]
source = "board"
period_years = 2
pattern = "fixed_date"
month = 6
day = 30
year_parity = "odd"

[version.ce]
source = "board"
hours = 24
hour_minutes = 50
self_study_max_share = 0.5
first_cycle = "exempt"
carry_over_max_hours = 0

[[version.ce.topics]]
key = "ethics"
min_hours = 2

[[version.ce.topic_caps]]
key = "self_care"
max_hours = 4
source = "stat"

[[version.ce.years_in_practice]]
after_years = 20
hours = 12
"""


def write(folder: Path, text: str, name: str = "ZZ.toml") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def edited(*changes: tuple[str, str]) -> str:
    """GOOD with each (old, new) replaced once; the test fails if an old text is absent."""
    text = GOOD
    for old, new in changes:
        assert old in text, f"test bug: {old!r} is not in the good file"
        text = text.replace(old, new, 1)
    return text


def problems_of(tmp_path: Path, text: str, name: str = "ZZ.toml") -> list[str]:
    with pytest.raises(RulesError) as caught:
        load_file(write(tmp_path, text, name))
    return caught.value.problems


# (description, changes, the problem expected, exactly as printed)
BROKEN = [
    (
        "negative hours",
        [("min_hours = 2", "min_hours = -2")],
        "ZZ.toml: version[1].ce.topics[0].min_hours = -2: hours must be zero or more",
    ),
    (
        "unknown key",
        [("total_hours = 625", "total_hours = 625\ntotal_hour = 5")],
        "ZZ.toml: version[1].entry.total_hour = 5: unknown key; did you mean 'total_hours'?",
    ),
    (
        "bool is not a number",
        [("hours = 24", "hours = true")],
        "ZZ.toml: version[1].ce.hours = true: must be a number, not a boolean",
    ),
    (
        "bool is not a whole number",
        [("period_years = 2", "period_years = false")],
        "ZZ.toml: version[1].renewal.period_years = false: must be a whole number, not a boolean",
    ),
    (
        "number as string",
        [("total_hours = 625", 'total_hours = "625"')],
        'ZZ.toml: version[1].entry.total_hours = "625": must be a number, not a string',
    ),
    (
        "float where a whole number is needed",
        [("min_age = 18", "min_age = 18.5")],
        "ZZ.toml: version[1].entry.min_age = 18.5: must be a whole number, not a float",
    ),
    (
        "regulation outside the vocabulary",
        [
            (
                'effective = 2020-01-01\nregulation = "license"',
                'effective = 2020-01-01\nregulation = "licence"',
            )
        ],
        'ZZ.toml: version[1].regulation = "licence": not a known regulation; '
        "did you mean 'license'?",
    ),
    (
        "subject outside the vocabulary",
        [('group = ["anatomy",', 'group = ["anatomyy",')],
        'ZZ.toml: version[1].entry.subjects[0].group[0] = "anatomyy": not a known entry subject',
    ),
    (
        "exam outside the vocabulary",
        [('any_of = ["jurisprudence"]', 'any_of = ["mblx"]')],
        'ZZ.toml: version[1].entry.exams[1].any_of[0] = "mblx": not a known exam; '
        "did you mean 'mblex'?",
    ),
    (
        "topic outside the vocabulary",
        [('key = "ethics"', 'key = "ethic"')],
        'ZZ.toml: version[1].ce.topics[0].key = "ethic": not a known CE topic',
    ),
    (
        "condition outside the vocabulary",
        [('key = "background_check"', 'key = "background"')],
        'ZZ.toml: version[1].entry.conditions[0].key = "background": not a known condition',
    ),
    (
        "share above 1",
        [("self_study_max_share = 0.5", "self_study_max_share = 1.5")],
        "ZZ.toml: version[1].ce.self_study_max_share = 1.5: a share must be from 0 to 1",
    ),
    (
        "share below 0",
        [("max_online_share = 0.25", "max_online_share = -0.1")],
        "ZZ.toml: version[1].entry.max_online_share = -0.1: a share must be from 0 to 1",
    ),
    (
        "subject minimum above the total",
        [("hours = 125.5", "hours = 700")],
        "ZZ.toml: version[1].entry.subjects[0].hours = 700: subject minimum is above the entry "
        "total_hours = 625",
    ),
    (
        "topic minimum above the total",
        [("min_hours = 2", "min_hours = 30")],
        "ZZ.toml: version[1].ce.topics[0].min_hours = 30: topic minimum is above the CE total "
        "hours = 24",
    ),
    (
        "month out of range",
        [("month = 6", "month = 13")],
        "ZZ.toml: version[1].renewal.month = 13: must be from 1 to 12",
    ),
    (
        "day the month does not have",
        [("day = 30", "day = 31")],
        "ZZ.toml: version[1].renewal.day = 31: month 6 has no day 31 in every year",
    ),
    (
        "fixed_date without day",
        [("day = 30\n", "")],
        'ZZ.toml: version[1].renewal.day: missing: pattern = "fixed_date" needs month and day',
    ),
    (
        "anchor year and year parity together",
        [('year_parity = "odd"', 'year_parity = "odd"\nanchor_year = 2025')],
        "ZZ.toml: version[1].renewal.anchor_year = 2025: give either anchor_year or year_parity, "
        "not both",
    ),
    (
        "birth_month_day without its day",
        [
            (
                'pattern = "fixed_date"\nmonth = 6\nday = 30\nyear_parity = "odd"',
                'pattern = "birth_month_day"',
            )
        ],
        'ZZ.toml: version[1].renewal.day: missing: pattern = "birth_month_day" needs the day of '
        "the birth month",
    ),
    (
        "staggered pattern without stagger items",
        [
            (
                'pattern = "fixed_date"\nmonth = 6\nday = 30\nyear_parity = "odd"',
                'pattern = "last_name"',
            )
        ],
        'ZZ.toml: version[1].renewal.stagger: missing: pattern = "last_name" needs '
        "[[renewal.stagger]] items",
    ),
    (
        "stagger letters leaving a gap",
        [
            (
                'pattern = "fixed_date"\nmonth = 6\nday = 30\nyear_parity = "odd"',
                'pattern = "last_name"\n\n[[version.renewal.stagger]]\nletters = "A-L"\n'
                'month = 3\nday = 31\n\n[[version.renewal.stagger]]\nletters = "N-Z"\n'
                "month = 9\nday = 30",
            )
        ],
        'ZZ.toml: version[1].renewal.stagger = ["A-L", "N-Z"]: no item covers M',
    ),
    (
        "key not used by the pattern",
        [('pattern = "fixed_date"', 'pattern = "birthday"')],
        'ZZ.toml: version[1].renewal.month = 6: not used by pattern = "birthday"; remove it',
    ),
    (
        "odd years with a one-year period",
        [("period_years = 2", "period_years = 1")],
        'ZZ.toml: version[1].renewal.year_parity = "odd": renewing in odd years needs an even '
        "period_years, not 1",
    ),
    (
        "versions out of order",
        [("effective = 2020-01-01", "effective = 2005-01-01")],
        "ZZ.toml: version[1].effective = 2005-01-01: versions must be in order of effective date",
    ),
    (
        "versions overlapping",
        [("effective = 2010-01-01", "effective = 2010-01-01\nends = 2020-01-01")],
        "ZZ.toml: version[0].ends = 2020-01-01: overlaps version[1], which starts 2020-01-01",
    ),
    (
        "ends before effective",
        [("effective = 2010-01-01", "effective = 2010-01-01\nends = 2009-12-31")],
        "ZZ.toml: version[0].ends = 2009-12-31: is before effective = 2010-01-01",
    ),
    (
        "version cites a source that does not exist",
        [('sources = ["stat", "board"]', 'sources = ["stat", "nope"]')],
        'ZZ.toml: version[1].sources[1] = "nope": no such source; the [sources] table defines: '
        "board, stat",
    ),
    (
        "item cites a source that does not exist",
        [('max_hours = 4\nsource = "stat"', 'max_hours = 4\nsource = "stats"')],
        'ZZ.toml: version[1].ce.topic_caps[0].source = "stats": no such source',
    ),
    (
        "table states a figure without a source",
        [('[version.ce]\nsource = "board"\n', "[version.ce]\n")],
        "ZZ.toml: version[1].ce.source: missing: the table states hours = 24",
    ),
    (
        "item without a source anywhere",
        [
            (
                '[version.ce]\nsource = "board"\nhours = 24',
                '[version.ce]\nunknown = { hours = "Not found." }',
            )
        ],
        "ZZ.toml: version[1].ce.topics[0].source: missing: give `source` here or in the "
        "enclosing table",
    ),
    (
        "source without url",
        [('url = "https://example.org/renew"\n', "")],
        "ZZ.toml: sources.board.url: missing",
    ),
    (
        "source without checked date",
        [("checked = 2025-02-01\n", "")],
        "ZZ.toml: sources.board.checked: missing",
    ),
    (
        "checked date written as a string",
        [("checked = 2025-02-01", 'checked = "2025-02-01"')],
        'ZZ.toml: sources.board.checked = "2025-02-01": must be a TOML date, not a string',
    ),
    (
        "url that is not a web address",
        [('url = "https://example.org/renew"', 'url = "example.org/renew"')],
        'ZZ.toml: sources.board.url = "example.org/renew": must be a web address',
    ),
    (
        "source kind outside the vocabulary",
        [('kind = "board_page"', 'kind = "website"')],
        'ZZ.toml: sources.board.kind = "website": not a known source kind',
    ),
    (
        "unknown naming a key that is also given",
        [
            (
                "unknown = { min_clinical_hours =",
                'unknown = { total_hours = "Not sure.", min_clinical_hours =',
            )
        ],
        'ZZ.toml: version[1].entry.unknown.total_hours = "Not sure.": names a key that is also '
        "given (total_hours = 625)",
    ),
    (
        "unknown naming no key of the table",
        [('min_clinical_hours = "The rule', 'clinic_hours = "The rule')],
        'ZZ.toml: version[1].entry.unknown.clinic_hours = "The rule names clinic hours without a '
        'figure.": names no key of this table',
    ),
    (
        "unverified naming a key that is not given",
        [('unverified = ["min_age"]', 'unverified = ["min_age", "max_online_hours"]')],
        'ZZ.toml: version[1].entry.unverified[1] = "max_online_hours": names a key that is not '
        "given",
    ),
    (
        "reduced first cycle without its hours",
        [('first_cycle = "exempt"', 'first_cycle = "reduced"')],
        'ZZ.toml: version[1].ce.first_cycle_hours: missing: first_cycle = "reduced" needs it',
    ),
    (
        "first cycle hours without a reduced first cycle",
        [('first_cycle = "exempt"', 'first_cycle = "exempt"\nfirst_cycle_hours = 12')],
        'ZZ.toml: version[1].ce.first_cycle_hours = 12: is used only with first_cycle = "reduced"',
    ),
    (
        "regulation none with an entry table",
        [
            (
                'effective = 2020-01-01\nregulation = "license"',
                'effective = 2020-01-01\nregulation = "none"',
            )
        ],
        'ZZ.toml: version[1].entry: regulation = "none" has no credential: remove this table',
    ),
    (
        "CE not required but hours given",
        [("hours = 24\n", "hours = 24\nrequired = false\n")],
        "ZZ.toml: version[1].ce.hours = 24: no CE is required (required = false): remove it",
    ),
    (
        "CE hours neither given nor unknown",
        [('[version.ce]\nsource = "board"\nhours = 24\n', '[version.ce]\nsource = "board"\n')],
        "ZZ.toml: version[1].ce.hours: missing: the CE hours per period are needed; give it or "
        "name it in `unknown` with a note",
    ),
    (
        "hour length other than 50 or 60",
        [("hour_minutes = 50", "hour_minutes = 45")],
        "ZZ.toml: version[1].ce.hour_minutes = 45: a CE hour is 50 or 60 minutes",
    ),
    # No silent defaults: a verdict-changing key is stated or named in `unknown`.
    (
        "online_counts left out of an entry section",
        [("online_counts = true\n", "")],
        "ZZ.toml: version[1].entry.online_counts: missing: say whether online training "
        "hours count (true or false); give it or name it in `unknown` with a note",
    ),
    (
        "online hours count but no limit is stated",
        [("max_online_share = 0.25\n", "")],
        "ZZ.toml: version[1].entry.max_online_hours: missing: online hours count "
        "(online_counts = true), so give the limit",
    ),
    (
        "accepted exams left out",
        [("exams = []\n", "")],
        "ZZ.toml: version[0].entry.exams: missing: list the accepted exams",
    ),
    (
        "CE hour length left out",
        [("hour_minutes = 50\n", "")],
        "ZZ.toml: version[1].ce.hour_minutes: missing: the length of a CE hour "
        "(50 or 60 minutes) is needed; give it or name it in `unknown` with a note",
    ),
    (
        "an unknown verdict key without a note",
        [("online_counts = true\n", ""), ("unknown = { ", 'unknown = { online_counts = "", ')],
        'ZZ.toml: version[1].entry.unknown.online_counts = "": must be a note',
    ),
    (
        "online caps when online hours do not count",
        [("online_counts = true", "online_counts = false")],
        "ZZ.toml: version[1].entry.max_online_share = 0.25: online hours do not count "
        "(online_counts = false): remove it",
    ),
    (
        "topic capped below its own minimum",
        [('key = "self_care"', 'key = "ethics"'), ("max_hours = 4", "max_hours = 1")],
        "ZZ.toml: version[1].ce.topic_caps[0].max_hours = 1: is below the ethics minimum "
        "of 2 hours",
    ),
    (
        "years in practice raising the requirement",
        [("after_years = 20\nhours = 12", "after_years = 20\nhours = 30")],
        "ZZ.toml: version[1].ce.years_in_practice[0].hours = 30: is above the CE total hours = 24",
    ),
    (
        "schema from the future",
        [("schema = 1", "schema = 2")],
        "ZZ.toml: schema = 2: this version of the app reads schema 1",
    ),
    (
        "jurisdiction kind outside the vocabulary",
        [('kind = "state"', 'kind = "province"')],
        'ZZ.toml: kind = "province": not a known jurisdiction kind',
    ),
    (
        "national kind outside national/",
        [('kind = "state"', 'kind = "national"')],
        'ZZ.toml: kind = "national": a file of this kind belongs in national/',
    ),
    (
        "missing name",
        [('name = "Testland"\n', "")],
        "ZZ.toml: name: missing: this key is required",
    ),
]


# Issue 16, entry shapes: each broken example is refused naming file, key path and value.
_CAP = '\n[[version.entry.subject_caps]]\nlabel = "Clinic"\n'
_ROUTE = """
[[version.entry.routes]]
key = "endorsement"
label = "Licensed elsewhere"
"""
_AFTER_SUBJECT = "hours = 125.5"
_V1 = "version[1].entry"
BROKEN += [
    (
        "subject: online hours capped although they do not count",
        [(_AFTER_SUBJECT, _AFTER_SUBJECT + "\nonline_counts = false\nmax_online_hours = 10")],
        f"ZZ.toml: {_V1}.subjects[0].max_online_hours = 10: online hours do not count "
        "(online_counts = false): remove it",
    ),
    (
        "subject: online cap not below the subject's hours",
        [(_AFTER_SUBJECT, _AFTER_SUBJECT + "\nmax_online_hours = 200")],
        f"ZZ.toml: {_V1}.subjects[0].max_online_hours = 200: is not below the subject's "
        "hours = 125.5: remove it",
    ),
    (
        "subject: online_counts not a boolean",
        [(_AFTER_SUBJECT, _AFTER_SUBJECT + '\nonline_counts = "no"')],
        f'ZZ.toml: {_V1}.subjects[0].online_counts = "no": must be true or false, not a string',
    ),
    (
        "subject: a per-subject maximum for a subject outside the group",
        [(_AFTER_SUBJECT, _AFTER_SUBJECT + "\nmax_hours_from = { pathology = 10 }")],
        f"ZZ.toml: {_V1}.subjects[0].max_hours_from.pathology = 10: not one of this "
        "minimum's subjects (anatomy, physiology, anatomy_physiology)",
    ),
    (
        "subject: a per-subject maximum below zero",
        [(_AFTER_SUBJECT, _AFTER_SUBJECT + "\nmax_hours_from = { anatomy = -5 }")],
        f"ZZ.toml: {_V1}.subjects[0].max_hours_from.anatomy = -5: hours must be zero or more",
    ),
    (
        "subject cap without max_hours",
        [("within_years = 5\n", "within_years = 5\n" + _CAP + 'group = ["clinical_practicum"]\n')],
        f"ZZ.toml: {_V1}.subject_caps[0].max_hours: missing: this key is required",
    ),
    (
        "subject cap on an unknown subject",
        [
            (
                "within_years = 5\n",
                "within_years = 5\n" + _CAP + 'group = ["clinic"]\nmax_hours = 60\n',
            )
        ],
        f'ZZ.toml: {_V1}.subject_caps[0].group[0] = "clinic": not a known entry subject',
    ),
    (
        "hour range the wrong way round",
        [("min_age = 18", "min_age = 18\nhour_minutes = [60, 50]")],
        f"ZZ.toml: {_V1}.hour_minutes = [60, 50]: minutes must be from 30 to 60, the fewest first",
    ),
    (
        "hour length in words",
        [("min_age = 18", 'min_age = 18\nhour_minutes = "fifty"')],
        f'ZZ.toml: {_V1}.hour_minutes = "fifty": must be minutes (e.g. 50) or a range [50, 60]',
    ),
    (
        "recency of zero years",
        [("min_age = 18", "min_age = 18\ncompleted_within_years = 0")],
        f"ZZ.toml: {_V1}.completed_within_years = 0: must be from 1 to 50",
    ),
    (
        "online limits scoped to an unknown place",
        [("min_age = 18", 'min_age = 18\nonline_limit_applies_to = "abroad"')],
        f'ZZ.toml: {_V1}.online_limit_applies_to = "abroad": not a known scope',
    ),
    (
        "online limits scoped without a limit",
        [
            (
                "online_counts = false\nexams = []",
                'online_counts = false\nexams = []\nonline_limit_applies_to = "out_of_state"',
            )
        ],
        'ZZ.toml: version[0].entry.online_limit_applies_to = "out_of_state": there is no online '
        "limit to scope",
    ),
    (
        "a figure citing a source that does not exist",
        [("min_age = 18", 'min_age = 18\ncite = { min_age = "nowhere" }')],
        f'ZZ.toml: {_V1}.cite.min_age = "nowhere": no such source',
    ),
    (
        "a citation for a figure not given",
        [
            (
                "min_age = 18",
                'min_age = 18\ncite = { total_hours = "board", hour_minutes = "board" }',
            )
        ],
        f'ZZ.toml: {_V1}.cite.hour_minutes = "board": cites hour_minutes, but hour_minutes is '
        "not given in this table",
    ),
    (
        "a citation for an item array",
        [("min_age = 18", 'min_age = 18\ncite = { subjects = "board" }')],
        f'ZZ.toml: {_V1}.cite.subjects = "board": cannot be cited separately',
    ),
    (
        "pass-by day for an exam the item does not accept",
        [("within_years = 5", "within_years = 5\npassed_before = { ncbtmb_exam = 2015-02-01 }")],
        f"ZZ.toml: {_V1}.exams[0].passed_before.ncbtmb_exam = 2015-02-01: not one of this "
        "item's exams (mblex, state_exam)",
    ),
    (
        "pass-by day written as text",
        [("within_years = 5", 'within_years = 5\npassed_before = { mblex = "2015-02-01" }')],
        f'ZZ.toml: {_V1}.exams[0].passed_before.mblex = "2015-02-01": must be a TOML date, '
        "not a string",
    ),
    (
        "route standing in for an unknown part",
        [
            (
                "within_years = 5\n",
                "within_years = 5\n" + _ROUTE + 'replaces = ["hours"]\nexams_any_of = ["mblex"]\n',
            )
        ],
        f'ZZ.toml: {_V1}.routes[0].replaces[0] = "hours": not a known requirement part',
    ),
    (
        "route with nothing to meet",
        [("within_years = 5\n", "within_years = 5\n" + _ROUTE + 'replaces = ["training"]\n')],
        f"ZZ.toml: {_V1}.routes[0].exams_any_of: missing: a route needs something to meet",
    ),
    (
        "route in good standing without a licence elsewhere",
        [
            (
                "within_years = 5\n",
                "within_years = 5\n"
                + _ROUTE
                + 'replaces = ["exams"]\ntotal_hours = 500\ngood_standing = true\n',
            )
        ],
        f"ZZ.toml: {_V1}.routes[0].good_standing = true: only with licensed_elsewhere_years",
    ),
    (
        "route key not a key",
        [
            (
                "within_years = 5\n",
                "within_years = 5\n"
                + _ROUTE.replace('"endorsement"', '"By Endorsement"')
                + 'replaces = ["exams"]\ntotal_hours = 500\n',
            )
        ],
        f'ZZ.toml: {_V1}.routes[0].key = "By Endorsement": use lower_snake_case letters',
    ),
    (
        "route with an unknown key",
        [
            (
                "within_years = 5\n",
                "within_years = 5\n" + _ROUTE + 'replaces = ["exams"]\nyears = 5\n',
            )
        ],
        f"ZZ.toml: {_V1}.routes[0].years = 5: unknown key",
    ),
]

# Issue 16, renewal patterns: the year from the issue date, a shortened first period.
_FIXED_ODD = 'pattern = "fixed_date"\nmonth = 6\nday = 30\nyear_parity = "odd"'
BROKEN += [
    (
        "first renewal within the period and an odd-year parity",
        [(_FIXED_ODD, _FIXED_ODD + '\nfirst_renewal = "within_period"')],
        'ZZ.toml: version[1].renewal.first_renewal = "within_period": within_period sets the '
        "renewal years from the issue date: remove year_parity and anchor_year",
    ),
    (
        "first renewal not a known value",
        [(_FIXED_ODD, 'pattern = "birth_month_end"\nfirst_renewal = "soon"')],
        'ZZ.toml: version[1].renewal.first_renewal = "soon": not a known first renewal',
    ),
    (
        "first renewal with a pattern counted from the issue",
        [(_FIXED_ODD, 'pattern = "from_issue"\nfirst_renewal = "within_period"')],
        'ZZ.toml: version[1].renewal.first_renewal = "within_period": not used by '
        'pattern = "from_issue"; remove it',
    ),
    (
        "issue-year renewals with a pattern counted from the issue",
        [(_FIXED_ODD, 'pattern = "from_issue_month_end"\nyear_parity = "issue_year"')],
        'ZZ.toml: version[1].renewal.year_parity = "issue_year": not used by '
        'pattern = "from_issue_month_end"; remove it',
    ),
]


def test_renewal_years_from_the_issue_load(tmp_path: Path) -> None:
    """Oklahoma's issue-year renewals and New York's shortened first period reach the record."""
    ok = load_file(write(tmp_path, edited((_FIXED_ODD, 'pattern = "birth_month_end"\n'
                                          'year_parity = "issue_year"'))))
    assert ok.versions[1].renewal.year_parity == "issue_year"
    assert ok.versions[1].renewal.first_renewal == "next"
    ny = load_file(write(tmp_path, edited(
        ("period_years = 2", "period_years = 3"),
        (_FIXED_ODD, 'pattern = "birth_month_end"\nfirst_renewal = "within_period"'),
    )))
    assert ny.versions[1].renewal.first_renewal == "within_period"
    assert ny.versions[1].renewal.period_years == 3


@pytest.mark.parametrize(
    ("changes", "expected"),
    [pytest.param(changes, expected, id=desc) for desc, changes, expected in BROKEN],
)
def test_broken_file_names_file_path_and_value(
    tmp_path: Path, changes: list[tuple[str, str]], expected: str
) -> None:
    problems = problems_of(tmp_path, edited(*changes))
    assert any(p.startswith(expected) for p in problems), "\n".join(problems)


def test_the_good_file_has_no_problems(tmp_path: Path) -> None:
    load_file(write(tmp_path, GOOD))


def test_entry_shapes_load_into_typed_records(tmp_path: Path) -> None:
    """Issue 16: every new entry key reaches the record, with its own citation."""
    text = edited(
        (
            "min_age = 18",
            "min_age = 18\nhour_minutes = [50, 60]\ncompleted_within_years = 5\n"
            'online_limit_applies_to = "out_of_state"\ncite = { hour_minutes = "board" }',
        ),
        (_AFTER_SUBJECT, _AFTER_SUBJECT + "\nmax_online_hours = 25"),
        (
            "within_years = 5\n\n",  # the exam item's (not completed_within_years above)
            "within_years = 5\npassed_before = { state_exam = 2015-02-01 }\n"
            + _CAP
            + 'group = ["clinical_practicum"]\nmax_hours = 60\n'
            + _ROUTE
            + 'replaces = ["training", "exams"]\n'
            + "licensed_elsewhere_years = 3\ngood_standing = true\n",
        ),
    )
    entry = load_file(write(tmp_path, text)).versions[1].entry
    assert entry is not None
    assert entry.hour_minutes == (50, 60)
    assert entry.source_of("hour_minutes").id == "board"
    assert entry.source_of("completed_within_years").id == "stat"
    assert entry.completed_within_years == 5
    assert entry.online_limit_applies_to == "out_of_state"
    assert entry.subjects[0].max_online_hours == Decimal(25) and entry.subjects[0].online_counts
    assert entry.exams[0].passed_before == (("state_exam", dt.date(2015, 2, 1)),)
    assert [(c.group, c.max_hours) for c in entry.subject_caps] == [
        (("clinical_practicum",), Decimal(60))
    ]
    (route,) = entry.routes
    assert (route.key, route.replaces, route.licensed_elsewhere_years, route.good_standing) == (
        "endorsement",
        ("training", "exams"),
        3,
        True,
    )


def test_verdict_keys_named_unknown_with_a_note_are_accepted(tmp_path: Path) -> None:
    """Unknown is allowed, never silent: the note travels with the rule record."""
    text = edited(
        ("online_counts = true\n", ""),
        ("hour_minutes = 50\n", 'unknown = { hour_minutes = "Not defined in the rule read." }\n'),
        ("exams = []\n", 'unknown = { exams = "Exam section not read." }\n'),
        ("unknown = { min_clinical", 'unknown = { online_counts = "Rule silent.", min_clinical'),
    )
    j = load_file(write(tmp_path, text))
    old, new = j.versions
    assert old.entry is not None and old.entry.unknown["exams"] == "Exam section not read."
    assert new.entry is not None and new.entry.unknown["online_counts"] == "Rule silent."
    assert new.ce is not None and new.ce.unknown["hour_minutes"] == "Not defined in the rule read."
    assert new.ce.hour_minutes == 60  # the conservative reading: a longer hour credits less


def test_versions_must_be_an_array_of_tables(tmp_path: Path) -> None:
    header = GOOD.split("[[version]]")[0]
    text = header + '[version]\neffective = 2010-01-01\nregulation = "none"\n'
    problems = problems_of(tmp_path, text)
    assert problems == [
        'ZZ.toml: version = {effective = 2010-01-01, regulation = "none"}: '
        "must be an array of tables ([[version]])"
    ]


def test_file_name_must_match_code(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, GOOD, name="ZY.toml")
    assert "ZY.toml: code = \"ZZ\": must match the file name (ZY.toml → 'ZY')" in problems


def test_invalid_toml_is_one_problem_naming_the_file(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, GOOD + "\nthis is = = not toml\n")
    assert len(problems) == 1
    assert problems[0].startswith("ZZ.toml: (file): is not valid TOML")


def test_missing_file_is_a_rules_error(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match=r"ZZ.toml: \(file\): cannot be read"):
        load_file(tmp_path / "ZZ.toml")


def test_every_problem_of_a_file_is_collected(tmp_path: Path) -> None:
    text = edited(
        ("min_hours = 2", "min_hours = -2"),
        ("month = 6", "month = 13"),
        ('sources = ["stat", "board"]', 'sources = ["stat", "nope"]'),
    )
    with pytest.raises(ValueError) as caught:  # RulesError is a ValueError
        load_file(write(tmp_path, text))
    problems = caught.value.problems  # type: ignore[attr-defined]
    assert len(problems) == 3, problems
    assert str(caught.value) == "\n".join(problems)


def test_good_file_loads_into_typed_records(tmp_path: Path) -> None:
    j = load_file(write(tmp_path, GOOD))
    assert isinstance(j, Jurisdiction)
    assert (j.code, j.name, j.kind) == ("ZZ", "Testland", "state")
    assert j.board_url == "https://example.org/board"
    assert j.checked == dt.date(2025, 2, 1)
    stat, board = j.sources["stat"], j.sources["board"]
    assert stat == Source(
        id="stat",
        title="Testland Code, chapter 1",
        url="https://example.org/code",
        checked=dt.date(2025, 1, 15),
        kind="statute",
        section="1.1",
    )

    old, new = j.versions
    assert old.effective == dt.date(2010, 1, 1)
    assert old.ends == dt.date(2019, 12, 31)  # the day before the next version
    assert new.ends is None
    assert new.sources == (stat, board)
    assert (new.title, new.abbreviation, new.notes) == (
        "Licensed Massage Therapist",
        "LMT",
        "Hours rose in 2020.",
    )

    entry = new.entry
    assert entry is not None
    assert entry.source is stat
    assert entry.selected_by == "program_start"
    assert entry.total_hours == Decimal(625)
    assert entry.min_age == 18
    assert entry.max_online_share == Decimal("0.25")
    assert entry.cpr_counts is False
    assert entry.online_counts is True
    assert entry.unverified == frozenset({"min_age"})
    assert dict(entry.unknown) == {
        "min_clinical_hours": "The rule names clinic hours without a figure."
    }
    (subject,) = entry.subjects
    assert subject.group == ("anatomy", "physiology", "anatomy_physiology")
    assert subject.hours == Decimal("125.5")
    assert subject.source is stat  # inherited from the entry table
    first, law = entry.exams
    assert (first.any_of, first.within_years, first.source) == (("mblex", "state_exam"), 5, stat)
    assert (law.any_of, law.source) == (("jurisprudence",), board)
    assert entry.exam_policy is not None
    assert (entry.exam_policy.max_attempts, entry.exam_policy.state_authorization) == (3, True)
    assert [c.key for c in entry.conditions] == ["background_check"]

    renewal = new.renewal
    assert renewal is not None
    assert (renewal.pattern, renewal.period_years, renewal.month, renewal.day) == (
        "fixed_date",
        2,
        6,
        30,
    )
    assert renewal.year_parity == "odd"
    assert renewal.source is board

    ce = new.ce
    assert ce is not None
    assert ce.required is True
    assert ce.hours == Decimal(24)
    assert ce.period_years == 2  # not given: the renewal period
    assert ce.hour_minutes == 50
    assert ce.self_study_max_share == Decimal("0.5")
    assert ce.carry_over_max_hours == Decimal(0)
    assert ce.first_cycle == "exempt"
    (topic,) = ce.topics
    assert (topic.key, topic.min_hours, topic.label, topic.source) == (
        "ethics",
        Decimal(2),
        "Ethics",
        board,
    )
    (cap,) = ce.topic_caps
    assert (cap.key, cap.max_hours, cap.source) == ("self_care", Decimal(4), stat)
    assert [(y.after_years, y.hours) for y in ce.years_in_practice] == [(20, Decimal(12))]


def test_hours_are_exact_decimals(tmp_path: Path) -> None:
    j = load_file(write(tmp_path, edited(("hours = 125.5", "hours = 0.1"))))
    entry = j.versions[1].entry
    assert entry is not None
    hours = entry.subjects[0].hours
    assert isinstance(hours, Decimal)
    assert hours == Decimal("0.1")  # not 0.1000000000000000055511151231257827


def test_version_on_selects_by_date(tmp_path: Path) -> None:
    j = load_file(write(tmp_path, GOOD))
    old, new = j.versions
    assert j.version_on(dt.date(2009, 12, 31)) is None
    assert j.version_on(dt.date(2010, 1, 1)) is old
    assert j.version_on(dt.date(2019, 12, 31)) is old
    assert j.version_on(dt.date(2020, 1, 1)) is new
    assert j.version_on(dt.date(2099, 1, 1)) is new
    assert j.current(dt.date(2015, 6, 1)) is old
    assert j.current(dt.date(2000, 1, 1)) is new  # before any version: the newest


def test_explicit_ends_leaves_a_gap(tmp_path: Path) -> None:
    text = edited(("effective = 2010-01-01", "effective = 2010-01-01\nends = 2014-12-31"))
    j = load_file(write(tmp_path, text))
    assert j.versions[0].ends == dt.date(2014, 12, 31)
    assert j.version_on(dt.date(2016, 1, 1)) is None


def test_unknown_pattern_may_carry_a_note(tmp_path: Path) -> None:
    text = edited(
        (
            'pattern = "fixed_date"\nmonth = 6\nday = 30\nyear_parity = "odd"',
            'pattern = "unknown"\nunknown = { pattern = "The board page gives no date." }',
        )
    )
    renewal = load_file(write(tmp_path, text)).versions[1].renewal
    assert renewal is not None
    assert renewal.pattern == "unknown"
    assert renewal.unknown["pattern"] == "The board page gives no date."


def test_license_number_parity_stagger(tmp_path: Path) -> None:
    stagger = (
        'pattern = "license_number_parity"\n\n'
        '[[version.renewal.stagger]]\nparity = "odd"\nmonth = 3\nday = 31\n\n'
        '[[version.renewal.stagger]]\nparity = "even"\nmonth = 9\nday = 30'
    )
    text = edited(('pattern = "fixed_date"\nmonth = 6\nday = 30\nyear_parity = "odd"', stagger))
    renewal = load_file(write(tmp_path, text)).versions[1].renewal
    assert renewal is not None
    assert [(s.parity, s.month, s.day) for s in renewal.stagger] == [
        ("odd", 3, 31),
        ("even", 9, 30),
    ]


def test_last_name_letters_match(tmp_path: Path) -> None:
    stagger = (
        'pattern = "last_name"\n\n'
        '[[version.renewal.stagger]]\nletters = "A-L"\nmonth = 3\nday = 31\n\n'
        '[[version.renewal.stagger]]\nletters = "m-z"\nmonth = 9\nday = 30'
    )
    text = edited(('pattern = "fixed_date"\nmonth = 6\nday = 30\nyear_parity = "odd"', stagger))
    renewal = load_file(write(tmp_path, text)).versions[1].renewal
    assert renewal is not None
    first, second = renewal.stagger
    assert first.matches_letter("k") and not first.matches_letter("M")
    assert second.letters == "M-Z" and second.matches_letter("z")


def test_load_all_reads_national_and_sorts_by_code(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    write(tmp_path, GOOD.replace('code = "ZZ"', 'code = "AA"'), "AA.toml")
    national = GOOD.replace('code = "ZZ"', 'code = "BODY"').replace(
        'kind = "state"', 'kind = "national"'
    )
    write(tmp_path, national, "national/BODY.toml")
    found = load_all(tmp_path)
    assert list(found) == ["AA", "BODY", "ZZ"]
    assert found["BODY"].kind == "national"


def test_load_all_collects_problems_of_every_file(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("min_hours = 2", "min_hours = -2"))
    write(
        tmp_path,
        GOOD.replace('code = "ZZ"', 'code = "AA"').replace("month = 6", "month = 0"),
        "AA.toml",
    )
    with pytest.raises(RulesError) as caught:
        load_all(tmp_path)
    files = sorted(p.split(":", 1)[0] for p in caught.value.problems)
    assert files == ["AA.toml", "ZZ.toml"]


def test_national_file_problems_name_the_folder(tmp_path: Path) -> None:
    national = GOOD.replace('code = "ZZ"', 'code = "BODY"').replace(
        'kind = "state"', 'kind = "national"'
    )
    write(tmp_path, national.replace("hours = 24", "hours = -1"), "national/BODY.toml")
    with pytest.raises(RulesError) as caught:
        load_all(tmp_path)
    assert caught.value.problems == [
        "national/BODY.toml: version[1].ce.hours = -1: hours must be zero or more"
    ]


def test_validator_command_prints_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, GOOD)
    bad = write(
        tmp_path,
        GOOD.replace('code = "ZZ"', 'code = "AA"').replace("day = 30", "day = 31"),
        "AA.toml",
    )
    assert main([str(good)]) == 0
    assert main([str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert "AA.toml: version[1].renewal.day = 31: month 6 has no day 31 in every year" in out
    assert "2 files checked, 1 with problems, 1 problem" in out


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (True, "true"),
        ("text", '"text"'),
        (dt.date(2024, 7, 1), "2024-07-01"),
        ([1, "a"], '[1, "a"]'),
        ({"a": 1}, "{a = 1}"),
        ("x" * 100, '"' + "x" * 58 + "…"),
    ],
)
def test_values_are_shown_as_toml(value: object, shown: str) -> None:
    assert show(value) == shown
