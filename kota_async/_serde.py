"""The one cattrs converter: every model goes to and from JSON through here.

Generated models are plain attrs classes that carry no (de)serialization code of their own;
this module teaches one `cattrs.Converter` the API's rules once, and cattrs compiles a
specialised function per class from them:

- wire names: a field whose Python name differs from its JSON name carries
  `metadata={"json": "<wire name>"}`;
- `UNSET` (absent) is not `None` (null): absent keys become `UNSET`, and `UNSET` fields are
  left out when encoding;
- dates and date-times are ISO 8601 strings on the wire;
- forward compatibility: unknown keys are kept in `additional_properties` (and sent back when
  re-encoded); unknown enum values become pseudo-members instead of errors (the generated
  enums' `_missing_` does that);
- strictness: a string where the spec says integer, or a list where it says object, is an
  error naming the JSON path, never silently coerced.

The same rules validate what users pass in (a nested object may be given as its model or as a
plain dict), so a bad argument fails before anything is sent, with the field named.
"""

from __future__ import annotations

import datetime as _dt
import enum
import importlib
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, Union, get_args, get_origin
from urllib.parse import quote
from uuid import UUID

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from kota_async._compiled import compile_encoder, compile_structure
from kota_async._generated.types import UNSET, Unset

T = TypeVar("T")

_MODELS_PACKAGE = "kota_async._generated.models"
_EXTRA = "additional_properties"
_NONE_TYPE = type(None)

__all__ = [
    "ShapeError",
    "converter",
    "decode",
    "encode",
    "encode_body",
    "encode_query",
    "format_path",
]


class ShapeError(ValueError):
    """Data did not have the shape the spec documents; the message names the JSON path."""


def _fail(value: object, expected: str) -> typing.NoReturn:
    raise TypeError(f"expected {expected}, got {type(value).__name__}")


def _structure_str(value: Any, cls: Any) -> str:
    if cls is not str:  # cattrs dispatches StrEnum subclasses here too
        return _structure_enum(value, cls)  # type: ignore[no-any-return]
    if type(value) is str:
        return value
    _fail(value, "a string")


def _structure_int(value: Any, cls: Any) -> int:
    if cls is not int:  # IntEnum subclasses
        return _structure_enum(value, cls)  # type: ignore[no-any-return]
    if type(value) is int:
        return value
    _fail(value, "an integer")


def _structure_float(value: Any, _: Any) -> float:
    if type(value) is float or type(value) is int:
        return float(value)
    _fail(value, "a number")


def _structure_bool(value: Any, _: Any) -> bool:
    if type(value) is bool:
        return value
    _fail(value, "a boolean")


def _structure_datetime(value: Any, _: Any) -> _dt.datetime:
    if isinstance(value, _dt.datetime):
        return value
    if type(value) is str:
        return _dt.datetime.fromisoformat(value)
    _fail(value, "an ISO 8601 date-time string")


def _structure_date(value: Any, _: Any) -> _dt.date:
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value
    if type(value) is str:
        return _dt.date.fromisoformat(value)
    _fail(value, "an ISO 8601 date string")


def _structure_any(value: Any, _: Any) -> Any:
    return value


def _structure_uuid(value: Any, _: Any) -> UUID:
    if isinstance(value, UUID):
        return value
    if type(value) is str:
        return UUID(value)
    _fail(value, "a UUID string")


class _LazyModels(dict[str, Any]):
    """Resolves the forward references of generated models by importing them on demand.

    Models name each other in string annotations (some refer to themselves or form cycles),
    and the models package imports nothing eagerly; `typing.get_type_hints` looks names up
    here first and falls back to the model module's own globals when we raise KeyError.
    """

    def __missing__(self, key: str) -> Any:
        package = importlib.import_module(_MODELS_PACKAGE)
        try:
            value = getattr(package, key)
        except AttributeError:
            raise KeyError(key) from None
        self[key] = value
        return value


_LAZY_MODELS = _LazyModels()


def _is_model(cls: Any) -> bool:
    return isinstance(cls, type) and attrs.has(cls)


def _wire_name(field: attrs.Attribute[Any]) -> str:
    return str(field.metadata.get("json", field.name))


def _resolve(cls: type[Any]) -> tuple[attrs.Attribute[Any], ...]:
    attrs.resolve_types(cls, localns=_LAZY_MODELS)
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cls)
    return fields


