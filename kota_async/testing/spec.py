"""Our OpenAPI spec, read at run time, as the fake needs it.

An installed package cannot read `openapi/kota.yaml`, so the generator ships the spec as
`kota_async/_generated/openapi.json`. From it FakeKota takes: every operation (so that a
path it does not implement answers 501 instead of 404), each operation's parameters and
request body compiled into validators, the response schemas (for tests that check the
fake's answers have the documented shape), and the webhook event type names.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from kota_async.testing.validation import Check, Errors, SchemaCompiler

__all__ = ["Operation", "Parameter", "Spec", "load_spec"]

SPEC_RESOURCE = "_generated/openapi.json"
"""Where the spec lives inside the `kota_async` package."""

ScalarKind = Literal["string", "integer", "number", "boolean"]


@dataclass(frozen=True, slots=True)
class Parameter:
    """A path or query parameter: how to read it from a string and how to check it."""

    name: str
    required: bool
    kind: ScalarKind
    check: Check

    def parse(self, raw: str, errors: Errors) -> Any:
        """Convert the raw string to its declared type and validate it; None if invalid."""
        value: Any = raw
        try:
            if self.kind == "integer":
                value = int(raw)
            elif self.kind == "number":
                value = float(raw)
            elif self.kind == "boolean":
                if raw not in ("true", "false"):
                    raise ValueError(raw)
                value = raw == "true"
        except ValueError:
            errors.setdefault(self.name, []).append(f"must be {_KIND_WORDS[self.kind]}")
            return None
        before = len(errors)
        self.check(value, self.name, errors)
        return value if len(errors) == before else None


_KIND_WORDS: dict[str, str] = {
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "string": "a string",
}


@dataclass(frozen=True, slots=True)
class Operation:
    """One documented operation: what it accepts, so the fake can refuse what Kota would."""

    operation_id: str
    method: str
    path: str
    path_params: tuple[Parameter, ...]
    query_params: tuple[Parameter, ...]
    body: Check | None
    body_required: bool
    responses: Mapping[str, Check]


class Spec:
    """The parsed spec: operations by id, event type names, webhook payload shapes."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.compiler = SchemaCompiler(document.get("components", {}).get("schemas", {}))
        self._parameters: Mapping[str, Any] = document.get("components", {}).get("parameters", {})
        self.operations: dict[str, Operation] = {}
        for path, item in document.get("paths", {}).items():
            for method, raw in item.items():
                if method in ("get", "post", "put", "patch", "delete"):
                    op = self._operation(path, method.upper(), raw)
                    self.operations[op.operation_id] = op
        self.event_types: frozenset[str] = frozenset(
            op["x-kota-event-type"]
            for hook in document.get("webhooks", {}).values()
            for op in hook.values()
            if isinstance(op, Mapping) and "x-kota-event-type" in op
        )
        self._v2_fields = self._event_data_fields()

    def schema_check(self, name: str) -> Check:
        """The compiled check of a named component schema (for tests and the fake's own
        self-checks)."""
        return self.compiler.ref(name)

    def v2_data_fields(self, event_type: str) -> tuple[str, ...] | None:
        """The members of `data` in the v2 payload of `event_type`, or None if the spec has
        no v2 payload for it. v2 events carry a thin reference instead of the full object."""
        return self._v2_fields.get(event_type)

    def _event_data_fields(self) -> dict[str, tuple[str, ...]]:
        schemas = self.document.get("components", {}).get("schemas", {})
        out: dict[str, tuple[str, ...]] = {}
        for hook in self.document.get("webhooks", {}).values():
            post = hook.get("post", {})
            event_type = post.get("x-kota-event-type")
            schema = (
                post.get("requestBody", {})
                .get("content", {})
                .get("application/json", {})
                .get("schema", {})
            )
            payload = self.compiler.resolve(schema)
            if event_type is None or "version" not in payload.get("properties", {}):
                continue
            data = self.compiler.resolve(payload["properties"].get("data", {}))
            if data is not schemas.get("JsonNode"):
                out[event_type] = tuple(data.get("properties", {}))
        return out

    def _param(self, raw: Mapping[str, Any]) -> Mapping[str, Any]:
        if "$ref" in raw:
            resolved: Mapping[str, Any] = self._parameters[raw["$ref"].rsplit("/", 1)[-1]]
            return resolved
        return raw

    def _parameter(self, raw: Mapping[str, Any]) -> Parameter:
        schema = self.compiler.resolve(raw.get("schema", {}))
        props = schema.get("properties", {})
        if schema.get("type") == "object" and set(props) == {"value"}:
            # Enum query parameters are written as an object wrapping `value`; on the wire
            # they are the bare value.
            schema = self.compiler.resolve(props["value"])
        kind = schema.get("type", "string")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "string")
        if kind not in ("string", "integer", "number", "boolean"):
            kind = "string"
        return Parameter(
            name=raw["name"],
            required=bool(raw.get("required", False)),
            kind=kind,
            check=self.compiler.compile(schema),
        )

    def _operation(self, path: str, method: str, raw: Mapping[str, Any]) -> Operation:
        params = [self._param(p) for p in raw.get("parameters", ())]
        body_schema = (
            raw.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        )
        responses: dict[str, Check] = {}
        for status, response in raw.get("responses", {}).items():
            for content in response.get("content", {}).values():
                if "schema" in content:
                    responses[status] = self.compiler.compile(content["schema"])
        return Operation(
            operation_id=raw["operationId"],
            method=method,
            path=path,
            path_params=tuple(self._parameter(p) for p in params if p["in"] == "path"),
            query_params=tuple(self._parameter(p) for p in params if p["in"] == "query"),
            body=None if body_schema is None else self.compiler.compile(body_schema),
            body_required=bool(raw.get("requestBody", {}).get("required", False)),
            responses=responses,
        )


@functools.cache
def load_spec() -> Spec:
    """The packaged spec, parsed and compiled once per process."""
    text = resources.files("kota_async").joinpath(SPEC_RESOURCE).read_text("utf-8")
    return Spec(json.loads(text))
