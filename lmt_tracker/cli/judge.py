"""``eligibility`` (where could this training apply) and ``status`` (each credential's standing)."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lmt_tracker.domain.status import CredentialStatus

from lmt_tracker.cli.common import (
    CLIError,
    open_reader,
    parse_codes,
    parse_date,
    parse_hours,
    print_json,
)
from lmt_tracker.language import _, counted


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "eligibility",
        help="judge entry-level training and exams against every jurisdiction",
        description="Judge training hours and exams against each jurisdiction's entry rule. "
        "Without --hours, uses the training and exams stored in the database.",
    )
    p.add_argument("--hours", metavar="N", help="total training hours")
    p.add_argument(
        "--subject",
        action="append",
        default=[],
        metavar="KEY=HOURS",
        help="hours in one subject (repeatable), e.g. anatomy_physiology=150",
    )
    p.add_argument("--online-hours", metavar="N", help="hours taught online")
    p.add_argument("--clinical-hours", metavar="N", help="supervised clinic hours")
    p.add_argument(
        "--subject-online",
        action="append",
        default=[],
        metavar="KEY=HOURS",
        help="online hours of one subject (repeatable; they add up to --online-hours), "
        "for rules that count only in-class hours of a subject",
    )
    p.add_argument(
        "--exam",
        action="append",
        default=[],
        metavar="KEY=pass",
        help="an exam passed (repeatable), e.g. mblex=pass, or with its date "
        "ncbtmb_exam=2014-05-01 (some rules accept an exam only when passed before a day)",
    )
    p.add_argument("--age", type=int, metavar="N", help="the applicant's age")
    p.add_argument("--program-start", metavar="DATE", help="when the program started (YYYY-MM-DD)")
    p.add_argument(
        "--completed", metavar="DATE", help="when the course of study was finished (YYYY-MM-DD)"
    )
    p.add_argument(
        "--program-state",
        metavar="XX",
        help="the two-letter code of the state the school is in (some online limits bind "
        "only schools elsewhere)",
    )
    p.add_argument(
        "--licensed-elsewhere",
        action="append",
        default=[],
        metavar="STATE:YEARS",
        help="a license held in another state and for how many whole years (repeatable), "
        "e.g. WA:6, for licensure by endorsement",
    )
    p.add_argument("--states", metavar="A,B", help="only these jurisdictions (default: all)")
    p.add_argument("--as-of", metavar="DATE", help="application date (default: today)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_eligibility)

    p = sub.add_parser("status", help="compliance of every stored credential")
    p.add_argument("--as-of", metavar="DATE", help="judge as on this date (default: today)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_status)


def _jurisdictions(codes: list[str] | None, overrides: list[Any], on: dt.date) -> list[Any]:
    from lmt_tracker.rules.in_force import judged_rules

    every = judged_rules(overrides, on)
    if codes is None:
        return [j for j in every.values() if j.kind != "national"]
    unknown = [c for c in codes if c not in every]
    if unknown:
        raise CLIError(counted(
            len(unknown),
            _("--states: unknown code {codes}; 'lmt-tracker rules list' shows the codes"),
            _("--states: unknown codes {codes}; 'lmt-tracker rules list' shows the codes"),
            codes=", ".join(unknown)))
    return [every[c] for c in codes]


def _pairs(items: list[str], option: str) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise CLIError(_(
                "{option} {item!r}: write KEY=VALUE, e.g. {option} anatomy=120").format(
                option=option, item=item))
        pairs.append((key.strip(), value.strip()))
    return pairs


def _applicant(args: argparse.Namespace, on: dt.date) -> Any:
    from lmt_tracker.domain.core import vocabulary
    from lmt_tracker.domain.entry.applicant import Applicant, PassedExam

    subjects: dict[str, Decimal] = {}
    for key, value in _pairs(args.subject, "--subject"):
        if key not in vocabulary.ENTRY_SUBJECTS:
            raise CLIError(_("--subject {key!r}: not a subject key; use one of {keys}").format(
                key=key, keys=", ".join(sorted(vocabulary.ENTRY_SUBJECTS))))
        subjects[key] = subjects.get(key, Decimal(0)) + parse_hours(value, f"--subject {key}")
    exams: list[Any] = []
    for key, value in _pairs(args.exam, "--exam"):
        if key not in vocabulary.EXAMS:
            raise CLIError(_("--exam {key!r}: not an exam key; use one of {keys}").format(
                key=key, keys=", ".join(sorted(vocabulary.EXAMS))))
        if value.lower() == "pass":
            exams.append(key)
        elif value[:1].isdigit():
            passed_on = parse_date(value, f"--exam {key}")
            if passed_on > on:
                raise CLIError(_(
                    "--exam {key}={value}: the pass date is after --as-of {on}").format(
                    key=key, value=value, on=on))
            exams.append(PassedExam(key, passed_on))
        else:
            raise CLIError(_(
                "--exam {key}={value}: only passed exams count; write {key}=pass "
                "or the date it was passed, {key}=2024-05-01").format(key=key, value=value))
    online_split: dict[str, Decimal] | None = None
    for key, value in _pairs(args.subject_online, "--subject-online"):
        if key not in subjects:
            raise CLIError(_(
                "--subject-online {key!r}: give the subject's hours first with --subject {key}=N"
            ).format(key=key))
        online_split = online_split or {}
        hours = parse_hours(value, f"--subject-online {key}")
        online_split[key] = online_split.get(key, Decimal(0)) + hours
        if online_split[key] > subjects[key]:
            raise CLIError(_(
                "--subject-online {key}={value}: more than the {hours} hours of {key}"
            ).format(key=key, value=value, hours=subjects[key]))
    online = parse_hours(args.online_hours or "0", "--online-hours")
    if online_split is not None and sum(online_split.values()) != online:
        raise CLIError(_(
            "--subject-online hours add up to {total}, not the --online-hours {online}; "
            "give every online subject, or fix --online-hours"
        ).format(total=sum(online_split.values()), online=online))
    elsewhere: dict[str, int] = {}
    for item in args.licensed_elsewhere:
        code, sep, years = item.partition(":")
        code = code.strip().upper()
        if not sep or len(code) != 2 or not code.isalpha() or not years.strip().isdigit():
            raise CLIError(_(
                "--licensed-elsewhere {item!r}: write STATE:YEARS, e.g. --licensed-elsewhere WA:6"
            ).format(item=item))
        elsewhere[code] = max(int(years), elsewhere.get(code, 0))
    state = args.program_state.strip().upper() if args.program_state else None
    if state is not None and (len(state) != 2 or not state.isalpha()):
        raise CLIError(_("--program-state {state!r}: give a two-letter code, e.g. OH").format(
            state=args.program_state))
    total = parse_hours(args.hours, "--hours")
    if sum(subjects.values(), Decimal(0)) > total:
        raise CLIError(_(
            "--subject hours add up to {total}, more than --hours {hours}; check the figures"
        ).format(total=sum(subjects.values()), hours=args.hours))
    if args.age is not None and not 0 < args.age < 130:
        raise CLIError(_("--age {age}: give an age in years, e.g. 19").format(age=args.age))
    return Applicant.of(
        on,
        total_hours=total,
        subjects=subjects,
        online_hours=online,
        clinical_hours=parse_hours(args.clinical_hours or "0", "--clinical-hours"),
        exams=exams,
        age=args.age,
        program_start=parse_date(args.program_start, "--program-start")
        if args.program_start
        else None,
        subject_online=online_split,
        completed=parse_date(args.completed, "--completed") if args.completed else None,
        program_state=state,
        licensed_elsewhere=elsewhere,
    )


def run_eligibility(args: argparse.Namespace) -> int:
    from lmt_tracker.cli.rule_packs import stored_overrides
    from lmt_tracker.domain.entry.applicant import Applicant
    from lmt_tracker.domain.entry.eligibility import eligibility_for

    on = parse_date(args.as_of, "--as-of") if args.as_of else dt.date.today()
    try:
        overrides = stored_overrides(args)
    except CLIError as exc:
        if args.hours is None:
            raise
        # A what-if from figures on the command line does not need the database.
        print(_("lmt-tracker: warning: your rule overrides could not be read ({error}); "
                "judged without them").format(error=exc), file=sys.stderr)
        overrides = []
    jurisdictions = _jurisdictions(parse_codes(args.states), overrides, on)
    if args.hours is not None:
        applicant = _applicant(args, on)
    else:
        if (
            args.subject
            or args.exam
            or args.online_hours
            or args.clinical_hours
            or args.subject_online
            or args.completed
            or args.program_state
            or args.licensed_elsewhere
        ):
            raise CLIError(_("--subject, --exam and other figures need --hours (the total)"))
        store = open_reader(args)
        try:
            applicant = Applicant.from_record(store.load_record(), on)
        finally:
            store.close()
    results = eligibility_for(applicant, jurisdictions, on)
    if args.json:
        by_code = {j.code: j for j in jurisdictions}
        print_json([_with_overrides(r.to_json(), by_code.get(r.code)) for r in results])
        return 0
    for r in results:
        verdict = {True: _("can apply"), False: _("not yet"), None: _("not regulated")}[r.eligible]
        print(f"{r.code:3} {r.name:24} {verdict}")
        for finding in r.missing:
            print(f"      - {_say(finding.message)}")
        for finding in r.findings:  # another way to qualify that is met (endorsement)
            if finding.key.startswith("route:") and finding.status == "met":
                print(f"      + {_say(finding.message)}")
    return 0


def _with_overrides(doc: dict[str, Any], jurisdiction: Any) -> dict[str, Any]:
    """A result's JSON, with an ``overrides`` list when the user overrode a figure of it."""
    from lmt_tracker.rules.in_force import overrides_json

    if jurisdiction is not None and jurisdiction.overrides:
        doc["overrides"] = overrides_json(jurisdiction)
    return doc


