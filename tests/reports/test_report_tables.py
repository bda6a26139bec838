"""Report tables by value: what each report says, before any drawing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import report_sample as sample

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.records import Credential, Record
from lmt_tracker.domain.core.words import word
from lmt_tracker.domain.entry.compiled import EligibilityResult
from lmt_tracker.reports import renewal_rows, transcript_tables
from lmt_tracker.reports.api import ReportError, build_renewal, build_transcript, default_states
from lmt_tracker.reports.labels import hours

D = Decimal
RULES = {"ZZ": sample.zedland()}


@pytest.fixture(scope="module")
def report() -> renewal_rows.RenewalReport:
    return build_renewal(sample.record(), 1, sample.AS_OF, sample.GENERATED, RULES)


def test_ref_ranges_join_consecutive_courses() -> None:
    assert renewal_rows.ref_ranges([4, 1, 2, 3, 7, 9, 10]) == "#1–#4, #7, #9–#10"
    assert renewal_rows.ref_ranges([5]) == "#5"
    assert renewal_rows.ref_ranges([]) == ""


def test_requirements_map_each_minimum_to_the_courses_counted_toward_it(report) -> None:
    total, ethics = report.requirements
    assert (total.label, total.needed, total.status, total.refs) == ("CE hours", D(10), "short",
                                                                     (1, 2, 3, 4))
    assert total.counted.quantize(D("0.01")) == D("8.67")
    assert total.cells()[1:4] == ("10", "8.67", "Short")
    assert (ethics.label, ethics.needed, ethics.counted, ethics.status) == ("Ethics", D(2), D(3),
                                                                            "met")
    assert ethics.refs == (1,) and ethics.titles == ("Ethics A",)
    assert ethics.cells()[4:] == ("#1 Ethics A", "[1]")


def test_many_courses_are_shown_as_reference_ranges() -> None:
    row = renewal_rows.RequirementRow("CE hours", D(24), D(30), "met", (1, 2, 3, 4, 5, 8),
                                ("a", "b", "c", "d", "e", "f"), "", "[1]")
    assert row.evidence() == "6 courses: #1–#5, #8"


def test_course_list_is_in_date_order_with_rule_hours_and_certificate_labels(report) -> None:
    assert [c.ref for c in report.courses] == [1, 2, 3, 4]
    assert [c.title for c in report.courses] == ["Ethics A", "Online X", "Online Y", "Hands B"]
    ethics, _, online_y, hands = report.courses
    assert ethics.cells() == ("1", "2026-02-01", "Ethics A\nEthics Co", "ZZ Z-77", "In person",
                              "Ethics 3 h", "3", "3", "C1")
    assert (online_y.hours, online_y.counted, online_y.certificate) == (D(3), D(1), "C2")
    # 2 hours of 50 minutes are 1.67 hours of the rule's 60 minutes; the entry is shown.
    assert hands.entered == "2 hours of 50 minutes = 1.67 hours of 60 minutes"
    assert hands.cells()[2] == (
        "Hands B\nStudio\nentered as 2 hours of 50 minutes = 1.67 hours of 60 minutes"
    )
    assert hands.cells()[6:] == ("1.67", "1.67", "C1")


def test_courses_outside_the_period_are_left_out(report) -> None:
    assert "Old course" not in [c.title for c in report.courses]


def test_excluded_hours_carry_the_reason(report) -> None:
    assert report.excluded == (renewal_rows.ExcludedRow(3, dt.date(2026, 4, 1), "Online Y", D(2),
                                                  "over the online cap of 4 hours"),)


def test_one_certificate_shared_by_two_courses_is_attached_once(report) -> None:
    c1, c2 = report.certificates
    assert (c1.label, c1.sha256, c1.course_refs) == ("C1", sample.SHA_A, (1, 4))
    assert c1.lines[0] == "Course #1: Ethics A — Ethics Co, completed 2026-02-01, 3 hours"
    assert (c2.label, c2.sha256, c2.course_refs) == ("C2", sample.SHA_B, (3,))


def test_header_verdict_sources_and_attestation(report) -> None:
    fields = dict(report.header.fields())
    assert fields["Therapist"] == "Trần Thị Ngọc"
    assert fields["Number"] == "ZZ-1001"
    assert fields["Jurisdiction"] == "ZZ — Zedland"
    assert fields["License cycle"] == "2026-01-01 to 2027-12-31"
    assert "CE period" not in fields  # same window as the licence cycle
    assert fields["Generated"].endswith(" local time") and "UTC" not in fields["Generated"]
    assert report.verdict.tone == "short"
    assert report.verdict.headline.startswith("Does not yet meet the requirement: 1 item short")
    assert report.verdict.lines == ("Needs 1.33 more hours of CE by 2027-12-31 (8.67 of 10)",)
    assert [(s.ref, s.title, s.checked) for s in report.sources] == [
        (1, "Zedland Admin. Code 1-2", dt.date(2026, 1, 15)),
        (2, "Zedland Statutes 480", dt.date(2026, 2, 1))]
    assert report.checked == dt.date(2026, 2, 1)
    assert report.signer == "Trần Thị Ngọc"
    assert "true copy" in report.attestation


def test_met_requirement_gives_a_met_verdict() -> None:
    extra = sample.courses()[0].__class__(
        "Hands C", "Studio", dt.date(2026, 5, 20), D(2), "in_person", id=16)
    rec = sample.record()
    rec = rec.__class__(rec.therapist, rec.programs, rec.exams, rec.credentials,
                        (*rec.courses, extra))
    report = build_renewal(rec, 1, sample.AS_OF, sample.GENERATED, RULES)
    assert report.verdict.tone == "met"
    assert report.requirements[0].status == "met"


def test_unknown_and_retired_credentials_are_refused() -> None:
    with pytest.raises(ReportError, match="credential 9 does not exist; known credentials: 1"):
        build_renewal(sample.record(), 9, sample.AS_OF, sample.GENERATED, RULES)
    with pytest.raises(ReportError, match="is retired"):
        build_renewal(sample.record("retired"), 1, sample.AS_OF, sample.GENERATED, RULES)


def test_a_credential_without_a_rule_file_still_reports() -> None:
    report = build_renewal(sample.record(), 1, sample.AS_OF, sample.GENERATED, {})
    assert report.requirements == () and report.courses == ()
    assert report.verdict.tone == "to_confirm"
    assert [n.status for n in report.notes] == ["unverified"]
    # No all-clear without a basis: the verdict names what is missing to judge it.
    assert report.verdict.headline.startswith("Cannot be judged yet")
    assert "not a jurisdiction LMT Tracker has rules for" in report.verdict.headline
    assert report.missing and "choose its state or body from the list" in report.missing[0]


def test_a_licence_without_dates_says_what_is_missing_not_that_nothing_is() -> None:
    """Issue 14: a Texas licence with no dates printed "No hour requirement applies"."""
    from lmt_tracker.rules.loader import load_all

    texas = Credential("state_license", "TX", "", "LMT", None, None, id=1)
    report = build_renewal(Record(None, credentials=(texas,)), 1, dt.date(2026, 12, 4),
                           sample.GENERATED, load_all())
    assert report.verdict.tone == "to_confirm"
    assert report.verdict.headline.startswith("Cannot be judged yet: enter the expiry date")
    assert "issue date" in report.verdict.headline
    assert "No hour requirement" not in report.verdict.headline


def test_generated_is_printed_in_local_time(monkeypatch) -> None:
    """2026-06-01 09:30 UTC is 05:30 in New York (EDT, UTC-4): no "UTC" on the page."""
    import time

    from lmt_tracker.reports.labels import moment

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert moment(sample.GENERATED) == "2026-06-01 05:30 local time"
    finally:
        monkeypatch.undo()
        time.tzset()


# -- transcript ------------------------------------------------------------------------------


def test_hours_matrix_sums_by_subject_and_delivery() -> None:
    matrix = transcript_tables.hours_matrix(sample.record())
    assert matrix.deliveries == ("classroom", "online", "clinical")
    assert matrix.rows[0] == ("anatomy_physiology", (D(120), D(40), D(0)), D(160))
    assert matrix.totals == (D(420), D(40), D(100)) and matrix.total == D(560)
    assert matrix.columns == ("Subject", "Classroom", "Online", "Supervised clinic", "Total")
    assert matrix.cells()[0] == ("Anatomy and physiology", "120", "40", "—", "160")
    assert matrix.cells()[-1] == ("Total", "420", "40", "100", "560")


def test_transcript_programs_exams_and_eligibility() -> None:
    report = build_transcript(sample.record(), ["zz"], sample.AS_OF, sample.GENERATED, RULES)
    assert report.therapist == "Trần Thị Ngọc" and report.birth_date == dt.date(1990, 4, 5)
    assert report.programs[0].cells() == ("Zed School", "Diploma", "2018-01-08", "2018-12-14",
                                          "ZZ", "560")
    exam = report.exams[0]
    assert exam.authorization_ends == dt.date(2019, 4, 10)  # 90 days after authorization
    assert exam.cells()[:3] == ("MBLEx", "", "Passed")
    (zz,) = report.eligibility
    assert (zz.code, zz.name, zz.eligible) == ("ZZ", "Zedland", False)
    assert zz.verdict == "Not yet eligible: 1 requirement short"
    total = next(r for r in zz.rows if r.label == "Total training hours")
    assert (total.needed, total.have, total.status, total.source) == (D(600), D(560), "short",
                                                                      "[1]")
    assert zz.sources[0].title == "Zedland Statutes 480"
    assert zz.checked == dt.date(2026, 2, 1)


def test_transcript_states_default_to_where_the_therapist_trained_and_is_licensed() -> None:
    assert default_states(sample.record(), RULES) == ["ZZ"]
    with pytest.raises(ReportError, match="no rule file for 'QQ'; choose from: ZZ"):
        build_transcript(sample.record(), ["QQ"], sample.AS_OF, sample.GENERATED, RULES)


def test_met_findings_do_not_repeat_their_figures_in_the_detail() -> None:
    row = transcript_tables.FindingRow
    met = row("met", "Business", D(15), D(20), "Business: 20 of 15 hours — met", "")
    exam = row("met", "MBLEx", None, None, "MBLEx passed — met", "[2]")
    assert met.cells() == ("Met", "Business", "15", "20", "", "")
    assert exam.detail() == "MBLEx passed — met"


def test_eligibility_verdict_words() -> None:
    ok = EligibilityResult("ZZ", "Zedland", "license", True, (
        Finding("other", "background_check", "Background check", "to_confirm", "Confirm it"),))
    none = EligibilityResult("QQ", "Q", "none", None)
    report = transcript_tables.transcript_report(sample.record(), [ok, none], RULES, [],
                                                 sample.AS_OF, sample.GENERATED)
    assert [e.verdict for e in report.eligibility] == [
        "Eligible — with items to confirm",
        "Not regulated by the state, or no entry rule is recorded"]


def test_labels() -> None:
    assert word("self_study") == "Self-study" and word("mblex") == "MBLEx"
    assert word("brand_new_key") == "Brand new key" and word(None) == ""
    assert hours(D("2.50")) == "2.5" and hours(D(12)) == "12" and hours(None) == ""
    assert hours(D("1E+1")) == "10"


def test_without_a_profile_or_hour_requirement() -> None:
    card = Credential("cpr_card", "American Red Cross", "ARC-1", "Adult CPR",
                      dt.date(2025, 1, 1), dt.date(2027, 1, 1), id=1)
    rec = Record(None, credentials=(card,))
    report = build_renewal(rec, 1, sample.AS_OF, sample.GENERATED, RULES)
    assert dict(report.header.fields())["Therapist"] == "(no profile entered)"
    assert report.signer == "" and report.requirements == () and report.certificates == ()
    assert report.verdict == renewal_rows.Verdict(
        "met", "No continuing-education hours are required (period ends 2027-01-01, 214 days "
        "from the judgement date).")


def test_text_is_escaped_cleaned_and_fitted() -> None:
    from lmt_tracker.reports.fonts import register_fonts
    from lmt_tracker.reports.text import clean, fit, markup, one_line

    assert markup("<b>A & B</b>\nnext") == "&lt;b&gt;A &amp; B&lt;/b&gt;<br/>next"
    assert clean("bell\x07 null\x00 tab\t\r\nline\x85") == "bell null tab\t\nline"
    assert clean("lone \ud800 surrogate") == "lone ? surrogate"
    assert one_line("  two\n lines  ") == "two lines"
    regular, _ = register_fonts()
    short = fit("Ольга Иванова " * 20, 100, regular, 8)
    assert short.endswith("…") and len(short) < 40
    assert fit("short", 100, regular, 8) == "short"


def test_right_to_left_runs_are_stored_in_visual_order() -> None:
    from lmt_tracker.reports.text import visual_order

    assert visual_order("Mr. דוד כהן (NY)") == "Mr. ןהכ דוד (NY)"
    assert visual_order("plain ascii") == "plain ascii"
    shin, lamed, vav, mem = "\u05e9\u05b8\u05c1", "\u05dc", "\u05d5\u05b9", "\u05dd"
    assert visual_order(shin + lamed + vav + mem) == mem + vav + lamed + shin  # marks kept


def test_cjk_runs_get_a_cjk_font() -> None:
    from lmt_tracker.reports.fonts import CHINESE, JAPANESE, KOREAN, runs
    from lmt_tracker.reports.text import markup

    assert runs("Ngọc 山田 太郎 & やまだ") == [("Ngọc ", None), ("山田 太郎 ", CHINESE),
                                          ("& ", None), ("やまだ", JAPANESE)]
    assert runs("山田やまだ") == [("山田やまだ", JAPANESE)]
    assert runs("김민준") == [("김민준", KOREAN)]
    assert markup("<山田>") == f'&lt;<font name="{CHINESE}">山田</font>&gt;'
