"""The layering rule: only gui/ imports Qt; domain/ imports no storage, Qt or PDF code."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "lmt_tracker"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def offenders(folder: Path, forbidden: tuple[str, ...], skip: str | None = None) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).as_posix()
        if skip and relative.startswith(skip):
            continue
        for name in imported_modules(path):
            if name.split(".")[0] in forbidden:
                found.append(f"{relative} imports {name}")
    return found


def test_only_gui_imports_qt() -> None:
    assert offenders(PACKAGE, ("PySide6", "shiboken6"), skip="lmt_tracker/gui/") == []


def test_domain_is_pure() -> None:
    forbidden = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "reportlab", "pypdf", "PIL")
    assert offenders(PACKAGE / "domain", forbidden) == []


def test_domain_does_no_io() -> None:
    assert offenders(PACKAGE / "domain", ("sqlite3", "os", "pathlib", "tomllib", "json")) == []


def test_the_checker_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("import PySide6.QtCore\nfrom sqlalchemy import select\n")
    assert imported_modules(sample) == {"PySide6.QtCore", "sqlalchemy"}