def _structure_model_factory(cls: type[Any], conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    fields = _resolve(cls)
    overrides = {
        f.name: override(rename=_wire_name(f), omit=f.name == _EXTRA)
        for f in fields
        if f.name == _EXTRA or _wire_name(f) != f.name
    }
    base = make_dict_structure_fn(cls, conv, **overrides)  # type: ignore[arg-type]
    known = frozenset(_wire_name(f) for f in fields if f.name != _EXTRA)
    keeps_extra = any(f.name == _EXTRA for f in fields)

    def structure(value: Any, _: Any) -> Any:
        if type(value) is cls:
            return value
        if type(value) is not dict and not isinstance(value, Mapping):
            _fail(value, f"an object ({cls.__name__})")
        obj = base(value, cls)
        if keeps_extra and not known.issuperset(value):
            setattr(obj, _EXTRA, {k: v for k, v in value.items() if k not in known})
        return obj

    return structure


def _compiled_model_factory(cls: type[Any], conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    return compile_structure(
        cls,
        _resolve(cls),
        wire_name=_wire_name,
        hook_for=conv.get_structure_hook,
        fail=_fail,
        enum_hook=_structure_enum,
    )


def _unstructure_model_factory(cls: type[Any], conv: cattrs.Converter) -> Callable[[Any], Any]:
    fields = _resolve(cls)
    overrides: dict[str, Any] = {}
    for f in fields:
        if f.name == _EXTRA:
            overrides[f.name] = override(omit=True)
        elif f.default is UNSET:
            overrides[f.name] = override(rename=_wire_name(f), omit_if_default=True)
        elif _wire_name(f) != f.name:
            overrides[f.name] = override(rename=_wire_name(f))
    base = make_dict_unstructure_fn(cls, conv, **overrides)
    keeps_extra = any(f.name == _EXTRA for f in fields)

    def unstructure(obj: Any) -> Any:
        data = base(obj)
        if keeps_extra:
            extra = getattr(obj, _EXTRA)
            if extra:
                return {**extra, **data}
        return data

    return unstructure


def _is_union(tp: Any) -> bool:
    origin = get_origin(tp)
    return origin is Union or origin is types.UnionType


def _structure_union_factory(tp: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """Unions in generated models are `X | None | Unset` shapes (the spec has no oneOf).

    `Unset` never comes off the wire (absent keys take the field default), but the caller's
    arguments carry it for what they left out, so it passes through as itself; `None` is
    checked next; what remains is one type, tried directly. Should the spec ever grow real
    unions, members are tried in declared order and the first that fits wins.
    """
    members = list(get_args(tp))
    if Unset in members:
        inner = _union_hook([a for a in members if a is not Unset], conv)

        def unset_or(value: Any, member: Any) -> Any:
            return UNSET if value is UNSET else inner(value, member)

        return unset_or
    return _union_hook(members, conv)


def _union_hook(members: list[Any], conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    nullable = _NONE_TYPE in members
    members = [a for a in members if a is not _NONE_TYPE]
    if len(members) == 1:
        return _single_member_hook(members[0], nullable, conv)
    hooks = [(m, conv.get_structure_hook(m)) for m in members]

    def structure_any_of(value: Any, _: Any) -> Any:
        if value is None and nullable:
            return None
        errors: list[str] = []
        for member, hook in hooks:
            try:
                return hook(value, member)
            except Exception as exc:  # the next member may fit
                errors.append(f"{_describe(member)}: {exc}")
        raise TypeError("matched none of " + "; ".join(errors))

    return structure_any_of


_PRIMITIVES: dict[type, tuple[type, ...]] = {
    str: (str,),
    int: (int,),
    bool: (bool,),
    float: (float, int),
}


def _single_member_hook(
    member: Any, nullable: bool, conv: cattrs.Converter
) -> Callable[[Any, Any], Any]:
    """One function per optional field, with the common cases inlined: decoding is mostly
    optional strings and enums, and an extra call layer per field is measurable."""
    expected = _describe(member)
    allowed = _PRIMITIVES.get(member)
    if allowed is not None:
        to_float = member is float

        def primitive(value: Any, _: Any) -> Any:
            if type(value) in allowed:
                return float(value) if to_float else value
            if value is None and nullable:
                return None
            _fail(value, expected)

        return primitive

    if isinstance(member, type) and issubclass(member, enum.Enum):
        members = member._value2member_map_

        def enumeration(value: Any, _: Any) -> Any:
            if type(value) is str or type(value) is int:
                found = members.get(value)
                if found is not None:
                    return found
            if value is None and nullable:
                return None
            return _structure_enum(value, member)

        return enumeration

    hook = conv.get_structure_hook(member)

    def other(value: Any, _: Any) -> Any:
        if value is None:
            if nullable:
                return None
            _fail(value, expected)
        return hook(value, member)

    return other


def _describe(tp: Any) -> str:
    return getattr(tp, "__name__", str(tp))


def _structure_list_factory(tp: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    (item,) = get_args(tp) or (Any,)
    hook = conv.get_structure_hook(item)

    def structure(value: Any, _: Any) -> list[Any]:
        if type(value) is not list and type(value) is not tuple:
            _fail(value, "an array")
        out = []
        for index, element in enumerate(value):
            try:
                out.append(hook(element, item))
            except Exception as exc:
                exc.add_note(f"Structuring item @ index {index}")
                raise cattrs.IterableValidationError(
                    f"While structuring {_describe(tp)}", [exc], tp
                ) from None
        return out

    return structure


def _structure_dict_factory(tp: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    args = get_args(tp)
    value_type = args[1] if len(args) == 2 else Any
    hook = conv.get_structure_hook(value_type)

    def structure(value: Any, _: Any) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            _fail(value, "an object")
        return {str(k): hook(v, value_type) for k, v in value.items()}

    return structure


def _structure_enum(value: Any, cls: type[enum.Enum]) -> Any:
    if isinstance(value, cls):
        return value
    if type(value) is str or type(value) is int:
        found = cls._value2member_map_.get(value)
        if found is not None:
            return found
    value_type = str if issubclass(cls, str) else int
    if type(value) is not value_type:
        _fail(value, f"a {value_type.__name__} ({cls.__name__})")
    return cls(value)


def _is_list(tp: Any) -> bool:
    return bool(tp is list or get_origin(tp) is list)


def _is_dict(tp: Any) -> bool:
    return bool(tp is dict or get_origin(tp) is dict)


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(detailed_validation=detailed)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(_dt.datetime, _structure_datetime)
    conv.register_structure_hook(_dt.date, _structure_date)
    conv.register_structure_hook(typing.Any, _structure_any)
    conv.register_structure_hook(UUID, _structure_uuid)
    conv.register_unstructure_hook(UUID, str)
    conv.register_unstructure_hook(_dt.datetime, _dt.datetime.isoformat)
    conv.register_unstructure_hook(_dt.date, _dt.date.isoformat)
    factories: list[tuple[Callable[[Any], bool], Any]] = [
        (_is_union, _structure_union_factory),
        (_is_list, _structure_list_factory),
        (_is_dict, _structure_dict_factory),
        (_is_model, _structure_model_factory if detailed else _compiled_model_factory),
    ]
    for predicate, factory in factories:
        conv.register_structure_hook_factory(predicate, factory)
    conv.register_unstructure_hook_factory(_is_model, _unstructure_model_factory)
    conv.register_unstructure_hook(Unset, lambda _: None)
    return conv


converter: cattrs.Converter = _make_converter(detailed=False)
"""The converter every model is structured and unstructured with."""

_diagnostic: cattrs.Converter = _make_converter(detailed=True)
"""The same rules with cattrs' detailed validation, used only to explain a failure.

Detailed validation costs about a third of decoding speed on every call; a failure is rare,
so we decode fast and, only when that fails, decode again to name every bad JSON path.
"""


def _explain(data: Any, cls: type[Any], exc: BaseException) -> str:
    try:
        _diagnostic.structure(data, cls)
    except cattrs.BaseValidationError as detailed:
        return "; ".join(cattrs.transform_error(detailed))
    except Exception as other:  # pragma: no cover - the two converters share their rules
        exc = other
    return f"{type(exc).__name__}: {exc}"


def decode(data: Any, cls: type[T]) -> T:
    """Structure JSON-decoded `data` into `cls`; `ShapeError` names the offending path."""
    try:
        return converter.structure(data, cls)
    except Exception as exc:
        raise ShapeError(f"not a valid {cls.__name__}: {_explain(data, cls, exc)}") from exc


def encode(value: Any) -> Any:
    """Unstructure a model (or anything built of models) into JSON-ready Python data."""
    return converter.unstructure(value)


_ENCODERS: dict[type[Any], Callable[[Any], dict[str, Any]]] = {}


def _encoder(body_type: type[Any]) -> Callable[[Any], dict[str, Any]]:
    found = _ENCODERS.get(body_type)
    if found is None:
        found = compile_encoder(
            body_type,
            _resolve(body_type),
            wire_name=_wire_name,
            encoder_for=_encoder,
            generic=lambda value, tp: converter.unstructure(converter.structure(value, tp)),
            unstructure=converter.unstructure,
            fail=_fail,
        )
        _ENCODERS[body_type] = found
    return found


def encode_body(body_type: type[Any], fields: Mapping[str, Any]) -> dict[str, Any]:
    """Validate the caller's body arguments against `body_type` and encode them for the wire.

    Nested objects may be models or plain dicts; either way they are checked here (by a
    function compiled once per model, in `_compiled`), so a missing or mistyped field is a
    `ValueError` naming it, before anything is sent.
    """
    try:
        return _encoder(body_type)(fields)
    except Exception as exc:
        raise ValueError(
            f"invalid arguments for {body_type.__name__}: {_explain(fields, body_type, exc)}"
        ) from None


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def encode_query(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Turn query arguments into (name, text) pairs; lists repeat the name, UNSET is dropped."""
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        if value is UNSET or value is None:
            continue
        if isinstance(value, list | tuple):
            pairs.extend((name, _query_text(v)) for v in value)
        else:
            pairs.append((name, _query_text(value)))
    return pairs


def format_path(template: str, params: Mapping[str, Any]) -> str:
    """Fill a path template, refusing ids that are empty or not strings (a bad id never
    becomes a request for a different URL), and percent-encoding the rest."""
    for name, value in params.items():
        if isinstance(value, enum.Enum):
            value = value.value
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{name} must be a non-empty string, got {value!r}")
        template = template.replace("{" + name + "}", quote(value, safe=""))
    return template


def iter_wire_names(cls: type[Any]) -> Iterable[str]:
    """The JSON property names of a model, in declaration order (used by tests and tooling)."""
    return (_wire_name(f) for f in _resolve(cls) if f.name != _EXTRA)
