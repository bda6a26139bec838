"""``certificate read`` and ``certificate add``: what a certificate says, and storing it.

``read`` prints each field with the words it came from and how sure the reader is;
it saves nothing. ``add`` stores a course for each certificate whose required fields
were all read (and are not doubtful), is not already stored (same file, or same
title, date and provider) and is made out to the user; it lists the rest with the
reason, so the user can add those in the app, where every field can be checked.
Without ``--yes`` it asks before storing each course.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from lmt_tracker.cli.common import CLIError, open_store, print_json
from lmt_tracker.language import _, said


def N_(text: str) -> str:
    """Marks a word for the catalog (``make i18n``); ``_`` translates it where printed."""
    return text


ACCEPTED = (".pdf", ".png", ".jpg", ".jpeg")
LABELS = (("title", N_("Title")), ("provider", N_("Provider")), ("completed", N_("Completed")),
          ("hours", N_("Hours")), ("delivery", N_("Delivery")), ("participant", N_("Name")))
DELIVERY_WORDS = {"in_person": N_("in person"), "live_online": N_("live online"),
                  "self_study": N_("self-study")}
SOURCE_WORDS = {"pdf_text": N_("read from the text of the PDF"),
                "ocr": N_("read from the OCR of the picture"),
                "none": N_("nothing could be read")}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("certificate", help="read CE certificates (PDF or picture) into courses")
    cmds = p.add_subparsers(dest="certificate_command", metavar="COMMAND", required=True)
    r = cmds.add_parser("read", help="print what a certificate says, each field with its words")
    r.add_argument("file", metavar="FILE")
    r.add_argument("--json", action="store_true", help="print one JSON document")
    r.set_defaults(func=run_read)
    a = cmds.add_parser("add", help="store courses from certificates whose fields were all read")
    a.add_argument("files", nargs="+", metavar="FILE", help="certificate files or folders")
    a.add_argument("--yes", action="store_true", help="store without asking for each course")
    a.add_argument("--json", action="store_true", help="print one JSON document")
    a.set_defaults(func=run_add)


def _read(path: Path) -> tuple[Any, Any]:
    from lmt_tracker.certificates import CertificateReadError, read_file
    from lmt_tracker.io.certificates import CertificateFileError

    try:
        return read_file(path)
    except CertificateFileError as exc:
        raise CLIError(said(exc)) from exc
    except CertificateReadError as exc:
        raise CLIError(said(exc)) from exc


def reading_document(file_name: str, cert: Any, reading: Any) -> dict[str, Any]:
    """The JSON shape of one reading (documented in docs/certificates.md)."""
    from lmt_tracker.certificates.course import REQUIRED, course_from_reading

    def found(f: Any) -> dict[str, Any] | None:
        if f is None:
            return None
        doc = {"value": f.value, "evidence": f.evidence, "confidence": f.confidence}
        if f.note:
            doc["note"] = f.note
        return doc

    fields: dict[str, Any] = {name: found(getattr(reading, name))
                              for name in ("title", "provider", "completed", "delivery",
                                           "participant")}
    h = reading.hours
    fields["hours"] = None if h is None else {
        "value": h.hours, "hour_minutes": h.hour_minutes, "unit": h.unit,
        "evidence": h.evidence, "confidence": h.confidence, **({"note": h.note} if h.note else {})}
    draft = course_from_reading(reading, cert.sha256)
    return {
        "file": file_name, "sha256": cert.sha256, "media_type": cert.media_type,
        "source": reading.source,
        "fields": {name: fields[name] for name in (*REQUIRED, "participant")},
        "approvals": [{"body": a.body, "number": a.number, "evidence": a.evidence,
                       "confidence": a.confidence} for a in reading.approvals],
        "topics": [{"key": t.key, "hours": t.hours, "evidence": t.evidence,
                    "confidence": t.confidence} for t in reading.topics],
        "missing": list(draft.missing), "unsure": list(draft.unsure),
        "complete": not draft.missing and not draft.unsure,
        "notes": list(reading.notes),
    }


def _value_words(name: str, f: Any) -> str:
    if name == "hours":
        unit = {1: _("minutes"), 50: _("hours of 50 minutes")}.get(f.hour_minutes, _("hours"))
        return _("{hours} {unit} (printed as {printed})").format(hours=f.hours, unit=unit,
                                                                  printed=f.unit)
    if name == "delivery":
        return _(DELIVERY_WORDS[f.value]) if f.value in DELIVERY_WORDS else str(f.value)
    return str(f.value)


def print_reading(file_name: str, cert: Any, reading: Any) -> None:
    print(f"{file_name}: {_(SOURCE_WORDS[reading.source])}")
    since = _("from: {evidence!r}")
    for name, label in LABELS:
        f = getattr(reading, name)
        if f is None:
            print(f"  {_(label) + ':':<11} " + _("not found"))
            continue
        print(f"  {_(label) + ':':<11} {_value_words(name, f)}   [{f.confidence}]")
        print(f"  {'':<11} " + since.format(evidence=f.evidence)
              + (f" — {f.note}" if f.note else ""))
    approval, topic = _("Approval") + ":", _("Topic") + ":"
    for a in reading.approvals:
        print(f"  {approval:<11} {a.body} {a.number}   [{a.confidence}]")
        print(f"  {'':<11} " + since.format(evidence=a.evidence))
    for t in reading.topics:
        hours = f", {t.hours} h" if t.hours is not None else ", " + _("hours not stated")
        print(f"  {topic:<11} {t.key}{hours}   [{t.confidence}] "
              + since.format(evidence=t.evidence))
    for note in reading.notes:
        print("  " + _("Note: {note}").format(note=note))


def run_read(args: argparse.Namespace) -> int:
    path = Path(args.file)
    cert, reading = _read(path)
    if args.json:
        print_json(reading_document(path.name, cert, reading))
    else:
        print_reading(path.name, cert, reading)
    return 0


def certificate_files(names: list[str]) -> list[Path]:
    """Files as given, and the certificate files inside given folders (sorted)."""
    files: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in ACCEPTED)
        elif path.exists():
            files.append(path)
        else:
            raise CLIError(_("{name}: no such file or folder").format(name=name))
    if not files:
        raise CLIError(_("no certificate files (PDF, PNG or JPEG) in {names}").format(
            names=", ".join(names)))
    return files


def _ask(question: str) -> bool:
    print(question + " " + _("[y/N]") + " ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes", _("y"), _("yes"))


def run_add(args: argparse.Namespace) -> int:
    from lmt_tracker.certificates import ocr
    from lmt_tracker.store import StoreError

    if not args.yes and not sys.stdin.isatty():
        raise CLIError(_("nothing stored: add --yes to store the courses read without asking, "
                         "or run the command in a terminal to confirm each one"))
    files = certificate_files(args.files)
    store = open_store(args)
    stored: list[dict[str, Any]] = []
    rest: list[dict[str, Any]] = []
    said_ocr = False
    try:
        therapist = store.therapist()
        known = store.courses()
        for path in files:
            try:
                cert, reading = _read(path)
            except CLIError as exc:
                rest.append({"file": str(path), "reason": str(exc)})
                continue
            if ocr.NOT_INSTALLED in reading.notes and not said_ocr:
                print(f"lmt-tracker: {ocr.NOT_INSTALLED}", file=sys.stderr)
                said_ocr = True
            reason, course = _judge(reading, cert, therapist, known)
            if course is None:
                rest.append({"file": str(path), "reason": reason})
                continue
            if not args.yes:
                print_reading(path.name, cert, reading)
                if not _ask(_("Store “{title}” ({completed})?").format(
                        title=course.title, completed=course.completed)):
                    rest.append({"file": str(path), "reason": "not confirmed"})
                    continue
            try:
                saved = store.save_course(_without_sha(course), certificate=cert)
            except (StoreError, ValueError) as exc:
                rest.append({"file": str(path), "reason": f"not stored: {exc}"})  # JSON: English
                continue
            known.append(saved)
            stored.append({"file": str(path), "course_id": saved.id, "title": saved.title,
                           "completed": saved.completed, "hours": saved.hours,
                           "hour_minutes": saved.hour_minutes})
    finally:
        store.close()
    if args.json:
        print_json({"stored": stored, "not_stored": rest})
    else:
        for s in stored:
            print(_("stored      {file} → course {id}: {title} ({completed})").format(
                file=s["file"], id=s["course_id"], title=s["title"], completed=s["completed"]))
        for r in rest:  # the reasons are also the JSON's: as the core words them
            print(_("not stored  {file}: {reason}").format(file=r["file"], reason=r["reason"]))
    return 0 if not rest else 1


def _without_sha(course: Any) -> Any:
    from dataclasses import replace

    return replace(course, certificate_sha256=None)


def _judge(reading: Any, cert: Any, therapist: Any, known: list[Any]) -> tuple[str, Any]:
    """(reason it is not stored, None) or ("", the course to store)."""
    from lmt_tracker.certificates.course import (
        FIELD_WORDS,
        course_from_reading,
        duplicate_of,
        same_person,
    )

    draft = course_from_reading(reading, cert.sha256)
    if draft.missing:
        words = ", ".join(FIELD_WORDS[f] for f in draft.missing)
        notes = "".join(f"; {n}" for n in reading.notes)
        return f"not found on the certificate: {words}{notes} — add it in the app", None
    if draft.unsure:
        checks = "; ".join(f"{FIELD_WORDS[f]}: {getattr(reading, f).note or 'a guess'}"
                           for f in draft.unsure)
        return f"to check before storing: {checks} — add it in the app", None
    course = draft.course
    assert course is not None  # no field missing
    if therapist is not None and reading.participant is not None \
            and not same_person(reading.participant.value, therapist.full_name):
        return (f"made out to {reading.participant.value}, not to {therapist.full_name}; "
                "add it in the app if it is yours"), None
    twin = duplicate_of(course, known)
    if twin is not None:
        why = "the same certificate" if twin.certificate_sha256 == cert.sha256 else \
            "the same title, date and provider"
        return f"already stored as course {twin.id} ({why})", None
    return "", course
