"""Read three idioms of the spec the way the API means them, before openapi-python-client sees it.

Kota's description is produced by a .NET toolchain, and our spec keeps its facts exactly (the
conformance test holds us to that). Three of its shapes mean something other than what a JSON
Schema reader takes them for; the generator reads them as the API behaves:

1. `{"type": "null", "allOf": [{"$ref": X}]}` is a *nullable* X (55 properties, such as
   `home_address` and `required_action`): read as `anyOf: [X, null]`. Taken literally the
   property could only ever be null, and the stock reader drops the `null` and makes it
   required-non-null, so a real `null` from Kota would fail to decode.
2. A query parameter whose schema is an object with the single property `value` (the
   `*EnumParameter` wrappers) is sent as the bare value (`?order_direction=asc`): read as
   the schema of `value`, so the SDK takes the enum.
3. `JsonNode` is .NET's "any JSON value" (its properties describe the .NET object, not the
   wire): every reference to it is read as "any value".

The spec file is not changed; this runs on the parsed document, in memory, on every
generation, so regenerating stays deterministic.
"""

from __future__ import annotations

import copy
from typing import Any

ANY_JSON = "#/components/schemas/JsonNode"


def normalize(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` with the three idioms rewritten (see the module docstring)."""
    doc = copy.deepcopy(document)
    schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
    _unwrap_enum_parameters(doc, schemas)
    doc["paths"] = _rewrite(doc.get("paths", {}))
    doc["components"]["schemas"] = {name: _rewrite(s) for name, s in schemas.items()}
    doc.get("components", {}).get("schemas", {}).pop("JsonNode", None)
    doc["components"]["schemas"].pop("JsonNodeOptions", None)
    if "webhooks" in doc:
        doc["webhooks"] = _rewrite(doc["webhooks"])
    return doc


def _rewrite(node: Any) -> Any:
    if isinstance(node, list):
        return [_rewrite(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("$ref") == ANY_JSON:
        return {}
    out = {key: _rewrite(value) for key, value in node.items()}
    refs = out.get("allOf")
    if out.get("type") == "null" and isinstance(refs, list) and len(refs) == 1:
        del out["type"]
        (target,) = out.pop("allOf")
        out["anyOf"] = [target, {"type": "null"}] if target else [{}]
        if not target:  # a nullable "any value" is just "any value"
            del out["anyOf"]
    return out


def _unwrap_enum_parameters(doc: dict[str, Any], schemas: dict[str, Any]) -> None:
    for item in doc.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters", []):
                if parameter.get("in") != "query":
                    continue
                wrapper = _target(parameter.get("schema", {}), schemas)
                props = wrapper.get("properties", {}) if wrapper else {}
                if wrapper and wrapper.get("type") == "object" and list(props) == ["value"]:
                    parameter["schema"] = copy.deepcopy(props["value"])


def _target(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any] | None:
    """The component a schema points at (directly or through a one-item allOf)."""
    ref = schema.get("$ref")
    if ref is None and len(schema.get("allOf", [])) == 1:
        ref = schema["allOf"][0].get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
        return None
    found: dict[str, Any] | None = schemas.get(ref.rsplit("/", 1)[-1])
    return found
