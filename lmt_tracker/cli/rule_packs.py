"""``rules pack|update|rollback|status`` and ``rules override``: moving the rules forward.

``pack`` is the maintainer's command (it needs the private release key, from
``--key`` or ``$LMT_TRACKER_RULES_KEY``); ``update`` verifies a pack, shows what it
changes and installs it; ``rollback`` returns to the rules in force before it;
``override`` records the user's own figure for one rule figure. See
docs/rules-updates.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

from lmt_tracker.cli.common import CLIError, open_reader, open_store, parse_date, print_json
from lmt_tracker.language import _, counted, said, say

#: What the user types to install a pack that the release key did not sign.
CONFIRM_WORD = "install"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "pack",
        help="build a signed rule pack (maintainers)",
        description="Build a rule pack of the rule files: a zip with a manifest (pack "
        "version, date, SHA-256 per file) and an Ed25519 signature of the manifest.",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the pack to write (.zip)")
    p.add_argument(
        "--key",
        metavar="PRIVATE.pem",
        help="the release private key (default: $LMT_TRACKER_RULES_KEY, a path or PEM text)",
    )
    p.add_argument("--source", metavar="DIR", help="the rule folder (default: the app's rules)")
    p.add_argument("--pack-version", type=int, metavar="N", help="default: the date as YYYYMMDD")
    p.add_argument("--date", metavar="DATE", help="the pack's date (default: today)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_pack)

    p = commands.add_parser(
        "update",
        help="verify a rule pack, show what it changes, install it",
        description="Verify a rule pack against the release key shipped with the app, load "
        "every file strictly, show each changed figure, and install it in your data folder.",
    )
    p.add_argument("pack", metavar="FILE", help="the rule pack (.zip)")
    p.add_argument("--dry-run", action="store_true", help="show the changes, install nothing")
    p.add_argument(
        "--allow-untrusted",
        action="store_true",
        help="accept a pack not signed by the release key (you are asked to confirm)",
    )
    p.add_argument(
        "--yes", action="store_true", help="with --allow-untrusted: confirm without asking"
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_update)

    p = commands.add_parser("rollback", help="return to the rules in force before the last update")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_rollback)

    p = commands.add_parser("status", help="which rules are in force, and the installed packs")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_status)

    p = commands.add_parser(
        "override",
        help="your own figure for one rule figure (e.g. from a board letter)",
        description="Record, list or remove your own figure for one rule figure. It is "
        'shown as "your override" everywhere, and flagged when the rules change it.',
    )
    sub = p.add_subparsers(dest="override_command", metavar="ACTION", required=True)
    s = sub.add_parser("set", help="record an override")
    s.add_argument("code", metavar="CODE", help="jurisdiction, e.g. NJ")
    s.add_argument("field", metavar="FIELD", help="e.g. entry.total_hours or ce.topics.ethics")
    s.add_argument("value", metavar="VALUE", help="your figure, e.g. 600")
    s.add_argument("--note", required=True, help='where it comes from: "board letter 2025-03-02"')
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.set_defaults(func=run_override_set)
    s = sub.add_parser("list", help="every override, flagged where the rules changed")
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.set_defaults(func=run_override_list)
    s = sub.add_parser("remove", help="remove an override")
    s.add_argument("code", metavar="CODE")
    s.add_argument("field", metavar="FIELD")
    s.set_defaults(func=run_override_remove)


# -- pack -------------------------------------------------------------------------------
def run_pack(args: argparse.Namespace) -> int:
    from lmt_tracker.rules.loader import RulesError
    from lmt_tracker.rules.packs import build_pack
    from lmt_tracker.rules.packs.signing import SigningError, key_id, load_private_key

    out = Path(args.out)
    if not out.parent.exists():
        raise CLIError(_("--out {text!r}: the folder {folder!r} does not exist").format(
            text=args.out, folder=str(out.parent)))
    if args.pack_version is not None and args.pack_version < 1:
        raise CLIError(_("--pack-version {n}: must be a whole number ≥ 1").format(
            n=args.pack_version))
    try:
        key = load_private_key(args.key)
    except SigningError as exc:
        raise CLIError(said(exc)) from None
    source = Path(args.source) if args.source else None
    if source is not None and not source.is_dir():
        raise CLIError(_("--source {source!r}: not a folder").format(source=args.source))
    started = time.perf_counter()
    try:
        manifest = build_pack(
            out,
            key,
            source=source,
            pack_version=args.pack_version,
            date=parse_date(args.date, "--date") if args.date else None,
        )
    except RulesError as exc:
        listed = "\n  ".join(say(p) for p in exc.problems)
        raise CLIError(_("the rule files have problems; no pack was written:\n  {problems}").format(
            problems=listed)) from None
    except OSError as exc:
        raise CLIError(_("--out {out!r}: cannot write ({error})").format(
            out=args.out, error=exc.strerror or exc)) from None
    seconds = time.perf_counter() - started
    document = {
        "pack": str(out),
        "pack_version": manifest.pack_version,
        "date": manifest.date.isoformat(),
        "files": len(manifest.files),
        "key_id": key_id(key.public_key()),
        "seconds": round(seconds, 3),
    }
    if args.json:
        print_json(document)
    else:
        print(counted(len(manifest.files),
                      _("Wrote {out}: {label}, {n} rule file, signed by key {key} ({seconds} s)"),
                      _("Wrote {out}: {label}, {n} rule files, signed by key {key} ({seconds} s)"),
                      out=out, label=say(manifest.label), key=document["key_id"],
                      seconds=f"{seconds:.2f}"))
    return 0


# -- update -----------------------------------------------------------------------------
def stored_overrides(args: argparse.Namespace) -> list[Any]:
    """The user's overrides, when the database exists (an update must not create one)."""
    from lmt_tracker.cli.common import database_target

    target = database_target(args)
    if "://" not in target and not Path(target).exists():
        return []
    store = open_reader(args)
    try:
        return list(store.rule_overrides())
    finally:
        store.close()


