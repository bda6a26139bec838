"""``--help`` in the language in use: the command line's own help texts and argparse's words.

The help texts (``help=``, ``description=``, group titles, the examples' titles) are
written in English where each command registers its parser; rather than wrapping every
one in ``_()``, the finished parser is walked once and each text is looked up in the
``lmt_tracker`` catalog (``make i18n`` collects them with ``python -m
lmt_tracker.cli.help_language``, since xgettext cannot see them). argparse's own
run-time words ("usage:", "the following arguments are required") come from the
``argparse`` domain (``locale/es/LC_MESSAGES/argparse.po``): argparse looks up its
module-level ``_`` and ``ngettext`` when it speaks, so those two are pointed at that
catalog. English needs none of this, and start-up stays as it was.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Iterator

from lmt_tracker import language
from lmt_tracker.cli.examples import walk


def _texts(parser: argparse.ArgumentParser) -> Iterator[tuple[object, str]]:
    """(object, attribute) of every help text of ``parser`` and its subcommands."""
    for _path, each in walk(parser):
        yield each, "description"
        for group in each._action_groups:
            yield group, "title"
            yield group, "description"
        for action in each._actions:
            yield action, "help"
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    yield choice, "help"


def _example_comment(line: str) -> tuple[str, str]:
    command, sep, comment = line.partition("# ")
    return (command, comment) if sep else (line, "")


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every text of ``parser``'s help that a translator translates, in a stable order."""
    found: dict[str, None] = {}
    for holder, name in _texts(parser):
        text = getattr(holder, name, None)
        if isinstance(text, str) and text and text != argparse.SUPPRESS:
            found[text] = None
    for _path, each in walk(parser):
        for line in (each.epilog or "").splitlines():
            if line.endswith(":"):
                found[line] = None  # "example:", "examples:"
            comment = _example_comment(line)[1]
            if comment:
                found[comment] = None
    return list(found)


def translate(parser: argparse.ArgumentParser) -> None:
    """Put ``parser``'s help, and argparse's messages, in the language in use."""
    if language.code() == "en":
        return
    _ = language._
    for holder, name in _texts(parser):
        text = getattr(holder, name, None)
        if isinstance(text, str) and text and text != argparse.SUPPRESS:
            setattr(holder, name, _(text))
    for _path, each in walk(parser):
        if each.epilog:
            lines = []
            for line in each.epilog.splitlines():
                command, comment = _example_comment(line)
                if line.endswith(":"):
                    line = _(line)
                elif comment:
                    line = command + "# " + _(comment)
                lines.append(line)
            each.epilog = "\n".join(lines)
    words = gettext.translation("argparse", language.LOCALE_DIR, languages=[language.code()],
                                fallback=True)
    argparse._ = words.gettext  # type: ignore[attr-defined]
    argparse.ngettext = words.ngettext  # type: ignore[attr-defined]
