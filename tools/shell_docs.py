"""Shell completions (shtab) and the man page (argparse-manpage), written from the parser.

Both are made from ``lmt_tracker.cli.build_parser()`` at build time (``make completions``,
``make man``, and build.spec for the frozen bundle), so they always describe the commands
this version has, examples included (``cli/examples.py``). Neither tool is needed to run
the app: they are in the ``package`` extra.

    python tools/shell_docs.py OUT_DIR

writes, under OUT_DIR, the places a Unix system looks for them (``share/man/man1``,
``share/bash-completion/completions``, ``share/zsh/site-functions``,
``share/fish/vendor_completions.d``); a user may also ``source`` the bash file by hand.

The man page is written in Spanish too, from the Spanish ``--help`` (the same catalog,
``cli.help_language``), where ``man`` looks for a page in the reader's language:
``share/man/es/man1/lmt-tracker.1`` (``man -L es lmt-tracker``, or any ``LANG=es_*``).
argparse-manpage writes its own section headings (NAME, SYNOPSIS…) in English; the
Spanish page renames those few lines (``HEADINGS``). Completions complete words, not
sentences: one set serves every language.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PROG = "lmt-tracker"
# Where each shell looks for a program's completion, under a prefix such as /usr/local.
COMPLETIONS = {
    "bash": Path("share/bash-completion/completions") / PROG,
    "zsh": Path("share/zsh/site-functions") / f"_{PROG}",
    "fish": Path("share/fish/vendor_completions.d") / f"{PROG}.fish",
}
MAN_PAGE = Path("share/man/man1") / f"{PROG}.1"
# A page in another language: share/man/<lang>/man1, where man(1) looks under that locale.
MAN_PAGES = {"en": MAN_PAGE, "es": Path("share/man/es/man1") / f"{PROG}.1"}
# What the page says outside the parser's own texts, per language: the NAME line, the
# manual's title, and argparse-manpage's fixed section headings (``.SH WORD``).
PAGE_WORDS = {
    "en": {"name": "massage therapy licenses, exams and continuing education, offline",
           "manual": "LMT Tracker manual"},
    "es": {"name": "licencias de masoterapia, exámenes y educación continua, sin conexión",
           "manual": "Manual de LMT Tracker"},
}
HEADINGS = {"es": {"NAME": "NOMBRE", "SYNOPSIS": "SINOPSIS", "DESCRIPTION": "DESCRIPCIÓN",
                   "COMMAND": "COMANDO", "COMMENTS": "COMENTARIOS", "EXAMPLES": "EJEMPLOS"}}
# Arguments whose value is a file or a folder, by the metavar the commands give them.
FOLDER_WORDS = ("DIR",)
FILE_WORDS = ("FILE", "PATH", ".csv", ".xlsx", ".toml", ".pem", ".json", ".pdf", ".ics")


def parser() -> argparse.ArgumentParser:
    """The command line's parser, with file and folder arguments marked for completion."""
    import shtab

    from lmt_tracker.cli import build_parser
    from lmt_tracker.cli.examples import walk

    built = build_parser()
    for _path, each in walk(built):
        for action in each._actions:
            metavar = str(action.metavar or "")
            if any(word in metavar for word in FOLDER_WORDS):
                action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
            elif any(word in metavar for word in FILE_WORDS):
                action.complete = shtab.FILE  # type: ignore[attr-defined]
    return built


def completion(shell: str) -> str:
    """The completion script for ``shell`` (bash, zsh or fish)."""
    import shtab

    return shtab.complete(parser(), shell=shell)


def man_page(lang: str = "en") -> str:
    """The man page (roff) in ``lang`` ("en", "es"), every command and its examples included."""
    with speaking(lang):
        from argparse_manpage.manpage import Manpage

        from lmt_tracker import __version__

        page = Manpage(parser())
        page.source = f"{PROG} {__version__}"
        page.manual = PAGE_WORDS[lang]["manual"]
        # The NAME line (apropos and whatis read it); the parser's description follows it.
        page.description = PAGE_WORDS[lang]["name"]
        text = str(page).rstrip("\n") + "\n" + examples_section() + "\n"
    return renamed_headings(text, HEADINGS.get(lang, {}))


def renamed_headings(text: str, words: dict[str, str]) -> str:
    """Each ``.SH WORD …`` line with WORD in ``words`` given its translation."""
    lines = []
    for line in text.splitlines():
        head, _sep, rest = line.partition(" ")
        first, _sp, tail = rest.partition(" ")
        if head == ".SH" and first in words:
            line = " ".join(filter(None, [head, words[first], tail]))
        lines.append(line)
    return "\n".join(lines) + "\n"


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Within it, the parser speaks ``lang``; afterwards, the language as it was (and
    argparse's own words, which ``cli.help_language`` points at a catalog, as they were)."""
    from lmt_tracker import language

    before = (language.code(), argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    language.use(lang)
    try:
        yield
    finally:
        code, argparse._, argparse.ngettext = before  # type: ignore[attr-defined]
        language.use(code)


def examples_section() -> str:
    """Every command's examples in one EXAMPLES section (the page shows only the top's epilog)."""
    from lmt_tracker.cli.examples import EXAMPLES
    from lmt_tracker.language import _

    lines = [".SH EXAMPLES", ".nf"]
    for path, examples in EXAMPLES.items():
        if path:
            lines += [f"\\fB{PROG} {path}\\fR".replace("-", "\\-")]
            for line in examples:
                command, sep, comment = line.partition("# ")
                line = command + sep + _(comment) if sep else line
                lines.append(f"    {PROG} {line}".rstrip().replace("\\", "\\e").replace("-", "\\-"))
    lines.append(".fi")
    return "\n".join(lines)


def write_all(out: Path) -> list[Path]:
    """Write the man page and every completion under ``out``; return the files written."""
    written = []
    pages = [(path, man_page(lang)) for lang, path in MAN_PAGES.items()]
    for relative, text in [*pages,
                           *((path, completion(shell)) for shell, path in COMPLETIONS.items())]:
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(f"usage: {Path(__file__).name} OUT_DIR", file=sys.stderr)
        return 2
    for path in write_all(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
