"""The records and rules made by ``frozen_record`` are the classes ``dataclass`` made.

``lmt_tracker.domain.core.frozen`` builds each frozen record without compiling its
methods at start-up (issue 17). These tests hold it to its promise: each class behaves
as ``@dataclass(frozen=True, slots=True)`` makes it (the reference is the same module's
source with that decorator put back), the written-ahead ``__init__`` modules are those
``tools/make_record_methods.py`` writes today, and a class they no longer match is made by
``dataclasses`` itself.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib.util
import inspect
import pickle
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from lmt_tracker.domain import status
from lmt_tracker.domain.core import findings, frozen, records, rules

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_record_methods",
                                                  ROOT / "tools" / "make_record_methods.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


MODULES = [importlib.import_module(name) for names in _tool().SOURCES.values()
           for name in names]


def _reference(module: ModuleType) -> ModuleType:
    """``module`` as ``@dataclass(frozen=True, slots=True)`` makes it."""
    source = Path(module.__file__ or "").read_text(encoding="utf-8")
    line = "from lmt_tracker.domain.core.frozen import frozen_record\n"
    assert line in source
    source = source.replace(line, "import dataclasses as _dataclasses\n"
                            "frozen_record = _dataclasses.dataclass(frozen=True, slots=True)\n")
    name = f"reference_{module.__name__.rpartition('.')[2]}"
    made = ModuleType(name)
    sys.modules[name] = made  # dataclasses reads the module of string annotations
    try:
        exec(compile(source, module.__file__ or name, "exec"), made.__dict__)
    finally:
        del sys.modules[name]
    return made


def _written_ahead() -> list[tuple[type, type]]:
    """Every class with a written-ahead ``__init__``, beside its reference."""
    pairs = []
    for module in MODULES:
        reference = _reference(module)
        for key in frozen.INITS:
            owner, _, name = key.rpartition(".")
            if owner == module.__name__:
                pairs.append((getattr(module, name), getattr(reference, name)))
    return pairs


PAIRS = _written_ahead()


def test_the_written_ahead_methods_are_those_the_tool_writes_today() -> None:
    tool = _tool()
    texts = tool.render_all()
    for path, text in texts.items():
        assert (ROOT / path).read_text(encoding="utf-8") == text, (
            f"{path} is out of date: run python tools/make_record_methods.py")
        assert text.count("\n") <= 400, path  # tests/test_structure.py's limit
    written = {str(p.relative_to(ROOT)) for p in (ROOT / tool.FOLDER).glob("*_methods*.py")}
    assert written == set(texts)  # none left over from an earlier run


def test_every_frozen_slotted_record_and_rule_is_made_without_compiling_a_method() -> None:
    """No ``exec``'d method (file ``<string>``) is left: all came from a ``.py`` file."""
    made = [cls for cls, _ in PAIRS]
    # records.py's slotted records, all of rules.py, and the judgement's frozen records
    assert len(made) >= 48
    assert {records.Course, records.Credential, rules.CERule, rules.Jurisdiction,
            findings.Finding, status.CredentialStatus} <= set(made)
    declared = [cls for module in MODULES for cls in vars(module).values()
                if isinstance(cls, type) and cls.__module__ == module.__name__
                and "__slots__" in vars(cls) and dataclasses.is_dataclass(cls)]
    fix = "declare it @frozen_record and run python tools/make_record_methods.py"
    assert sorted(map(repr, declared)) == sorted(map(repr, made)), fix  # none left behind
    for cls in made:
        for name in ("__init__", "__eq__", "__hash__", "__repr__", "__setattr__",
                     "__delattr__", "__getstate__", "__setstate__"):
            code = getattr(cls, name).__code__
            assert code.co_filename != "<string>", (cls, name, fix)
        for name in ("__init__", "__eq__", "__hash__"):  # the compiled-ahead ones
            assert "_methods" in getattr(cls, name).__code__.co_filename, (cls, name, fix)


def _values(cls: type, offset: int = 0) -> list[Any]:
    """A distinct, hashable value for every field."""
    return [f"{f.name}-{offset}" for f in dataclasses.fields(cls)]


