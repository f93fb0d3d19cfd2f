"""A small validator for the JSON-Schema subset our OpenAPI spec uses.

FakeKota refuses what Kota would refuse, so a test that passes against the fake does not
fail against Kota because of a misspelt field. The spec only uses a handful of keywords
(`type` including `["null", "x"]` lists, `required`, `properties`, `additionalProperties`,
`enum`, `pattern`, `format`, `items`, `allOf`, `$ref`), so instead of depending on a
general validator we compile each schema once into nested closures: validating a
10,000-row bulk load must cost little next to the HTTP work.

Errors are collected, not raised one by one, into a map from a field path
(`home_address.postal_code`, `items[2].id`) to messages: the `errors` member of Kota's
validation problem details.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

__all__ = ["Check", "Errors", "SchemaCompiler", "child_path", "item_path"]

Errors = dict[str, list[str]]
"""Field path -> what is wrong with it."""

Check = Callable[[Any, str, Errors], None]
"""A compiled schema: `check(value, path, errors)` appends problems to `errors`."""

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_INT32 = (-(2**31), 2**31 - 1)
_ENUM_LISTED = 12
"""Enums with more values than this are described by count, not listed, in messages."""


def child_path(path: str, name: str) -> str:
    """The path of an object member, as named in the `errors` map."""
    return f"{path}.{name}" if path else name


def item_path(path: str, index: int) -> str:
    """The path of an array item, as named in the `errors` map."""
    return f"{path}[{index}]"


def _fail(errors: Errors, path: str, message: str) -> None:
    errors.setdefault(path or "body", []).append(message)


def _ok(value: Any, path: str, errors: Errors) -> None:
    return None


_TYPE_TESTS: dict[str, Callable[[Any], bool]] = {
    "null": lambda v: v is None,
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
}

_ARTICLES = {"integer": "an integer", "object": "an object", "array": "an array"}


def _describe(types: list[str]) -> str:
    words = [_ARTICLES.get(t, "null" if t == "null" else f"a {t}") for t in types]
    return " or ".join(words)


def _is_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_date_time(value: str) -> bool:
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return False
    return True


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


class SchemaCompiler:
    """Turns spec schemas into `Check` functions, resolving `$ref` against components.

    References are compiled once and shared; a schema that refers to itself (the spec has
    one) works because a reference is resolved lazily on first use.
    """

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self._schemas = schemas
        self._refs: dict[str, Check] = {}

    def ref(self, name: str) -> Check:
        """The compiled check of `#/components/schemas/<name>`."""
        check = self._refs.get(name)
        if check is None:
            compiled: list[Check] = []

            def lazy(value: Any, path: str, errors: Errors) -> None:
                if not compiled:
                    compiled.append(self.compile(self._schemas[name]))
                compiled[0](value, path, errors)

            self._refs[name] = check = lazy
        return check

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow `$ref` and single-entry `allOf` wrappers to the schema they point at."""
        while True:
            if "$ref" in schema:
                schema = self._schemas[_ref_name(schema["$ref"])]
            elif "allOf" in schema and len(schema["allOf"]) == 1 and "type" not in schema:
                schema = schema["allOf"][0]
            else:
                return schema

    def compile(self, schema: Mapping[str, Any]) -> Check:
        """Compile one schema (a mapping from the spec) into a `Check`."""
        checks: list[Check] = []
        if "$ref" in schema:
            checks.append(self.ref(_ref_name(schema["$ref"])))
        for part in schema.get("allOf", ()):
            checks.append(self.compile(part))
        types = schema.get("type")
        type_list = [types] if isinstance(types, str) else list(types or ())
        if type_list == ["null"] and checks:
            # The spec writes "nullable reference" as `type: 'null'` beside an `allOf`:
            # null, or whatever the reference allows.
            return _nullable(_all(checks))
        checks.extend(self._own_checks(schema, type_list))
        body = _all(checks)
        if type_list:
            return _typed(type_list, body)
        return body

    def _own_checks(self, schema: Mapping[str, Any], types: list[str]) -> list[Check]:
        checks: list[Check] = []
        if "enum" in schema:
            checks.append(_enum(list(schema["enum"])))
        if "pattern" in schema:
            checks.append(_pattern(schema["pattern"]))
        fmt = schema.get("format")
        if fmt is not None:
            checks.append(_format(fmt))
        if "properties" in schema or "required" in schema or "additionalProperties" in schema:
            checks.append(self._object(schema))
        if "items" in schema:
            checks.append(self._array(schema["items"]))
        return checks

    def _object(self, schema: Mapping[str, Any]) -> Check:
        props = {name: self.compile(sub) for name, sub in schema.get("properties", {}).items()}
        required = tuple(schema.get("required", ()))
        extra = schema.get("additionalProperties", True)
        closed = extra is False
        extra_check = self.compile(extra) if isinstance(extra, Mapping) and extra else None

        def check(value: Any, path: str, errors: Errors) -> None:
            if not isinstance(value, dict):
                return
            for name in required:
                if name not in value:
                    _fail(errors, child_path(path, name), "is required")
            for name, member in value.items():
                sub = props.get(name)
                if sub is not None:
                    sub(member, child_path(path, name), errors)
                elif closed:
                    _fail(errors, child_path(path, name), "is not a known field")
                elif extra_check is not None:
                    extra_check(member, child_path(path, name), errors)

        return check

    def _array(self, items: Mapping[str, Any]) -> Check:
        item_check = self.compile(items)

        def check(value: Any, path: str, errors: Errors) -> None:
            if isinstance(value, list):
                for index, item in enumerate(value):
                    item_check(item, item_path(path, index), errors)

        return check