def _confirm_untrusted(args: argparse.Namespace, reason: str) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise CLIError(_(
            "refused: {reason}. To install it anyway, pass --allow-untrusted --yes "
            "(only for a pack whose maker you trust)").format(reason=reason))
    print(_("WARNING: {reason}.").format(reason=reason), file=sys.stderr)
    answer = input(_("Type {word!r} to install it anyway: ").format(word=CONFIRM_WORD))
    if answer.strip().lower() != CONFIRM_WORD:
        raise CLIError(_("not confirmed; nothing changed"))


def run_update(args: argparse.Namespace) -> int:
    from lmt_tracker.portable import DiskFullError
    from lmt_tracker.rules.loader import RulesError, load_all
    from lmt_tracker.rules.packs import PackError, install, read_pack
    from lmt_tracker.rules.packs.changes import rule_changes
    from lmt_tracker.rules.packs.installed import check_installable

    started = time.perf_counter()
    try:
        pack = read_pack(Path(args.pack), allow_untrusted=args.allow_untrusted)
        check_installable(pack)
    except PackError as exc:
        raise CLIError("\n  ".join(say(p) for p in exc.problems)) from None
    verified = time.perf_counter() - started
    try:
        before = load_all()
    except RulesError:
        before = {}
    changes = rule_changes(before, pack.rules)
    flagged = _flag_overrides(changes, stored_overrides(args))
    if not pack.trust.trusted and not args.dry_run:
        _confirm_untrusted(args, say(pack.trust.reason))
    installed = None
    if not args.dry_run:
        try:
            installed = install(pack)
        except PackError as exc:
            raise CLIError("\n  ".join(say(p) for p in exc.problems)) from None
        except OSError as exc:
            if isinstance(exc, DiskFullError):
                raise CLIError(_("cannot install the pack: {error}").format(
                    error=said(exc))) from None
            raise CLIError(_("cannot install the pack ({error}); nothing changed").format(
                error=exc)) from None
    m = pack.manifest
    if args.json:
        print_json(
            {
                "pack_version": m.pack_version,
                "date": m.date.isoformat(),
                "trusted": pack.trust.trusted,
                "signature": pack.trust.reason,
                "installed": installed is not None,
                "changes": [c.to_json() for c in changes],
                "overrides_affected": flagged,
                "verify_seconds": round(verified, 3),
            }
        )
        return 0
    print(counted(len(m.files), _("{label}: {reason}; {n} rule file verified and loaded."),
                  _("{label}: {reason}; {n} rule files verified and loaded."),
                  label=say(m.label), reason=say(pack.trust.reason)))
    _print_changes(changes)
    for line in flagged:
        print(f"  ! {line}")
    if installed is None:
        print(_("Dry run: nothing installed."))
    else:
        print(_("Installed. {state}. Undo with `lmt-tracker rules rollback`.").format(
            state=say(installed.describe())))
    return 0


