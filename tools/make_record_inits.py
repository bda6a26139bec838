"""Write the records' and rules' ``__init__`` methods ahead of time.

``lmt_tracker.domain.core.frozen.frozen_record`` takes each frozen record's ``__init__``
from a module written here, so that no start compiles it (issue 17). Each is what
``dataclass(frozen=True, slots=True)`` would compile: the fields in order, set with
``object.__setattr__``, defaults taken from the class itself when the module is
imported, a default factory called when its parameter is left out.

Run after changing a class in one of ``SOURCES``: ``python tools/make_record_inits.py``
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
#: Each written module and the modules whose ``frozen_record`` classes it holds (every
#: frozen slotted dataclass there must be one: the test checks each is made from it).
SOURCES = {
    "lmt_tracker/domain/core/records_inits.py": ("lmt_tracker.domain.core.records",),
    "lmt_tracker/domain/core/rules_inits.py": ("lmt_tracker.domain.core.rules",),
    "lmt_tracker/domain/core/judgement_inits.py": (
        "lmt_tracker.domain.core.findings", "lmt_tracker.domain.core.overrides",
        "lmt_tracker.domain.core.rules_age", "lmt_tracker.domain.renewal.allocation",
        "lmt_tracker.domain.renewal.ce_period", "lmt_tracker.domain.renewal.compliance",
        "lmt_tracker.domain.renewal.cycles", "lmt_tracker.domain.renewal.lines",
        "lmt_tracker.domain.renewal.problem", "lmt_tracker.domain.renewal.requirement",
        "lmt_tracker.domain.renewal.result", "lmt_tracker.domain.status"),
}

HEADER = '''# mypy: disable-error-code="no-untyped-def"
"""``__init__`` of each frozen record of these modules, written ahead:

{modules}

Written by ``tools/make_record_inits.py``: do not edit, run it again after changing a
class there. ``lmt_tracker.domain.core.frozen`` explains why.
"""
'''


def render(module_names: tuple[str, ...]) -> str:
    """The ``*_inits`` module for the ``frozen_record`` classes of ``module_names``."""
    makers: dict[str, str] = {}
    listed = "\n".join(f"- ``{name}``" for name in module_names)
    parts = [HEADER.format(modules=listed)]
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
            makers[f"{module_name}.{cls.__qualname__}"] = function
            parts.append(_function(function, fields))
    entries = "".join(f"\n    {name!r}:\n        {function}," for name, function in makers.items())
    parts.append(f"\n\nINITS = {{{entries}\n}}\n")
    return "".join(parts)


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
    signature = textwrap.fill(", ".join(["self", *parameters]), width=86,
                              initial_indent="    def __init__(",
                              subsequent_indent=" " * 17, break_long_words=False,
                              break_on_hyphens=False)
    body = "".join(f"        {line}\n" for line in lines) or "        pass\n"
    return (f"\n\ndef {function}(_defaults, _factories, _FACTORY, _put):\n"
            f"{signature}):\n{body}    return __init__\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a written module is out of date")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    stale = []
    for path, module_names in SOURCES.items():
        text = render(module_names)
        target = ROOT / path
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not options.check:
            target.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{'out of date' if options.check else 'written'}: {path}")
    return 1 if options.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