def _ref_name(ref: str) -> str:
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise ValueError(f"unsupported $ref {ref!r}")
    return ref[len(prefix) :]


def _all(checks: list[Check]) -> Check:
    if not checks:
        return _ok
    if len(checks) == 1:
        return checks[0]
    frozen = tuple(checks)

    def check(value: Any, path: str, errors: Errors) -> None:
        for part in frozen:
            part(value, path, errors)

    return check


def _nullable(inner: Check) -> Check:
    def check(value: Any, path: str, errors: Errors) -> None:
        if value is not None:
            inner(value, path, errors)

    return check


def _typed(types: list[str], inner: Check) -> Check:
    tests = tuple(_TYPE_TESTS[t] for t in types)
    message = f"must be {_describe(types)}"

    def check(value: Any, path: str, errors: Errors) -> None:
        for test in tests:
            if test(value):
                if value is not None:
                    inner(value, path, errors)
                return
        _fail(errors, path, message)

    return check


def _enum(values: list[Any]) -> Check:
    allowed = frozenset(values)
    if len(values) <= _ENUM_LISTED:
        message = "must be one of: " + ", ".join(str(v) for v in values)
    else:
        message = f"is not one of the {len(values)} allowed values (e.g. {values[0]})"

    def check(value: Any, path: str, errors: Errors) -> None:
        if isinstance(value, str | int) and value in allowed:
            return
        _fail(errors, path, f"{value!r} {message}" if isinstance(value, str) else message)

    return check


def _pattern(pattern: str) -> Check:
    regex = re.compile(pattern)

    def check(value: Any, path: str, errors: Errors) -> None:
        if isinstance(value, str) and not regex.search(value):
            _fail(errors, path, f"must match the pattern {pattern!r}")

    return check


def _format(fmt: str) -> Check:
    if fmt == "date":
        return _string_format(_is_date, "must be a date (YYYY-MM-DD)")
    if fmt == "date-time":
        return _string_format(
            _is_date_time, "must be a date-time (RFC 3339, e.g. 2025-01-31T09:00:00Z)"
        )
    if fmt == "uuid":
        return _string_format(_is_uuid, "must be a UUID")
    if fmt == "int32":
        low, high = _INT32

        def int32(value: Any, path: str, errors: Errors) -> None:
            if isinstance(value, int) and not isinstance(value, bool) and not low <= value <= high:
                _fail(errors, path, "must fit in a 32-bit signed integer")

        return int32
    return _ok


def _string_format(test: Callable[[str], bool], message: str) -> Check:
    def check(value: Any, path: str, errors: Errors) -> None:
        if isinstance(value, str) and not test(value):
            _fail(errors, path, message)

    return check
