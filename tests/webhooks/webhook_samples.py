"""Sample webhook payloads built from our spec (openapi/kota.yaml), for the webhook tests.

Payloads come from the spec's schemas, not from the generated models, so a test that decodes
them checks the generated layer against the wire format the spec documents.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import attrs
import yaml  # type: ignore[import-untyped]
from aiohttp import web
from aiohttp.test_utils import TestClient

from kota_async.webhooks import WebhookReceiver, sign

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "kota.yaml"
SECRET = "whsec_test_0123456789abcdef"
NOW = 1_764_000_000  # 2025-11-24T16:00:00Z, a fixed "now" for timestamp checks

Serve = Callable[[WebhookReceiver], Awaitable[TestClient[web.Request, web.Application]]]
"""The `serve` fixture: mounts a receiver on a 127.0.0.1 server and returns a client."""

_PREFIX = re.compile(r"\^?([A-Za-z0-9]+_)")


@attrs.frozen
class WebhookCase:
    """One documented webhook: its event type, payload family and schema names."""

    event_type: str
    family: str
    schema: str
    data_schema: str | None

    @property
    def id(self) -> str:
        return f"{self.event_type}[{self.family}]"


@functools.cache
def spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with SPEC_PATH.open() as handle:
        loaded: dict[str, Any] = yaml.load(handle, Loader=loader)
    return loaded


def _schema(name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec()["components"]["schemas"][name]
    return found


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    if ref is None and len(node.get("allOf", ())) == 1:
        ref = node["allOf"][0].get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def webhook_cases() -> list[WebhookCase]:
    """Every webhook the spec documents, with its family read from its required fields."""
    cases = []
    for operation in spec()["webhooks"].values():
        post = operation["post"]
        name = _ref_name(post["requestBody"]["content"]["application/json"]["schema"])
        assert name is not None
        schema = _schema(name)
        family = "v2" if "version" in schema.get("required", ()) else "v1"
        data_schema = _ref_name(schema["properties"]["data"])
        cases.append(WebhookCase(post["x-kota-event-type"], family, name, data_schema))
    return cases


def _string(node: dict[str, Any]) -> str:
    fmt = node.get("format")
    if fmt == "date-time":
        return "2024-12-01T09:30:00Z"
    if fmt == "date":
        return "2024-12-01"
    if fmt == "uuid":
        return "3b1333d8-7d9d-4fd6-ad83-ba7f6b0e951a"
    pattern = node.get("pattern")
    if pattern:
        match = _PREFIX.match(pattern)
        return (match.group(1) if match else "") + "3b1333d87d9d4fd6"
    return "sample"


def sample(node: dict[str, Any], *, full: bool = False, depth: int = 0) -> Any:
    """A value valid for schema `node`: required properties only, or (`full`) every property
    down to a few levels, so optional fields are decoded too."""
    name = _ref_name(node)
    if name is not None and "properties" not in node:
        return sample(_schema(name), full=full, depth=depth)
    if "enum" in node:
        return node["enum"][0]
    kind = node.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "string":
        return _string(node)
    if kind == "integer":
        return 2
    if kind == "number":
        return 12.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(node.get("items", {}), full=full, depth=depth + 1)]
    if kind == "null":
        return None
    properties: dict[str, Any] = node.get("properties", {})
    required = set(node.get("required", ()))
    wanted = [p for p in properties if p in required or (full and depth < 3)]
    value = {p: sample(properties[p], full=full, depth=depth + 1) for p in wanted}
    extra = node.get("additionalProperties")
    if not properties and isinstance(extra, dict):
        value["key"] = sample(extra, full=full, depth=depth + 1)
    return value


def sample_payload(case: WebhookCase, *, full: bool = False) -> dict[str, Any]:
    """A delivery body for `case`, envelope fields set as Kota sends them."""
    payload: dict[str, Any] = sample(_schema(case.schema), full=full)
    payload.update(
        id="evt_3b1333d87d9d4fd6ad83ba7f6b0e951a",
        type=case.event_type,
        platform_id="pt_3b1333d87d9d4fd6ad83ba7f6b0e951a",
        created_at="2024-12-01T09:30:00Z",
        object="event",
    )
    if case.family == "v1":
        payload["api_version"] = "1.0"
    else:
        payload["version"] = "V2"
    return payload


def case_for(event_type: str, family: str) -> WebhookCase:
    return next(c for c in webhook_cases() if (c.event_type, c.family) == (event_type, family))


def body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode()


def signed(
    payload: dict[str, Any], *, secret: str = SECRET, timestamp: int = NOW
) -> tuple[bytes, str]:
    """The raw body and `x-kota-webhook-signature` value Kota would send."""
    raw = body(payload)
    return raw, sign(raw, secret, timestamp)


def employee_created(event_id: str = "evt_3b1333d87d9d4fd6ad83ba7f6b0e951a") -> dict[str, Any]:
    """A v1 `employee.created` payload with every documented field filled in."""
    payload = sample_payload(case_for("employee.created", "v1"), full=True)
    payload["id"] = event_id
    return payload
