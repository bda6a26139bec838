"""Write the frozen records' ``__init__``, ``__eq__`` and ``__hash__`` ahead of time.

``lmt_tracker.domain.core.frozen.frozen_record`` takes these methods of each frozen
record from the modules written here, so that no start compiles them (issue 17). Each
is what ``dataclass(frozen=True, slots=True)`` would compile: ``__init__`` sets the
fields in order with ``object.__setattr__``, defaults taken from the class itself when
the module is imported, a default factory called when its parameter is left out;
``__eq__`` compares, and ``__hash__`` hashes, the tuple of the fields that take part.

Run after changing a class in one of ``SOURCES``: ``python tools/make_record_methods.py``
(``--check``: exit 1 when a written module is out of date, as the test does).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = "lmt_tracker/domain/core"
PACKAGE = "lmt_tracker.domain.core"
#: Each written module's name and the modules whose frozen slotted dataclasses it holds
#: (every one there must be a ``frozen_record``: the test checks each is made from it).
#: A module longer than ``MAX_LINES`` continues in ``NAME_2.py``, ``NAME_3.py``...
SOURCES = {
    "records_methods": ("lmt_tracker.domain.core.records",),
    "rules_methods": ("lmt_tracker.domain.core.rules",),
    "judgement_methods": (
        "lmt_tracker.domain.core.findings", "lmt_tracker.domain.core.overrides",
        "lmt_tracker.domain.core.rules_age", "lmt_tracker.domain.renewal.allocation",
        "lmt_tracker.domain.renewal.ce_period", "lmt_tracker.domain.renewal.compliance",
        "lmt_tracker.domain.renewal.cycles", "lmt_tracker.domain.renewal.lines",
        "lmt_tracker.domain.renewal.problem", "lmt_tracker.domain.renewal.requirement",
        "lmt_tracker.domain.renewal.result", "lmt_tracker.domain.status"),
}
#: The module that gathers them for ``frozen``.
INDEX = "written_methods"
MAX_LINES = 380  # tests/test_structure.py allows 400

HEADER = '''# mypy: disable-error-code="no-untyped-def"
"""Methods of each frozen record of these modules, written ahead:

{modules}

Written by ``tools/make_record_methods.py``: do not edit, run it again after changing a
class there. ``lmt_tracker.domain.core.frozen`` explains why.
"""
'''

INDEX_TEXT = '''"""Every written-ahead record method, by ``module.qualname`` (``frozen`` reads it).

Written by ``tools/make_record_methods.py``: do not edit.
"""

{imports}

INITS = {{{merged}}}
'''


def render_all() -> dict[str, str]:
    """Every written module's text by its path (inside the checkout), the index too."""
    texts: dict[str, str] = {}
    for stem, module_names in SOURCES.items():
        listed = "\n".join(f"- ``{name}``" for name in module_names)
        header = HEADER.format(modules=listed)
        chunks = list(_chunks(module_names))
        files: list[list[tuple[str, str, str]]] = [[]]
        lines = header.count("\n") + 4
        for chunk in chunks:
            size = chunk[2].count("\n") + 2
            if files[-1] and lines + size > MAX_LINES:
                files.append([])
                lines = header.count("\n") + 4
            files[-1].append(chunk)
            lines += size
        for n, held in enumerate(files, start=1):
            name = stem if n == 1 else f"{stem}_{n}"
            entries = "".join(f"\n    {key!r}:\n        {function},"
                              for key, function, _ in held)
            texts[f"{FOLDER}/{name}.py"] = (header + "".join(text for _, _, text in held)
                                            + f"\n\nINITS = {{{entries}\n}}\n")
    names = sorted(Path(path).stem for path in texts)
    imports = f"from {PACKAGE} import (\n" + "".join(f"    {n},\n" for n in names) + ")"
    merged = "".join(f"\n    **{name}.INITS," for name in names) + "\n"
    texts[f"{FOLDER}/{INDEX}.py"] = INDEX_TEXT.format(imports=imports, merged=merged)
    return texts


def _chunks(module_names: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """(key, function name, source) of each class of ``module_names`` to write."""
    for module_name in module_names:
        module = importlib.import_module(module_name)
        for cls in vars(module).values():
            if not (isinstance(cls, type) and cls.__module__ == module_name
                    and dataclasses.is_dataclass(cls) and "__slots__" in vars(cls)
                    and cls.__dataclass_params__.frozen):  # type: ignore[attr-defined]
                continue
            fields = dataclasses.fields(cls)
            if any(not f.init or f.kw_only is True or shape_name_clash(f.name)
                   for f in fields):
                continue
            function = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_",
                              cls.__qualname__).lower().lstrip("_")
            if len(module_names) > 1:
                function = f"{module_name.rpartition('.')[2]}_{function}"
            yield f"{module_name}.{cls.__qualname__}", function, _function(function, fields)


def shape_name_clash(name: str) -> bool:
    """Names the written code uses for itself (``frozen.shape`` refuses them too)."""
    return name.startswith("_") or name == "self"


def _function(function: str, fields: tuple[dataclasses.Field[object], ...]) -> str:
    parameters = []
    lines = []
    for f in fields:
        if f.default_factory is not dataclasses.MISSING:
            parameters.append(f"{f.name}=_FACTORY")
            lines.append(f"_put(self, {f.name!r}, "
                         f"_factories[{f.name!r}]() if {f.name} is _FACTORY else {f.name})")
        else:
            parameters.append(f.name if f.default is dataclasses.MISSING
                              else f"{f.name}=_defaults[{f.name!r}]")
            lines.append(f"_put(self, {f.name!r}, {f.name})")
    signature = _wrap("    def __init__(", ", ".join(["self", *parameters]) + "):")
    body = "".join(f"        {line}\n" for line in lines) or "        pass\n"
    compared = [f.name for f in fields if f.compare]
    hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
    equal = _wrap("            return (", f"{_tuple('self', compared)} == "
                  f"{_tuple('other', compared)})")
    hash_ = _wrap("        return hash(", _tuple("self", hashed) + ")")
    return (f"\n\ndef {function}(_defaults, _factories, _FACTORY, _put):\n"
            f"{signature}\n{body}\n"
            f"    def __eq__(self, other):\n"
            f"        if other.__class__ is self.__class__:\n{equal}\n"
            f"        return NotImplemented\n\n"
            f"    def __hash__(self):\n{hash_}\n\n"
            f"    return __init__, __eq__, __hash__\n")


def _tuple(name: str, fields: list[str]) -> str:
    """``(self.a, self.b,)`` as ``dataclasses`` writes it."""
    return "(" + "".join(f"{name}.{field}, " for field in fields).rstrip() + ")"


def _wrap(start: str, text: str) -> str:
    """``start + text`` in lines of at most 96 characters, continued under ``start``'s
    bracket."""
    return textwrap.fill(text, width=96, initial_indent=start,
                         subsequent_indent=" " * len(start), break_long_words=False,
                         break_on_hyphens=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a written module is out of date")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    texts = render_all()
    stale = [path for path, text in texts.items()
             if not (ROOT / path).exists() or (ROOT / path).read_text(encoding="utf-8") != text]
    if not options.check:
        for path in stale:
            (ROOT / path).write_text(texts[path], encoding="utf-8")
    for path in stale:
        print(f"{'out of date' if options.check else 'written'}: {path}")
    return 1 if options.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