def _print_changes(changes: list[Any]) -> None:
    if not changes:
        print(_("No figure changes."))
        return
    print(counted(len(changes), _("{n} change:"), _("{n} changes:")))
    current = None
    for c in changes:
        if c.code != current:
            current = c.code
            print(f"{c.code} {c.name}")
        old = c.old if c.old is not None else _("(none)")
        new = c.new if c.new is not None else _("(removed)")
        when = f" [{say(c.version)}]" if c.version else ""
        print(f"  {say(c.label)}{when}: {old} → {new}")
        if c.source is not None and c.new is not None:
            print("      " + _("source: {cite}").format(cite=c.source.cite()))


def _flag_overrides(changes: list[Any], overrides: list[Any]) -> list[str]:
    """Overrides whose figure the pack changes: the user should look at them again."""
    from lmt_tracker.domain.core.overrides import field_label

    out = []
    for o in overrides:
        hits = [c for c in changes if c.code == o.jurisdiction and c.field == o.field]
        if hits:
            c = hits[-1]
            out.append(_(
                "{code} {field}: this pack changes a figure you overrode ({old} → {new}); your "
                "override ({value}, {note}) still applies — check whether it should").format(
                code=o.jurisdiction, field=say(field_label(o.field)), old=c.old, new=c.new,
                value=o.value, note=o.note))
    return out


# -- rollback and status ----------------------------------------------------------------
def _state_json(state: Any) -> dict[str, object]:
    pack = state.pack_in_force
    return {
        "in_force": "pack" if pack is not None else "bundled",
        "pack": pack.to_json() if pack is not None else None,
        "bundled_checked": state.bundled_date.isoformat(),
        "history": [e.to_json() for e in state.history],
        "note": state.note,
        "describe": state.describe(),
    }


def run_rollback(args: argparse.Namespace) -> int:
    from lmt_tracker.rules.packs import PackError, roll_back

    try:
        state = roll_back()
    except PackError as exc:
        raise CLIError(said(exc)) from None
    if args.json:
        print_json(_state_json(state))
    else:
        print(_("Rolled back. {state}.").format(state=say(state.describe())))
    return 0


def run_status(args: argparse.Namespace) -> int:
    from lmt_tracker.rules.packs import installed_state

    state = installed_state()
    if args.json:
        print_json(_state_json(state))
        return 0
    print(say(state.describe()))
    for e in state.history:
        print("  " + _("before it: {label}").format(label=say(e.label)))
    return 0


# -- overrides --------------------------------------------------------------------------
def run_override_set(args: argparse.Namespace) -> int:
    from lmt_tracker.domain.core.overrides import OverrideError, check_override, field_label
    from lmt_tracker.rules.loader import load_all

    today = dt.date.today()
    try:
        record = check_override(load_all(), args.code, args.field, args.value, args.note, today)
    except OverrideError as exc:
        raise CLIError(_("{error}; nothing was recorded").format(error=said(exc))) from None
    store = open_store(args)
    try:
        saved = store.save_rule_override(record)
    finally:
        store.close()
    if args.json:
        print_json(_override_json(saved))
    else:
        rules_say = saved.rules_value if saved.rules_value is not None else _("no figure")
        print(_("Recorded your override: {code} {field} = {value} ({note}); the rules say "
                "{said}.").format(code=saved.jurisdiction, field=say(field_label(saved.field)),
                                  value=saved.value, note=saved.note, said=rules_say))
    return 0


def _override_json(o: Any) -> dict[str, object]:
    return {
        "jurisdiction": o.jurisdiction,
        "field": o.field,
        "value": o.value,
        "note": o.note,
        "recorded": o.recorded.isoformat(),
        "rules_value": o.rules_value,
    }


def run_override_list(args: argparse.Namespace) -> int:
    from lmt_tracker.domain.core.overrides import field_label, review
    from lmt_tracker.rules.loader import load_all

    overrides = stored_overrides(args)
    problems = review(load_all(), overrides, dt.date.today())
    if args.json:
        print_json({"overrides": [_override_json(o) for o in overrides], "flags": problems})
        return 0
    if not overrides:
        print(_("No overrides recorded."))
    for o in overrides:
        print(f"{o.jurisdiction} {say(field_label(o.field))} [{o.field}] = {o.value} — {o.note} "
              + _("(recorded {date})").format(date=o.recorded.isoformat()))
    for line in problems:
        print(f"  ! {say(line)}")
    return 0


def run_override_remove(args: argparse.Namespace) -> int:
    from lmt_tracker.store import NotFoundError

    store = open_store(args, create=False)
    try:
        gone = store.delete_rule_override(args.code.strip().upper(), args.field.strip())
    except NotFoundError as exc:
        raise CLIError(said(exc)) from None
    finally:
        store.close()
    print(_("Removed your override of {code} {field} ({value}).").format(
        code=gone.jurisdiction, field=gone.field, value=gone.value))
    return 0
