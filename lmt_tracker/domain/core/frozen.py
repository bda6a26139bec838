"""Frozen, slotted dataclasses that cost nothing to define at start-up.

``@dataclass(frozen=True, slots=True)`` writes the source of six methods per class and
compiles each with ``exec`` every time the module is imported: about 0.6 ms a class on
Python 3.11, some 20 ms for the records and the rules, all paid before the dashboard's
first judgement (issue 17). ``frozen_record`` makes the same class without compiling
anything: ``dataclasses`` still collects the fields and builds the slotted class (so
``fields``, ``replace``, ``asdict`` and ``is_dataclass`` work as before); ``__init__``,
``__eq__`` and ``__hash__`` come from modules written ahead by
``tools/make_record_methods.py`` (``*_methods.py`` here, compiled once into their ``.pyc``
like any module, and as fast as the generated ones: these three run per record); the
frozen guard, ``repr`` and pickling are shared functions bound to the field names,
doing what the generated ones do.

A class the written-ahead ``__init__`` does not match (a field added, renamed, moved,
given or losing a default since it was written) is made by
``dataclass(frozen=True, slots=True)`` itself, and an ``__eq__``/``__hash__`` reading
other fields than those that now take part is replaced by a shared one: a stale module
costs time, never behaviour, and ``tests/test_frozen_records.py`` fails until
``tools/make_record_methods.py`` is run again.
"""

from __future__ import annotations

import dataclasses
from _thread import get_ident
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


class Factory:
    """The default of an ``__init__`` parameter whose field has a ``default_factory``."""

    def __repr__(self) -> str:
        return "<factory>"  # as ``dataclasses`` shows it in a signature


FACTORY = Factory()

#: ``module.qualname`` → the function that makes the class's ``__init__``, ``__eq__`` and
#: ``__hash__`` from its defaults, its default factories, ``FACTORY`` and
#: ``object.__setattr__``.
INITS: dict[str, Callable[..., tuple[Callable[..., Any], ...]]] = {}
try:
    from lmt_tracker.domain.core.written_methods import INITS as _WRITTEN
except ImportError:  # a written module missing: dataclasses makes every class (slower)
    pass
else:
    INITS.update(_WRITTEN)

# What ``dataclasses`` records of a frozen dataclass's options (read when a dataclass
# subclasses one: frozen must stay frozen), taken from a real one for this Python.
_PARAMS = dataclasses.dataclass(frozen=True, slots=True)(
    type("Probe", (), {"__module__": __name__})).__dataclass_params__  # type: ignore[attr-defined]


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def frozen_record(cls: type[T]) -> type[T]:
    """``@dataclass(frozen=True, slots=True)``, its per-record methods compiled ahead."""
    make = INITS.get(f"{cls.__module__}.{cls.__qualname__}")
    declared = shape(cls)
    if make is None or declared is None:
        return dataclasses.dataclass(frozen=True, slots=True)(cls)
    namespace = vars(cls)
    defaults: dict[str, Any] = {}
    factories: dict[str, Callable[[], Any]] = {}
    compared, hashed = [], []
    annotations = namespace.get("__annotations__", {})
    for name in annotations:
        value = namespace.get(name, dataclasses.MISSING)
        compare, hashes = True, None
        if isinstance(value, dataclasses.Field):
            if value.default_factory is not dataclasses.MISSING:
                factories[name] = value.default_factory
            compare, hashes = value.compare, value.hash
            value = value.default
        if value is not dataclasses.MISSING:
            defaults[name] = value
        compared += [name] if compare else []
        hashed += [name] if (compare if hashes is None else hashes) else []
    try:
        init, eq, hash_ = make(defaults, factories, FACTORY, object.__setattr__)
    except KeyError:  # written when a field that has no default now had one
        return dataclasses.dataclass(frozen=True, slots=True)(cls)
    if signature_shape(init) != declared:
        return dataclasses.dataclass(frozen=True, slots=True)(cls)
    init.__annotations__ = {**annotations, "return": None}
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    # Set before ``dataclasses`` runs: a class without a docstring gets its signature, and
    # methods in the class's own namespace when the slotted class is made run fastest.
    cls.__init__ = init  # type: ignore[method-assign]
    if "__eq__" not in namespace and _reads(eq, "__class__", "NotImplemented") == compared:
        _name(cls, eq)
        cls.__eq__ = eq  # type: ignore[method-assign]
        if _reads(hash_, "hash") == hashed:  # else the shared one, below
            _name(cls, hash_)
            cls.__hash__ = hash_  # type: ignore[method-assign]
    made = dataclasses.dataclass(init=False, repr=False, eq=False, slots=True)(cls)
    _add_frozen_methods(made)
    return made


