"""Build the smallest valid value for a schema of our spec.

The Prism contract test calls every operation with data derived from the spec itself, so
that a new operation is exercised without anyone writing fixtures for it. The builder
takes only what a schema requires: required properties, the first enum value, one item per
required array, and strings shaped by their format or id pattern (``er_.+`` gives ``er_``
followed by hex). Values are deterministic, so a failure reproduces.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

FORMAT_SAMPLES: dict[str, str] = {
    "date": "2025-01-15",
    "date-time": "2025-01-15T09:30:00Z",
    "uuid": "5f0c8f6e-3c1d-4e55-9a43-8d3f2b1c7e90",
    "email": "ada@example.com",
    "uri": "https://example.com/kota",
}

_MAX_DEPTH = 24
_REGEX_META = re.compile(r"[.*+?()\[\]{}|\\$^]")


class SampleError(ValueError):
    """A schema the builder cannot satisfy (named, so the spec can be fixed or the builder taught)."""


def pattern_sample(pattern: str) -> str:
    """A string matching an id pattern: its literal prefix followed by 32 hex digits."""
    body = pattern.removeprefix("^")
    cut = _REGEX_META.search(body)
    prefix = body[: cut.start()] if cut else body
    value = prefix + hashlib.sha256(pattern.encode()).hexdigest()[:32]
    if not re.search(pattern, value):
        raise SampleError(f"cannot build a string for pattern {pattern!r}")
    return value


class SampleBuilder:
    """Builds sample values for the schemas of one OpenAPI document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow ``$ref`` (and a single-element ``allOf``) to the schema that holds the facts."""
        while True:
            if "$ref" in schema:
                target: Any = self.document
                for part in str(schema["$ref"]).removeprefix("#/").split("/"):
                    target = target[part]
                schema = target
            elif len(schema.get("allOf", ())) == 1 and _non_null_type(schema) is None:
                schema = schema["allOf"][0]
            else:
                return schema

    def sample(self, schema: Mapping[str, Any], where: str = "body", depth: int = 0) -> Any:
        """The smallest valid value for ``schema``; ``where`` names it in errors."""
        if depth > _MAX_DEPTH:
            raise SampleError(f"{where}: required properties nest deeper than {_MAX_DEPTH}")
        schema = self.resolve(schema)
        if "enum" in schema:
            return schema["enum"][0]
        if "const" in schema:
            return schema["const"]
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                return self.sample(schema[combinator][0], where, depth + 1)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for index, part in enumerate(schema["allOf"]):
                value = self.sample(part, f"{where}.allOf[{index}]", depth + 1)
                if not isinstance(value, dict):
                    return value
                merged.update(value)
            return merged
        kind = _non_null_type(schema)
        if kind == "object" or (kind is None and "properties" in schema):
            return self.object_sample(schema, where, depth)
        if kind == "array":
            return [self.sample(schema.get("items", {}), f"{where}[0]", depth + 1)]
        if kind == "string":
            return self.string_sample(schema, where)
        if kind == "integer":
            return max(1, int(schema.get("minimum", 1)))
        if kind == "number":
            return 1.5
        if kind == "boolean":
            return True
        if kind is None and _allows_null(schema):
            return None
        if kind is None:
            return {}
        raise SampleError(f"{where}: unsupported schema type {kind!r}")

    def object_sample(self, schema: Mapping[str, Any], where: str, depth: int) -> dict[str, Any]:
        """An object with its required properties only (optional ones may be unsatisfiable)."""
        properties = schema.get("properties", {})
        value: dict[str, Any] = {}
        for name in schema.get("required", []):
            if name not in properties:
                raise SampleError(f"{where}.{name}: required but not declared")
            value[name] = self.sample(properties[name], f"{where}.{name}", depth + 1)
        return value

    @staticmethod
    def string_sample(schema: Mapping[str, Any], where: str) -> str:
        """A string shaped by its pattern (ids) or its format (dates, uuids)."""
        if "pattern" in schema:
            return pattern_sample(str(schema["pattern"]))
        fmt = schema.get("format")
        if fmt is None:
            return "sample"
        if fmt in FORMAT_SAMPLES:
            return FORMAT_SAMPLES[fmt]
        raise SampleError(f"{where}: no sample for string format {fmt!r}")


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    if kind is None:
        return []
    return [kind] if isinstance(kind, str) else list(kind)


def _non_null_type(schema: Mapping[str, Any]) -> str | None:
    return next((t for t in _types(schema) if t != "null"), None)


def _allows_null(schema: Mapping[str, Any]) -> bool:
    return "null" in _types(schema)
