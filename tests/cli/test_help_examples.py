"""Every command's --help carries an example that parses; completions and the man page are
written from the same parser (tools/shell_docs.py) and hold every command."""

from __future__ import annotations

import importlib.util
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lmt_tracker import __version__
from lmt_tracker.cli import build_parser
from lmt_tracker.cli.examples import EXAMPLES, walk

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

needs_tools = pytest.mark.skipif(
    importlib.util.find_spec("shtab") is None
    or importlib.util.find_spec("argparse_manpage") is None,
    reason="shtab and argparse-manpage are build tools: pip install '.[package]'")


def _commands() -> list[str]:
    return [path for path, _parser in walk(build_parser())]


def test_every_command_and_subcommand_has_an_example_in_its_help() -> None:
    for path, parser in walk(build_parser()):
        help_text = parser.format_help()
        shown = help_text.split("\nexample")[1:]
        assert shown, f"no example under {'lmt-tracker ' + path!r} --help"
        lines = [line.split("#")[0].split() for line in shown[0].splitlines()[1:]]
        assert lines and all(words[0] == "lmt-tracker" for words in lines), path
        # Each example runs this very command.
        assert all(" ".join(path.split()) in " ".join(words) for words in lines), path


def test_every_example_is_a_command_line_the_parser_accepts() -> None:
    parser = build_parser()
    for path, lines in EXAMPLES.items():
        assert path in _commands(), f"examples for {path!r}, which is not a command"
        for line in lines:
            args = shlex.split(line, comments=True)
            parsed = parser.parse_args(args)  # exits (and fails the test) when it does not
            words = path.split()
            if words:
                assert parsed.command == words[0], line


def test_examples_keep_their_lines_and_descriptions_still_wrap() -> None:
    out = dict(walk(build_parser()))["audit"].format_help()
    assert "\n  lmt-tracker audit class.csv --states FL,NY --out audit.pdf\n" in out
    description = out.split("\n\n")[1]
    assert max(len(line) for line in description.splitlines()) <= 100


@needs_tools
def test_completions_and_man_page_are_written_for_every_command(tmp_path: Path) -> None:
    import shell_docs

    written = shell_docs.write_all(tmp_path)
    assert {p.relative_to(tmp_path).as_posix() for p in written} == {
        "share/man/man1/lmt-tracker.1", "share/man/es/man1/lmt-tracker.1",
        "share/bash-completion/completions/lmt-tracker",
        "share/zsh/site-functions/_lmt-tracker",
        "share/fish/vendor_completions.d/lmt-tracker.fish"}
    bash = (tmp_path / "share/bash-completion/completions/lmt-tracker").read_text()
    man = (tmp_path / "share/man/man1/lmt-tracker.1").read_text()
    assert f"lmt\\-tracker {__version__}" in man
    for path in _commands():
        if path:
            assert path.split()[-1] in bash, path
            assert f"lmt\\-tracker {path}".replace("-", "\\-").replace("\\\\-", "\\-") in man, path
    # An example of a subcommand, not only the top's epilog.
    assert r"lmt\-tracker audit class.csv \-\-states FL,NY \-\-out audit.pdf" in man


@needs_tools
def test_the_spanish_man_page_is_the_spanish_help_and_leaves_english_as_it_was(
        tmp_path: Path) -> None:
    import shell_docs

    shell_docs.write_all(tmp_path)
    es = (tmp_path / "share/man/es/man1/lmt-tracker.1").read_text(encoding="utf-8")
    headings = {line.split()[1] for line in es.splitlines() if line.startswith(".SH ")}
    assert {"NOMBRE", "SINOPSIS", "DESCRIPCIÓN", "COMANDO", "OPCIONES", "EJEMPLOS"} <= headings
    assert not headings & {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMAND", "OPTIONS", "EXAMPLES"}
    assert '"Manual de LMT Tracker"' in es
    # A command's help as the Spanish catalog says it, not as the parser was written.
    assert "copiar el archivo completo de la base de datos" in es
    assert "copy the whole database file" not in es
    # Writing it left the language, and argparse's own words, in English.
    help_text = build_parser().format_help()
    assert help_text.startswith("usage: lmt-tracker")
    assert "copy the whole database file" in help_text


@needs_tools
@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_the_bash_completion_loads_and_completes_commands_and_files(tmp_path: Path) -> None:
    import shell_docs

    shell_docs.write_all(tmp_path)
    script = tmp_path / "share/bash-completion/completions/lmt-tracker"
    (tmp_path / "class.csv").write_text("x")
    probe = (f"source {shlex.quote(str(script))}; cd {shlex.quote(str(tmp_path))}; "
             "COMP_WORDS=(lmt-tracker au); COMP_CWORD=1; COMP_LINE='lmt-tracker au'; "
             "COMP_POINT=${#COMP_LINE}; _shtab_lmt_tracker; echo \"${COMPREPLY[@]}\"; "
             "COMP_WORDS=(lmt-tracker audit cl); COMP_CWORD=2; COMP_LINE='lmt-tracker audit cl';"
             " COMP_POINT=${#COMP_LINE}; _shtab_lmt_tracker; echo \"${COMPREPLY[@]}\"")
    out = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True)
    commands, files = out.stdout.splitlines()
    assert commands.split() == ["audit"]
    assert "class.csv" in files


@needs_tools
@pytest.mark.skipif(shutil.which("groff") is None, reason="no groff")
def test_the_man_page_renders_without_warnings(tmp_path: Path) -> None:
    import shell_docs

    shell_docs.write_all(tmp_path)
    page = tmp_path / "share/man/man1/lmt-tracker.1"
    shown = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-ww", str(page)],
                           capture_output=True, text=True, check=True)
    assert shown.stderr == ""
    text = re.sub(".\x08", "", shown.stdout)  # bold and underline drawn by overstriking
    assert "EXAMPLES" in text and "lmt-tracker rules show NY" in text