def shape(cls: type) -> str | None:
    """The ``__init__`` a class's own annotations declare, as ``"a b= c=*"`` (``=``: a
    default, ``=*``: a default factory); None when only ``dataclasses`` may make it (a
    dataclass base, ``__post_init__``, ``ClassVar``/``InitVar``/``KW_ONLY``, a field
    kept out of ``__init__`` or keyword-only, a name the written-ahead code uses)."""
    namespace = vars(cls)
    if hasattr(cls, "__dataclass_fields__") or hasattr(cls, "__post_init__"):
        return None
    words = []
    for name, annotation in namespace.get("__annotations__", {}).items():
        if any(word in str(annotation) for word in ("ClassVar", "InitVar", "KW_ONLY")):
            return None
        if name.startswith("_") or name == "self":
            return None
        value = namespace.get(name, dataclasses.MISSING)
        if isinstance(value, dataclasses.Field):
            if not value.init or value.kw_only is True:
                return None
            mark = ("=*" if value.default_factory is not dataclasses.MISSING
                    else "" if value.default is dataclasses.MISSING else "=")
        else:
            mark = "" if value is dataclasses.MISSING else "="
        words.append(name + mark)
    return " ".join(words)


def signature_shape(init: Callable[..., None]) -> str:
    """The shape (as ``shape``) of a written-ahead ``__init__``, read from its code."""
    code = init.__code__
    names = code.co_varnames[1:code.co_argcount]  # after self
    given = init.__defaults__ or ()
    marks = [""] * (len(names) - len(given)) + ["=*" if d is FACTORY else "=" for d in given]
    return " ".join(name + mark for name, mark in zip(names, marks, strict=True))


def _name(cls: type, method: Callable[..., Any]) -> None:
    method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"


def _add_frozen_methods(cls: type) -> None:
    """What ``dataclass(frozen=True)`` adds besides ``__init__`` and what the class holds
    already (its own or the written-ahead ``__eq__`` and ``__hash__``): shared functions
    bound to the class's field names, not compiled."""
    fields = dataclasses.fields(cls)
    names = tuple(f.name for f in fields)
    compared = _values([f.name for f in fields if f.compare])
    hashed = _values([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
    shown = tuple(f.name for f in fields if f.repr)
    running: set[tuple[int, int]] = set()

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)  # type: ignore[arg-type]

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)  # type: ignore[arg-type]

    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    def __repr__(self: Any) -> str:
        key = id(self), get_ident()
        if key in running:  # a record that holds itself
            return "..."
        running.add(key)
        try:
            inside = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        finally:
            running.discard(key)
        return f"{self.__class__.__qualname__}({inside})"

    def __getstate__(self: Any) -> list[Any]:
        return [getattr(self, name) for name in names]

    def __setstate__(self: Any, state: Iterable[Any]) -> None:
        for name, value in zip(names, state, strict=False):
            object.__setattr__(self, name, value)

    own = vars(cls)
    for method in (__setattr__, __delattr__):
        if method.__name__ in own:
            raise TypeError(f"Cannot overwrite attribute {method.__name__} in class "
                            f"{cls.__name__}")
    added: list[Callable[..., Any]] = [__setattr__, __delattr__]
    # As dataclasses: a method the class writes itself stays (a ``__hash__`` too, unless
    # it is the None Python puts beside a class's own ``__eq__``).
    added += [m for m in (__eq__, __repr__, __getstate__, __setstate__)
              if m.__name__ not in own]
    if "__hash__" not in own or (own["__hash__"] is None and "__eq__" in own):
        added.append(__hash__)
    for method in added:
        _name(cls, method)
        setattr(cls, method.__name__, method)
    cls.__dataclass_params__ = _PARAMS  # type: ignore[attr-defined]


def _reads(method: Callable[..., Any], *other_names: str) -> list[str]:
    """The attributes a written-ahead method reads, in order (its code's names less the
    others it uses): a stale one reads other fields and is not used."""
    return [name for name in method.__code__.co_names if name not in other_names]


def _values(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple ``(self.a, self.b, ...)`` the generated ``__eq__`` and ``__hash__`` build."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        get = attrgetter(names[0])
        return lambda record: (get(record),)
    return lambda record: ()
