"""The user guide itself: its pictures and links resolve, it ships in the wheel's data, and
user messages point at it rather than at repository files the user does not have."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from lmt_tracker import paths
from lmt_tracker.gui.guide import HEADINGS, SECTIONS, slug

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "user-guide.md"
SPANISH = ROOT / "docs" / "user-guide.es.md"
TASKS = ("First set-up", "Adding a course from a certificate", "Getting ready for renewal",
         "When you move states", "Being audited", "A school's graduation audit",
         "Backups and moving to a new computer")


def _text(guide: Path = GUIDE) -> str:
    return guide.read_text(encoding="utf-8")


def _headings(guide: Path = GUIDE) -> list[str]:
    return [line.lstrip("#").strip() for line in _text(guide).splitlines()
            if line.startswith("## ")]


def test_the_guide_has_a_section_for_each_task_of_the_brief() -> None:
    assert set(TASKS) <= set(_headings())


def test_the_app_finds_the_guide_it_shows() -> None:
    assert paths.user_guide().resolve() == GUIDE.resolve()


def test_every_picture_named_exists_and_every_picture_shipped_is_named() -> None:
    named = set(re.findall(r"!\[[^\]]+\]\((guide/[^)]+)\)", _text()))
    assert named, "the guide shows no pictures"
    for picture in named:
        assert (GUIDE.parent / picture).is_file(), picture
    shipped = {f"guide/{p.name}" for p in (GUIDE.parent / "guide").iterdir() if p.is_file()}
    assert shipped == named
    # Shipped in every install: small enough not to weigh on the package.
    assert sum((GUIDE.parent / p).stat().st_size for p in named) < 1_000_000


def test_every_link_inside_the_guide_names_a_heading() -> None:
    anchors = {slug(h) for h in _headings()}
    for target in re.findall(r"\]\(#([^)]+)\)", _text()):
        assert target in anchors, target


def test_slugs_are_githubs() -> None:
    # As GitHub names these headings' anchors (checked by hand on a rendered README).
    assert slug("A school's graduation audit") == "a-schools-graduation-audit"
    assert slug("First set-up") == "first-set-up"
    assert slug("Backups and moving to a new computer") == "backups-and-moving-to-a-new-computer"


def test_each_screens_section_is_a_heading_of_the_guide() -> None:
    from lmt_tracker.gui import screens

    anchors = {slug(h) for h in _headings()}
    for entry in screens.entries():
        assert SECTIONS[entry.key] in anchors, entry.key


def test_the_spanish_guide_has_every_section_of_the_english_one_in_the_same_order() -> None:
    english = [slug(h) for h in _headings()]
    spanish = [HEADINGS["es"].get(slug(h), f"unmapped: {h}") for h in _headings(SPANISH)]
    assert spanish == english


def test_the_app_finds_the_spanish_guide_and_falls_back_to_english() -> None:
    assert paths.user_guide("es").resolve() == SPANISH.resolve()
    assert paths.user_guide("fr").resolve() == GUIDE.resolve()


def test_the_spanish_guide_shows_spanish_pictures_of_every_english_one() -> None:
    named = re.findall(r"!\[[^\]]+\]\((guide/[^)]+)\)", _text(SPANISH))
    english = re.findall(r"!\[[^\]]+\]\((guide/[^)]+)\)", _text())
    assert named == [p.replace("guide/", "guide/es/") for p in english]
    shipped = {f"guide/es/{p.name}" for p in (GUIDE.parent / "guide" / "es").iterdir()}
    assert shipped == set(named)
    assert sum((GUIDE.parent / p).stat().st_size for p in named) < 1_000_000


def test_every_link_inside_the_spanish_guide_names_one_of_its_headings() -> None:
    anchors = {slug(h) for h in _headings(SPANISH)}
    links = re.findall(r"\]\(#([^)]+)\)", _text(SPANISH))
    assert len(links) >= 8
    for target in links:
        assert target in anchors, target


# Messages a user may see that still name a repository document, each with why it may.
ALLOWED = {
    "docs.py",  # rules/docs.py: the developer's tool that writes docs/jurisdictions.md
    "signing.py",  # for the maintainer who signs rule packs
    "sqlite_files.py",  # PostgreSQL set-up, read by a school's administrator with the source
}


def _strings(path: Path) -> list[str]:
    """String constants of a module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str) and id(n) not in docstrings]


def test_no_message_sends_the_user_to_a_repository_document() -> None:
    offenders = []
    for path in sorted((ROOT / "lmt_tracker").rglob("*.py")):
        if path.name in ALLOWED or "migrations" in path.parts:
            continue
        offenders += [f"{path.relative_to(ROOT)}: {s[:60]!r}" for s in _strings(path)
                      if re.search(r"docs/[\w-]+\.md", s)]
    assert offenders == []
