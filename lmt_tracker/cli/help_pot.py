"""Print --help's texts as a gettext template (``make i18n`` merges it with xgettext's).

Its own module so that the help translation (imported by ``cli.build_parser``) never
imports the parser back.
"""

from __future__ import annotations

import sys

from lmt_tracker import language
from lmt_tracker.cli import build_parser
from lmt_tracker.cli.help_language import help_texts


def _pot_entry(text: str) -> str:
    quoted = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'msgid "{quoted}"\nmsgstr ""\n'


def main() -> int:
    """Print the help texts as a .pot (``make i18n`` merges it with xgettext's)."""
    language.use("en")
    sys.stdout.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
    sys.stdout.write("\n".join(_pot_entry(t) for t in help_texts(build_parser())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