@pytest.mark.parametrize(("ours", "reference"), PAIRS, ids=[c.__name__ for c, _ in PAIRS])
def test_each_class_is_what_dataclass_makes(ours: type, reference: type) -> None:
    def described(f: dataclasses.Field[Any]) -> tuple[Any, ...]:
        made = f.default_factory
        return (f.name, f.type, f.default, getattr(made, "__name__", made), f.init, f.repr,
                f.hash, f.compare, dict(f.metadata), f.kw_only)

    assert [described(f) for f in dataclasses.fields(ours)] == [
        described(f) for f in dataclasses.fields(reference)]
    assert str(inspect.signature(ours)) == str(inspect.signature(reference))
    assert ours.__doc__ == reference.__doc__
    for name in ("__slots__", "__match_args__", "__qualname__"):
        assert getattr(ours, name) == getattr(reference, name), name
    assert repr(ours.__dataclass_params__) == repr(reference.__dataclass_params__)

    values = _values(ours)
    one, theirs = ours(*values), reference(*values)
    same = ours(**dict(zip(ours.__match_args__, values, strict=True)))
    assert repr(one) == repr(theirs)
    assert one == same and (one != same) is False and hash(one) == hash(same) == hash(theirs)
    assert dataclasses.asdict(one) == dataclasses.asdict(theirs)
    assert one.__getstate__() == theirs.__getstate__()
    for back in (pickle.loads(pickle.dumps(one)), copy.copy(one), copy.deepcopy(one)):
        assert back == one and type(back) is ours and repr(back) == repr(one)

    for f in dataclasses.fields(ours):
        other = dataclasses.replace(one, **{f.name: "changed"})
        assert (other == one) is (not f.compare), f.name
        assert (hash(other) == hash(one)) is (not f.compare), f.name
        assert repr(other) == repr(dataclasses.replace(theirs, **{f.name: "changed"}))
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(one, f.name, "changed")
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(one, f.name)
    assert one == same and one != object() and (one == theirs) is False

    required = [f.name for f in dataclasses.fields(ours)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    bare = ours(**{name: name for name in required})
    assert repr(bare) == repr(reference(**{name: name for name in required}))
    with pytest.raises(TypeError):
        ours(*values, "one too many")
    with pytest.raises(TypeError):
        ours(**{name: name for name in required}, not_a_field=1)
    if required:
        with pytest.raises(TypeError):
            ours()


def test_a_default_factory_is_called_for_each_record_that_leaves_its_field_out() -> None:
    made: list[dict[str, Any]] = []

    def fresh() -> dict[str, Any]:
        made.append({})
        return made[-1]

    seen: dict[str, Any] = {}
    defaults = {f.name: f.default for f in dataclasses.fields(rules.RenewalRule)
                if f.default is not dataclasses.MISSING}
    init, _, _ = frozen.INITS["lmt_tracker.domain.core.rules.RenewalRule"](
        defaults, {"unknown": fresh}, frozen.FACTORY,
        lambda _self, name, value: seen.update({name: value}))
    required = [p.name for p in inspect.signature(init).parameters.values()
                if p.default is inspect.Parameter.empty][1:]
    assert "unknown=<factory>" in str(inspect.signature(init))
    init(None, *required)
    init(None, *required)
    assert len(made) == 2 and made[0] is not made[1] and seen["unknown"] is made[1]
    init(None, *required, unknown="given")
    assert len(made) == 2 and seen["unknown"] == "given"


def test_a_record_that_holds_itself_shows_dots_as_dataclass_does() -> None:
    ours = records.TopicHours("massage", records.ZERO)
    theirs = _reference(records).TopicHours("massage", records.ZERO)
    for record in (ours, theirs):
        object.__setattr__(record, "topic", record)
    assert repr(ours) == repr(theirs) == "TopicHours(topic=..., hours=Decimal('0'))"


def test_a_class_its_written_init_no_longer_matches_is_made_by_dataclasses(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A field added after the last run of the tool: slower to define, never wrong."""
    key = f"{__name__}.test_a_class_its_written_init_no_longer_matches_is_made_by_dataclasses" \
          ".<locals>.Stale"
    monkeypatch.setitem(frozen.INITS, key, frozen.INITS["lmt_tracker.domain.core.records.School"])

    @frozen.frozen_record
    class Stale:
        id: int
        name: str
        added: str = "new"

    record = Stale(1, "x")
    assert record.added == "new" and record == Stale(1, "x", "new") != Stale(1, "x", "other")
    assert Stale.__init__.__code__.co_filename == "<string>"  # dataclasses compiled it
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.added = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_a_written_eq_or_hash_reading_other_fields_is_not_used(monkeypatch: pytest.MonkeyPatch,
                                                               count: int) -> None:
    """A stale ``__eq__``/``__hash__`` (written for fields since renamed) is replaced by the
    shared ones, which compare as ``dataclasses`` does with no field, one, or several."""
    names = ["first", "second", "third"][:count]

    def make(_defaults: Any, _factories: Any, _factory: Any, put: Any) -> Any:
        def __init__(self: Any, *values: Any) -> None:
            for name, value in zip(names, values, strict=True):
                put(self, name, value)

        def __eq__(self: Any, other: Any) -> bool:
            return bool(self.renamed == other.renamed)

        def __hash__(self: Any) -> int:
            return hash(self.renamed)

        return __init__, __eq__, __hash__

    namespace = {"__annotations__": dict.fromkeys(names, "int"), "__module__": __name__,
                 "__qualname__": f"Small{count}"}
    monkeypatch.setitem(frozen.INITS, f"{__name__}.Small{count}", make)
    monkeypatch.setattr(frozen, "signature_shape", lambda init: " ".join(names))
    ours = frozen.frozen_record(type(f"Small{count}", (), dict(namespace)))
    theirs = dataclasses.dataclass(frozen=True, slots=True)(
        type(f"Small{count}", (), dict(namespace)))
    assert ours.__init__.__code__.co_filename == __file__  # made from ``make``
    assert ours.__eq__.__code__.co_filename == frozen.__file__
    assert ours.__hash__.__code__.co_filename == frozen.__file__
    values = [7, 8, 9][:count]
    assert ours(*values) == ours(*values) and repr(ours(*values)) == repr(theirs(*values))
    assert hash(ours(*values)) == hash(theirs(*values))
    if names:
        assert ours(*values) != ours(*[v + 1 for v in values])