def run_status(args: argparse.Namespace) -> int:
    """``status``, with Python's cyclic collector paused while it runs.

    Reading, judging and printing 10,000 courses makes a few hundred thousand small
    objects and no reference cycles worth collecting; the collector's passes over them
    (each full pass walks every course alive) were about a tenth of the whole command.
    The process ends right after; in-process callers (tests) get the collector back.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _status(args)
    finally:
        if paused:
            gc.enable()


def _status(args: argparse.Namespace) -> int:
    from lmt_tracker.domain.status import evaluate_status
    from lmt_tracker.reports.labels import word
    from lmt_tracker.rules.in_force import judged_rules

    on = parse_date(args.as_of, "--as-of") if args.as_of else dt.date.today()
    store = open_reader(args)
    try:
        record = store.load_record()
        overrides = store.rule_overrides()
    finally:
        store.close()
    rules = judged_rules(overrides, on)
    results = evaluate_status(record, rules, on)
    if args.json:
        print_json([_with_overrides(_status_json(r), rules.get(r.jurisdiction)) for r in results])
        return 0
    if not results:
        print(_("No credentials recorded yet. Add one in the app, or try 'lmt-tracker demo'."))
    for r in results:
        doc = _status_json(r)
        verdict = {True: _("compliant"), False: _("NOT compliant"),
                   None: _("not judged")}[doc["compliant"]]
        if doc["reason"]:
            verdict += f" — {doc['reason']}"
        window = (
            f"{doc['cycle_start']} – {doc['cycle_end']}" if doc["cycle_end"] else _("cycle unknown")
        )
        days = ", " + counted(doc["days_left"], _("{n} day left"), _("{n} days left")) \
            if doc["days_left"] is not None else ""
        hours = (
            "; " + _hours_line(doc["counted_hours"], doc["required_hours"])
            if doc["required_hours"] is not None
            else ("; " + _("no CE requirement") if doc["compliant"] is not None else "")
        )
        print(
            f"#{doc['id']} {doc['jurisdiction']} {word(doc['kind'])} {doc['number']}: {verdict} "
            f"({window}{days}{hours})"
        )
        for item in doc["missing"]:
            print(f"      - {_say(item['message'])}")
    return 0


def _hours_line(have: Any, needed: Any) -> str:
    """"8 of 36 CE hours"; more than needed reads "41 CE hours counted, 24 required"
    (never "41 of 24"), as the window's cards say it."""
    if Decimal(str(have)) > Decimal(str(needed)):
        return _("{counted} CE hours counted, {required} required").format(
            counted=_number(have), required=_number(needed))
    return _("{counted} of {required} CE hours").format(counted=_number(have),
                                                        required=_number(needed))


def _number(value: Any) -> str:
    """Hours as the language writes them: "102.67" in English, "102,67" in Spanish."""
    from lmt_tracker import language

    text = str(value)
    return text.replace(".", ",") if language.code() == "es" else text


def _say(text: str) -> str:
    """A sentence of the core in the language in use, its hours written as ``_number``."""
    from lmt_tracker import language
    from lmt_tracker.domain.core.phrases import english_number

    return language.say(text, number=lambda v: _number(english_number(v)))


def _status_json(status: CredentialStatus) -> dict[str, Any]:
    """The status item, plus ``reason``: why ``compliant`` is null (null when it is not).

    Derived from the findings (``reports.unjudged``), so "not judged" always names what
    is missing to judge it — the dates, a known jurisdiction, a rule figure.
    """
    from lmt_tracker.reports.unjudged import unjudged_reason

    doc = status.to_json()
    doc["reason"] = unjudged_reason(status)
    return doc
