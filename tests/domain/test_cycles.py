"""Licence cycles and CE periods: a rule plus a credential plus a date gives the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rulefiles import THERAPIST, licence, rule, version

from lmt_tracker.domain.core.records import Therapist
from lmt_tracker.domain.renewal.ce_period import ce_period
from lmt_tracker.domain.renewal.cycles import Cycle, licence_cycles

D = dt.date


def renewal(tmp_path: Path, body: str, ce: str = "") -> tuple:
    j = rule(tmp_path, version() + '\n[version.renewal]\nsource = "law"\n' + body + ce)
    v = j.versions[0]
    return v.renewal, v.ce


def test_fixed_date_in_odd_years(tmp_path: Path) -> None:
    r, _ = renewal(
        tmp_path,
        'period_years = 2\npattern = "fixed_date"\nmonth = 8\nday = 31\nyear_parity = "odd"\n',
    )
    got = licence_cycles(licence(), r, THERAPIST, D(2026, 6, 1))
    assert got.current == Cycle(D(2025, 9, 1), D(2027, 8, 31))
    assert got.next == Cycle(D(2027, 9, 1), D(2029, 8, 31))
    assert got.findings == ()
    # on the renewal date itself the cycle still runs
    assert licence_cycles(licence(), r, THERAPIST, D(2027, 8, 31)).current.end == D(2027, 8, 31)
    assert licence_cycles(licence(), r, THERAPIST, D(2027, 9, 1)).current.end == D(2029, 8, 31)


def test_first_cycle_starts_at_issue(tmp_path: Path) -> None:
    r, _ = renewal(
        tmp_path,
        'period_years = 2\npattern = "fixed_date"\nmonth = 8\nday = 31\nyear_parity = "odd"\n',
    )
    got = licence_cycles(licence(issued=D(2026, 3, 15)), r, THERAPIST, D(2026, 6, 1))
    assert got.current == Cycle(D(2026, 3, 15), D(2027, 8, 31), first=True)


def test_birth_month_end_matching_birth_year(tmp_path: Path) -> None:
    r, _ = renewal(
        tmp_path,
        'period_years = 2\npattern = "birth_month_end"\nyear_parity = "match_birth_year"\n',
    )
    odd = Therapist("Ann", "Lee", D(1985, 3, 14))
    even = Therapist("Bo", "Ray", D(1986, 3, 14))
    assert licence_cycles(licence(), r, odd, D(2026, 6, 1)).current == Cycle(
        D(2025, 4, 1), D(2027, 3, 31)
    )
    assert licence_cycles(licence(), r, even, D(2026, 6, 1)).current == Cycle(
        D(2026, 4, 1), D(2028, 3, 31)
    )


def test_birth_month_end_without_birth_date_asks_for_expiry(tmp_path: Path) -> None:
    r, _ = renewal(
        tmp_path, 'period_years = 2\npattern = "birth_month_end"\nyear_parity = "even"\n'
    )
    got = licence_cycles(licence(), r, Therapist("A", "B"), D(2026, 6, 1))
    assert got.current is None
    assert [(f.key, f.status) for f in got.findings] == [("expiry_date", "to_confirm")]
    assert "birth date" in got.findings[0].message


def test_birthday_in_even_years_for_a_leap_day_birthday(tmp_path: Path) -> None:
    r, _ = renewal(tmp_path, 'period_years = 2\npattern = "birthday"\nyear_parity = "even"\n')
    leap = Therapist("Ann", "Lee", D(1988, 2, 29))
    got = licence_cycles(licence(), r, leap, D(2026, 6, 1))
    assert got.current == Cycle(D(2026, 3, 1), D(2028, 2, 29))
    assert got.next == Cycle(D(2028, 3, 1), D(2030, 2, 28))


def test_from_issue_and_from_issue_month_end(tmp_path: Path) -> None:
    r, _ = renewal(tmp_path, 'period_years = 2\npattern = "from_issue"\n')
    cred = licence(issued=D(2021, 5, 10))
    assert licence_cycles(cred, r, THERAPIST, D(2026, 6, 1)).current == Cycle(
        D(2025, 5, 11), D(2027, 5, 10)
    )
    assert licence_cycles(cred, r, THERAPIST, D(2022, 1, 1)).current == Cycle(
        D(2021, 5, 10), D(2023, 5, 10), first=True
    )
    r2, _ = renewal(tmp_path / "b", 'period_years = 2\npattern = "from_issue_month_end"\n')
    assert licence_cycles(cred, r2, THERAPIST, D(2026, 6, 1)).current == Cycle(
        D(2025, 6, 1), D(2027, 5, 31)
    )


def test_licence_number_parity_and_last_name_stagger(tmp_path: Path) -> None:
    r, _ = renewal(
        tmp_path,
        'period_years = 2\npattern = "license_number_parity"\n'
        '[[version.renewal.stagger]]\nparity = "odd"\nmonth = 3\nday = 31\n'
        'year_parity = "odd"\n'
        '[[version.renewal.stagger]]\nparity = "even"\nmonth = 9\nday = 30\n'
        'year_parity = "even"\n',
    )
    assert licence_cycles(licence(number="LM-0017"), r, THERAPIST, D(2026, 6, 1)).current.end == D(
        2027, 3, 31
    )
    assert licence_cycles(licence(number="LM-0018"), r, THERAPIST, D(2026, 6, 1)).current.end == D(
        2026, 9, 30
    )
    r2, _ = renewal(
        tmp_path / "b",
        'period_years = 1\npattern = "last_name"\n'
        '[[version.renewal.stagger]]\nletters = "A-L"\nmonth = 1\nday = 31\n'
        '[[version.renewal.stagger]]\nletters = "M-Z"\nmonth = 7\nday = 31\n',
    )
    assert licence_cycles(licence(), r2, Therapist("A", "Lee"), D(2026, 6, 1)).current == Cycle(
        D(2026, 2, 1), D(2027, 1, 31)
    )
    assert licence_cycles(licence(), r2, Therapist("A", "Moss"), D(2026, 6, 1)).current == Cycle(
        D(2025, 8, 1), D(2026, 7, 31)
    )


def test_unknown_pattern_needs_the_printed_expiry(tmp_path: Path) -> None:
    r, _ = renewal(tmp_path, 'period_years = 2\npattern = "unknown"\n')
    missing = licence_cycles(licence(), r, THERAPIST, D(2026, 6, 1))
    assert missing.current is None and missing.findings[0].key == "expiry_date"
    got = licence_cycles(licence(expiry=D(2027, 4, 30)), r, THERAPIST, D(2026, 6, 1))
    assert got.current == Cycle(D(2025, 5, 1), D(2027, 4, 30))
    assert got.findings == ()


def test_printed_expiry_wins_and_disagreement_is_a_finding(tmp_path: Path) -> None:
    r, _ = renewal(
        tmp_path,
        'period_years = 2\npattern = "fixed_date"\nmonth = 8\nday = 31\nyear_parity = "odd"\n',
    )
    got = licence_cycles(licence(expiry=D(2027, 9, 30)), r, THERAPIST, D(2026, 6, 1))
    assert got.current is not None and got.current.end == D(2027, 9, 30)
    assert got.predicted_end == D(2027, 8, 31)
    assert [(f.key, f.status) for f in got.findings] == [("expiry_date", "to_confirm")]


def test_a_passed_printed_expiry_keeps_the_overdue_cycle(tmp_path: Path) -> None:
    r, _ = renewal(
        tmp_path,
        'period_years = 2\npattern = "fixed_date"\nmonth = 8\nday = 31\nyear_parity = "odd"\n',
    )
    got = licence_cycles(licence(expiry=D(2025, 8, 31)), r, THERAPIST, D(2026, 6, 1))
    assert got.current == Cycle(D(2023, 9, 1), D(2025, 8, 31))
    assert got.current.days_left(D(2026, 6, 1)) < 0
    assert [f.key for f in got.findings] == ["expired"]


def test_ce_period_of_two_years_over_a_yearly_licence(tmp_path: Path) -> None:
    r, ce = renewal(
        tmp_path,
        'period_years = 1\npattern = "fixed_date"\nmonth = 9\nday = 30\n',
        '\n[version.ce]\nsource = "law"\nhours = 8\nhour_minutes = 60\n'
        'period_years = 2\nperiod_end_parity = "even"\n',
    )
    cycles = licence_cycles(licence(), r, THERAPIST, D(2025, 12, 1))
    assert cycles.current == Cycle(D(2025, 10, 1), D(2026, 9, 30))
    period = ce_period(cycles, ce, D(2010, 1, 1))
    assert period is not None and period.period == Cycle(D(2024, 10, 1), D(2026, 9, 30))
    assert period.cycles == 2
    later = ce_period(licence_cycles(licence(), r, THERAPIST, D(2026, 12, 1)), ce, D(2010, 1, 1))
    assert later is not None and later.period == Cycle(D(2026, 10, 1), D(2028, 9, 30))


def test_ce_period_of_four_years_over_a_two_year_licence_follows_the_issue(
    tmp_path: Path,
) -> None:
    r, ce = renewal(
        tmp_path,
        'period_years = 2\npattern = "fixed_date"\nmonth = 6\nday = 30\nyear_parity = "even"\n',
        '\n[version.ce]\nsource = "law"\nhours = 24\nhour_minutes = 60\nperiod_years = 4\n',
    )
    cred = licence(issued=D(2019, 1, 10))  # first cycle ends 2020-06-30
    cycles = licence_cycles(cred, r, THERAPIST, D(2025, 1, 1))  # cycle 2024-07-01..2026-06-30
    period = ce_period(cycles, ce, cred.issue_date)
    # blocks: [2019-01-10 .. 2022-06-30], [2022-07-01 .. 2026-06-30]
    assert period is not None and period.period == Cycle(D(2022, 7, 1), D(2026, 6, 30))
    early = ce_period(licence_cycles(cred, r, THERAPIST, D(2020, 1, 1)), ce, cred.issue_date)
    assert early is not None and early.period == Cycle(D(2019, 1, 10), D(2022, 6, 30), first=True)


def test_a_fixed_date_every_fourth_year_follows_its_anchor_year() -> None:
    """Indiana-style: 15 May every fourth year (2017, 2021, 2025, 2029...)."""
    import datetime as dt

    from lmt_tracker.domain.core.records import Credential
    from lmt_tracker.domain.core.rules import RenewalRule, Source
    from lmt_tracker.domain.renewal.cycles import build_schedule

    source = Source("s", "Rule", "https://example.org", dt.date(2026, 1, 1), "regulation")
    rule = RenewalRule(source, "fixed_date", period_years=4, month=5, day=15, anchor_year=2025)
    credential = Credential("state_license", "IN", "1", "LMT", dt.date(2022, 8, 1), None)
    schedule, why = build_schedule(rule, credential, None)
    assert schedule is not None, why
    ends = [schedule.end(schedule.locate(dt.date(year, 6, 1))) for year in (2025, 2026, 2029)]
    assert ends == [dt.date(2029, 5, 15), dt.date(2029, 5, 15), dt.date(2033, 5, 15)]


def test_a_fixed_day_of_the_birth_month() -> None:
    """Massachusetts-style: the 28th of the birth month, every year."""
    import datetime as dt

    from lmt_tracker.domain.core.records import Credential, Therapist
    from lmt_tracker.domain.core.rules import RenewalRule, Source
    from lmt_tracker.domain.renewal.cycles import build_schedule

    source = Source("s", "Rule", "https://example.org", dt.date(2026, 1, 1), "regulation")
    rule = RenewalRule(source, "birth_month_day", period_years=1, day=28)
    therapist = Therapist("Ana", "Silva", dt.date(1990, 3, 9))
    credential = Credential("state_license", "MA", "1", "LMT", dt.date(2020, 1, 10), None)
    schedule, why = build_schedule(rule, credential, therapist)
    assert schedule is not None, why
    assert schedule.end(schedule.locate(dt.date(2026, 11, 27))) == dt.date(2027, 3, 28)
    assert schedule.end(schedule.locate(dt.date(2027, 3, 1))) == dt.date(2027, 3, 28)


def test_birth_month_renewal_in_the_issue_year_plus_one_period(tmp_path: Path) -> None:
    """Oklahoma (OAC 175:20-5-3(a)): biennially at the end of the birth month, the year
    set by the issue date: issued in 2024, renewed in March 2026, 2028, ..."""
    r, _ = renewal(
        tmp_path, 'period_years = 2\npattern = "birth_month_end"\nyear_parity = "issue_year"\n'
    )
    early = licence_cycles(licence(issued=D(2024, 2, 10)), r, THERAPIST, D(2025, 1, 1))
    assert early.current == Cycle(D(2024, 2, 10), D(2026, 3, 31), first=True)
    assert early.next == Cycle(D(2026, 4, 1), D(2028, 3, 31))
    late = licence_cycles(licence(issued=D(2024, 11, 5)), r, THERAPIST, D(2025, 1, 1))
    assert late.current == Cycle(D(2024, 11, 5), D(2026, 3, 31), first=True)
    # later cycles keep the issue year's parity
    assert licence_cycles(licence(issued=D(2023, 6, 1)), r, THERAPIST, D(2026, 6, 1)).current == (
        Cycle(D(2025, 4, 1), D(2027, 3, 31))
    )
    # without the issue date the year cannot be told: the printed expiry is asked for
    unknown = licence_cycles(licence(issued=None), r, THERAPIST, D(2025, 1, 1))
    assert unknown.current is None
    assert "issue date is needed" in unknown.findings[0].message


def test_any_year_birth_month_renewal_falls_first_in_the_next_birth_month(tmp_path: Path) -> None:
    """The contrast to the issue year: with no year rule the first birth month after the
    issue ends the first cycle (so the two shapes differ for a November issue)."""
    r, _ = renewal(tmp_path, 'period_years = 2\npattern = "birth_month_end"\n')
    got = licence_cycles(licence(issued=D(2024, 11, 5)), r, THERAPIST, D(2025, 1, 1))
    assert got.current == Cycle(D(2024, 11, 5), D(2025, 3, 31), first=True)


def test_first_registration_shortened_to_the_birth_month(tmp_path: Path) -> None:
    """New York: triennial registration, the first one prorated to a birth-month renewal:
    it ends on the last birth-month end at most three years after licensure."""
    r, _ = renewal(
        tmp_path,
        'period_years = 3\npattern = "birth_month_end"\nfirst_renewal = "within_period"\n',
    )
    october = Therapist("Dee", "Ng", D(1994, 10, 22))
    got = licence_cycles(licence(issued=D(2023, 5, 10)), r, october, D(2024, 1, 1))
    assert got.current == Cycle(D(2023, 5, 10), D(2025, 10, 31), first=True)
    assert got.next == Cycle(D(2025, 11, 1), D(2028, 10, 31))
    # born in March: 2026-03-31 is the last March end before 2026-05-10
    march = licence_cycles(licence(issued=D(2023, 5, 10)), r, THERAPIST, D(2024, 1, 1))
    assert march.current == Cycle(D(2023, 5, 10), D(2026, 3, 31), first=True)
    # licensed on the last day of the birth month: a full three-year first period
    may = Therapist("Eve", "Ono", D(1990, 5, 2))
    full = licence_cycles(licence(issued=D(2023, 5, 31)), r, may, D(2024, 1, 1))
    assert full.current == Cycle(D(2023, 5, 31), D(2026, 5, 31), first=True)
    # a later registration runs the full three years
    assert licence_cycles(licence(issued=D(2023, 5, 10)), r, october, D(2027, 1, 1)).current == (
        Cycle(D(2025, 11, 1), D(2028, 10, 31))
    )


def test_the_new_renewal_shapes_in_words(tmp_path: Path) -> None:
    from lmt_tracker.rules.as_text import renewal_text

    ok, _ = renewal(
        tmp_path, 'period_years = 2\npattern = "birth_month_end"\nyear_parity = "issue_year"\n'
    )
    assert renewal_text(ok) == (
        "every 2 years, at the end of the birth month, in the issue year + 2, + 4, … "
        "(never the issue year)"
    )
    ny, _ = renewal(
        tmp_path,
        'period_years = 3\npattern = "birth_month_end"\nfirst_renewal = "within_period"\n',
    )
    assert renewal_text(ny) == (
        "every 3 years, at the end of the birth month; the first period is shortened to end "
        "on the last such date within 3 years of the issue"
    )
