"""Per-model functions compiled once: the hot path of every request body and every response.

cattrs' generated structuring calls one hook per field and builds the object through keyword
arguments, and validating a request body that way means building a model only to take it
apart again; for the API's flat, string-heavy objects that is most of what a call costs.
This module writes, once per model, two functions that check the common field kinds inline
(plain strings, numbers and booleans, enums, dates, optional and nullable ones) and call a
hook only for what needs one (nested models, lists, maps):

- `compile_structure`: JSON object -> model (decoding responses);
- `compile_encoder`: the caller's body arguments (wire names; nested objects as dicts or
  models) -> the JSON object to send, validated on the way.

Both implement exactly the rules of `_serde` (strict types, UNSET for absent keys, unknown
keys kept, unknown enum values tolerated). When one rejects data, `_serde` runs cattrs'
detailed validation over the same data to say which JSON path is wrong.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Union, get_args, get_origin

import attrs

from kota_async._generated.types import UNSET, Unset

_PRIMITIVE_CHECKS = {
    str: "type(v) is str",
    int: "type(v) is int",
    bool: "type(v) is bool",
    float: "(type(v) is float or type(v) is int)",
}
_EXTRA = "additional_properties"


def _members(tp: Any) -> tuple[list[Any], bool, bool]:
    """(members other than None/Unset, may be absent, may be null)."""
    origin = get_origin(tp)
    args = list(get_args(tp)) if origin is Union or origin is types.UnionType else [tp]
    optional = Unset in args
    nullable = type(None) in args
    return [a for a in args if a is not Unset and a is not type(None)], optional, nullable


_compiling: set[type[Any]] = set()
"""Models whose decoder is being written right now (to detect recursive references)."""


def _mentions(tp: Any, classes: set[type[Any]]) -> bool:
    if tp in classes:
        return True
    return any(_mentions(arg, classes) for arg in get_args(tp))


def _lazy(lookup: Callable[[Any], Callable[..., Any]], target: Any) -> Callable[..., Any]:
    """A function looked up on first use: a model that contains itself (directly or through
    others) cannot have its nested function built while its own is still being written."""
    resolved: list[Callable[..., Any]] = []

    def forward(*args: Any) -> Any:
        if not resolved:
            resolved.append(lookup(target))
        return resolved[0](*args)

    return forward


@contextmanager
def _writing(cls: type[Any]) -> Iterator[None]:
    _compiling.add(cls)
    try:
        yield
    finally:
        _compiling.discard(cls)


def compile_structure(
    cls: type[Any],
    fields: tuple[attrs.Attribute[Any], ...],
    wire_name: Callable[[attrs.Attribute[Any]], str],
    hook_for: Callable[[Any], Callable[[Any, Any], Any]],
    fail: Callable[[Any, str], Any],
    enum_hook: Callable[[Any, Any], Any],
) -> Callable[[Any, Any], Any]:
    """Write and compile the decoding function for `cls` (see the module docstring)."""
    with _writing(cls):
        env: dict[str, Any] = {
            "__cls": cls,
            "__new": object.__new__,
            "__UNSET": UNSET,
            "__Mapping": Mapping,
            "__fail": fail,
            "__enum": enum_hook,
        }
        lines = [
            "def structure(o, _=None):",
            "    if type(o) is __cls:",
            "        return o",
            "    if type(o) is not dict and not isinstance(o, __Mapping):",
            f"        __fail(o, {f'an object ({cls.__name__})'!r})",
            "    obj = __new(__cls)",
        ]
        known: list[str] = []
        keeps_extra = False
        for i, field in enumerate(fields):
            if field.name == _EXTRA:
                keeps_extra = True
                continue
            key = wire_name(field)
            known.append(key)
            members, _, nullable = _members(field.type)
            required = field.default is attrs.NOTHING
            default: Any = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                env[f"__d{i}"] = default.factory
                fallback = f"__d{i}()"
            elif required:
                fallback = ""
            else:
                env[f"__d{i}"] = default
                fallback = f"__d{i}"
            if required:
                lines.append(f"    v = o[{key!r}]")
            else:
                lines.append(f"    v = o.get({key!r}, __UNSET)")
            skip = [] if required else ["v is __UNSET"]
            if nullable:
                skip.append("v is None")
            member = members[0] if len(members) == 1 else None
            expected = getattr(member, "__name__", str(field.type))
            if member in _PRIMITIVE_CHECKS:
                check = _PRIMITIVE_CHECKS[member]
                allowed = " or ".join([*skip, check])
                lines.append(f"    if not ({allowed}):")
                lines.append(f"        __fail(v, {expected!r})")
                if member is float:
                    lines.append("    if type(v) is int:")
                    lines.append("        v = float(v)")
            elif isinstance(member, type) and issubclass(member, enum.Enum):
                env[f"__e{i}"] = member._value2member_map_
                env[f"__t{i}"] = member
                guard = f"if not ({' or '.join(skip)}):" if skip else "if True:"
                lines.append(f"    {guard}")
                lines.append(
                    f"        m = __e{i}.get(v) if type(v) is str or type(v) is int else None"
                )
                lines.append(f"        v = m if m is not None else __enum(v, __t{i})")
            elif member is Any:
                pass
            else:
                target = member if member is not None else field.type
                recursive = _mentions(target, _compiling)
                env[f"__h{i}"] = _lazy(hook_for, target) if recursive else hook_for(target)
                env[f"__t{i}"] = target
                guard = f"if not ({' or '.join(skip)}):" if skip else "if True:"
                lines.append(f"    {guard}")
                if not nullable:
                    lines.append("        if v is None:")
                    lines.append(f"            __fail(v, {expected!r})")
                lines.append(f"        v = __h{i}(v, __t{i})")
            if not required:
                lines.append("    if v is __UNSET:")
                lines.append(f"        v = {fallback}")
            lines.append(f"    obj.{field.name} = v")
        if keeps_extra:
            env["__known"] = frozenset(known)
            lines.append("    if not __known.issuperset(o):")
            lines.append(
                f"        obj.{_EXTRA} = {{k: x for k, x in o.items() if k not in __known}}"
            )
            lines.append("    else:")
            lines.append(f"        obj.{_EXTRA} = {{}}")
        lines.append("    return obj")
        source = "\n".join(lines)
        code = compile(
            source, f"<kota_async decoder for {cls.__module__}.{cls.__qualname__}>", "exec"
        )
        exec(code, env)
        function: Callable[[Any, Any], Any] = env["structure"]
        return function


def compile_encoder(
    cls: type[Any],
    fields: tuple[attrs.Attribute[Any], ...],
    wire_name: Callable[[attrs.Attribute[Any]], str],
    encoder_for: Callable[[type[Any]], Callable[[Any], Any]],
    generic: Callable[[Any, Any], Any],
    unstructure: Callable[[Any], Any],
    fail: Callable[[Any, str], Any],
) -> Callable[[Any], dict[str, Any]]:
    """Write and compile the body encoder for `cls` (see the module docstring).

    `encoder_for(model)` gives a nested model's encoder, `generic(value, type)` validates and
    encodes any other type through the converter, and `unstructure` encodes a model instance.
    """
    env: dict[str, Any] = {
        "__cls": cls,
        "__UNSET": UNSET,
        "__Mapping": Mapping,
        "__Enum": enum.Enum,
        "__fail": fail,
        "__unstructure": unstructure,
        "__date": dt.date,
        "__datetime": dt.datetime,
    }
    lines = [
        "def encode(o):",
        "    if type(o) is __cls:",
        "        return __unstructure(o)",
        "    if type(o) is not dict and not isinstance(o, __Mapping):",
        f"        __fail(o, {f'an object ({cls.__name__})'!r})",
        "    out = {}",
    ]
    known: list[str] = []
    for i, field in enumerate(fields):
        if field.name == _EXTRA:
            continue
        key = wire_name(field)
        known.append(key)
        members, _, nullable = _members(field.type)
        required = field.default is attrs.NOTHING
        member = members[0] if len(members) == 1 else None
        expected = getattr(member, "__name__", str(field.type))
        lines.append(f"    v = o[{key!r}]" if required else f"    v = o.get({key!r}, __UNSET)")
        indent = "    "
        if not required:
            lines.append("    if v is not __UNSET:")
            indent = "        "
        body: list[str] = []
        if member in _PRIMITIVE_CHECKS:
            check = _PRIMITIVE_CHECKS[member]
            allowed = f"v is None or {check}" if nullable else check
            body += [f"if not ({allowed}):", f"    __fail(v, {expected!r})"]
        else:
            if nullable:
                body.append("if v is not None:")
                inner = "    "
            else:
                inner = ""
            body += [
                f"{inner}{line}"
                for line in _encode_value(
                    i, member, field.type, env, expected, encoder_for, generic
                )
            ]
        body.append(f"out[{key!r}] = v")
        lines += [indent + line for line in body]
    env["__known"] = frozenset(known)
    lines += [
        "    if not __known.issuperset(o):",
        "        for k, x in o.items():",
        "            if k not in __known:",
        "                out[k] = x",
        "    return out",
    ]
    code = compile("\n".join(lines), f"<kota_async encoder for {cls.__qualname__}>", "exec")
    exec(code, env)
    function: Callable[[Any], dict[str, Any]] = env["encode"]
    return function


def _encode_value(
    i: int,
    member: Any,
    field_type: Any,
    env: dict[str, Any],
    expected: str,
    encoder_for: Callable[[type[Any]], Callable[[Any], Any]],
    generic: Callable[[Any, Any], Any],
) -> list[str]:
    """Lines that check `v` (known not to be None) and turn it into its wire form."""
    if isinstance(member, type) and issubclass(member, enum.Enum):
        raw = "str" if issubclass(member, str) else "int"
        # Any string is let through (the API may know values this SDK does not).
        return [
            "if isinstance(v, __Enum):",
            "    v = v.value",
            f"elif type(v) is not {raw}:",
            f"    __fail(v, {expected!r})",
        ]
    if member is dt.datetime or member is dt.date:
        name = "__datetime" if member is dt.datetime else "__date"
        return [
            f"if type(v) is {name}:",
            "    v = v.isoformat()",
            "elif type(v) is str:",
            f"    {name}.fromisoformat(v)",
            "else:",
            f"    __fail(v, {expected!r})",
        ]
    if member is Any:
        return []
    if isinstance(member, type) and attrs.has(member):
        env[f"__enc{i}"] = _lazy(encoder_for, member)
        return [f"v = __enc{i}(v)"]
    env[f"__g{i}"] = generic
    env[f"__t{i}"] = member if member is not None else field_type
    return [f"v = __g{i}(v, __t{i})"]
