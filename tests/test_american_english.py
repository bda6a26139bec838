"""The app serves US boards: "license" (never "licence"), counted nouns that agree
("1 course", "3 courses", never "course(s)"), and no pointers at repository files a
therapist does not have (``docs/school-audit.md``) in what the package says to people.

Code identifiers, JSON keys, database columns and rule-file keys keep their old names
(they are contracts); only text is checked: string literals and comments of the
package, and the user-facing documents.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

from lmt_tracker.domain.core.words import count, plural

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lmt_tracker"
BRITISH = re.compile(r"\b[Ll]icences?\b")
KEY = re.compile(r"""^[rbuRBUfF]*(['"])[a-z_]+\1$""")  # "licence": a vocabulary key
REPO_PATH = re.compile(r"\b(?:docs/[\w-]+\.md|README(?:\.md)?\b)")


def _texts(path: Path) -> list[tuple[int, str]]:
    """The string literals and comments of one module, with their line numbers."""
    source = path.read_text(encoding="utf-8")
    return [(t.start[0], t.string)
            for t in tokenize.generate_tokens(io.StringIO(source).readline)
            if t.type in (tokenize.STRING, tokenize.COMMENT)]


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_license_is_spelled_the_american_way_in_every_text_of_the_package() -> None:
    found = [f"{p.relative_to(ROOT)}:{line}: {text[:70]}"
             for p in _modules() for line, text in _texts(p)
             if BRITISH.search(text) and not KEY.match(text)
             and "(?:" not in text]  # a certificate reader accepts both spellings
    assert found == []


def test_no_text_counts_with_an_s_in_brackets() -> None:
    found = [f"{p.relative_to(ROOT)}:{line}: {text[:70]}"
             for p in _modules() for line, text in _texts(p)
             if re.search(r"[a-z]\(s\)", text) and "never" not in text]
    assert found == []


@pytest.mark.parametrize("module", [
    "certificates/ocr.py", "gui/screens/school.py", "cli/audit.py", "store/sqlite_files.py",
    "io/class_header.py", "io/class_mapping.py", "io/class_map_file.py",
])
def test_messages_point_at_the_in_app_guide_not_at_repository_files(module: str) -> None:
    texts = [text for line, text in _texts(PACKAGE / module) if not text.startswith("#")
             and not text.startswith(('"""', "'''"))]
    assert [t for t in texts if REPO_PATH.search(t)] == []
    assert any("Help › User guide" in t for t in texts)


@pytest.mark.parametrize("doc", ["README.md", "docs/certificates.md"])
def test_user_documents_say_license(doc: str) -> None:
    assert BRITISH.findall((ROOT / doc).read_text(encoding="utf-8")) == []


def test_counted_nouns_agree() -> None:
    assert count(1, "course") == "1 course"
    assert count(0, "course") == "0 courses"
    assert count(2_500, "broken link") == "2,500 broken links"
    assert plural(1, "code") == "code"
    assert plural(3, "code") == "codes"
    assert plural(2, "class", "classes") == "classes"
