"""Shell completions (shtab) and the man page (argparse-manpage), written from the parser.

Both are made from ``lmt_tracker.cli.build_parser()`` at build time (``make completions``,
``make man``, and build.spec for the frozen bundle), so they always describe the commands
this version has, examples included (``cli/examples.py``). Neither tool is needed to run
the app: they are in the ``package`` extra.

    python tools/shell_docs.py OUT_DIR

writes, under OUT_DIR, the places a Unix system looks for them (``share/man/man1``,
``share/bash-completion/completions``, ``share/zsh/site-functions``,
``share/fish/vendor_completions.d``); a user may also ``source`` the bash file by hand.
"""

from __future__ import annotations

import argparse
import sys
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


def man_page() -> str:
    """The man page (roff), every command and its examples included."""
    from argparse_manpage.manpage import Manpage

    from lmt_tracker import __version__

    page = Manpage(parser())
    page.source = f"{PROG} {__version__}"
    page.manual = "LMT Tracker manual"
    # The NAME line (apropos and whatis read it); the parser's description follows it.
    page.description = "massage therapy licenses, exams and continuing education, offline"
    return str(page).rstrip("\n") + "\n" + examples_section() + "\n"


def examples_section() -> str:
    """Every command's examples in one EXAMPLES section (the page shows only the top's epilog)."""
    from lmt_tracker.cli.examples import EXAMPLES

    lines = [".SH EXAMPLES", ".nf"]
    for path, examples in EXAMPLES.items():
        if path:
            lines += [f"\\fB{PROG} {path}\\fR".replace("-", "\\-")]
            lines += [f"    {PROG} {line}".rstrip().replace("\\", "\\e").replace("-", "\\-")
                      for line in examples]
    lines.append(".fi")
    return "\n".join(lines)


def write_all(out: Path) -> list[Path]:
    """Write the man page and every completion under ``out``; return the files written."""
    written = []
    for relative, text in [(MAN_PAGE, man_page()),
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
