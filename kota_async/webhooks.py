"""Kota webhooks: verify a delivery, then turn it into a typed `Event`.

A platform must be able to trust every delivery it acts on, so nothing here parses a byte
before the signature checked out, and every failure (bad signature, stale timestamp, body that
is not a Kota event) is one exception type, `SignatureVerificationError`, whose message names
the check that failed and never the secret.

    event = construct_event(body, request.headers.get("x-kota-webhook-signature"), secret)
    if event.type == "employee.health_insurance.offer.action_required":
        action = RequiredAction.from_event(event)

`Event.data` is the generated model for the event's type and payload family (`v1` payloads
carry `api_version`, `v2` payloads carry `version` and a thinner `data`); an event of a type
this SDK does not know yet still parses, with `data` left as the plain JSON object.

The aiohttp receiver (`WebhookReceiver`, de-duplication, body limit) lives in
`kota_async.webhook_receiver`, the signature schemes in `kota_async.webhook_schemes`; both are
importable from here, which is the public path.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from kota_async.errors import SignatureVerificationError
from kota_async.webhook_schemes import (
    DEFAULT_TOLERANCE,
    KOTA_SIGNATURE_HEADER,
    MAX_SIGNATURE_HEADER_LENGTH,
    BodyHmacScheme,
    KotaSignatureScheme,
    SignatureScheme,
    VerifiedDelivery,
    sign,
    verify_signature,
)

if TYPE_CHECKING:
    from kota_async.webhook_receiver import (
        DEFAULT_MAX_BODY_SIZE,
        DedupeStore,
        Handler,
        InMemoryDedupeStore,
        WebhookReceiver,
    )

__all__ = [
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_TOLERANCE",
    "KOTA_ATTRIBUTION",
    "KOTA_SIGNATURE_HEADER",
    "MAX_SIGNATURE_HEADER_LENGTH",
    "BodyHmacScheme",
    "DedupeStore",
    "Event",
    "Family",
    "Handler",
    "InMemoryDedupeStore",
    "KotaSignatureScheme",
    "RequiredAction",
    "SignatureScheme",
    "SignatureVerificationError",
    "VerifiedDelivery",
    "WebhookReceiver",
    "construct_event",
    "parse_event",
    "sign",
    "verify_delivery",
    "verify_signature",
]

Family = Literal["v1", "v2"]
"""Kota's two payload families: `v1` (full resource in `data`) and `v2` (ids only)."""

_RECEIVER_NAMES = frozenset(
    {"DEFAULT_MAX_BODY_SIZE", "DedupeStore", "Handler", "InMemoryDedupeStore", "WebhookReceiver"}
)


def __getattr__(name: str) -> Any:
    # The receiver imports this module, so it is re-exported lazily rather than at import time.
    if name in _RECEIVER_NAMES:
        value = getattr(importlib.import_module("kota_async.webhook_receiver"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kota_async.webhooks' has no attribute {name!r}")


# The registry and the converter are imported on first use, so importing this module (say,
# for `sign` in a test) does not load cattrs and the generated layer.
def _event_model(event_type: str, family: Family) -> type[Any] | None:
    """The generated webhook model for (type, family), or None for a type we do not know."""
    from kota_async._generated.events import event_model

    return event_model(event_type, family)


def _decode(raw: Mapping[str, Any], cls: type[Any]) -> Any:
    from kota_async._serde import decode

    return decode(raw, cls)


@attrs.frozen
class Event:
    """One verified Kota event.

    `data` is the typed payload (e.g. `EmployeeResponse` for a v1 `employee.created`,
    `EmployeeEventResponse` for v2) or, for a type this SDK does not know, the plain JSON
    object. `raw` keeps the whole payload as received, for storing or forwarding.

    `created_at` and `platform_id` are None only for senders whose body is a bare resource
    (the body-HMAC scheme); there `id` is the delivery id header and `delivery_id` is set.
    """

    id: str
    type: str
    created_at: dt.datetime | None
    platform_id: str | None
    family: Family | None
    """`v1`, `v2`, or None when the payload names no version (not a Kota envelope)."""
    api_version: str | None
    """The payload's own `api_version` (v1, e.g. "1.0") or `version` (v2, e.g. "V2")."""
    data: Any
    raw: dict[str, Any] = attrs.field(repr=False, eq=False)
    delivery_id: str | None = None

    @property
    def typed(self) -> bool:
        """Whether `data` is a generated model (False: a type this SDK does not know yet)."""
        return attrs.has(type(self.data))


def _text(raw: Mapping[str, Any], key: str, *, required: bool) -> str | None:
    value = raw.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        problem = "missing" if value is None else "not a non-empty string"
        raise ValueError(f"'{key}' is {problem}")
    return value


def _timestamp(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("'created_at' is not an ISO 8601 date-time string")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("'created_at' is not an ISO 8601 date-time string") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def parse_event(raw: Mapping[str, Any]) -> Event:
    """Build an `Event` from an already verified, JSON-decoded Kota payload.

    Raises `ValueError` (naming the field) when `raw` is not a Kota event, or when a known
    event type's payload does not match its documented shape. Use `construct_event` for
    deliveries: it verifies first.
    """
    if not isinstance(raw, Mapping):
        raise ValueError("the payload is not a JSON object")
    event_id = _text(raw, "id", required=True)
    event_type = _text(raw, "type", required=True)
    assert event_id is not None and event_type is not None
    created_at = _timestamp(raw.get("created_at"))
    platform_id = _text(raw, "platform_id", required=False)
    family: Family | None = None
    version: str | None = None
    if isinstance(raw.get("api_version"), str):
        family, version = "v1", raw["api_version"]
    elif isinstance(raw.get("version"), str):
        family, version = "v2", raw["version"]
    data = raw.get("data")
    model = _event_model(event_type, family) if family else None
    if model is not None:
        data = _decode(raw, model).data
    return Event(
        id=event_id,
        type=event_type,
        created_at=created_at,
        platform_id=platform_id,
        family=family,
        api_version=version,
        data=data,
        raw=dict(raw),
    )


def _load(payload: bytes) -> dict[str, Any]:
    try:
        raw = json.loads(payload)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError too
        raise SignatureVerificationError("payload is not valid JSON") from None
    if not isinstance(raw, dict):
        raise SignatureVerificationError("payload is not a JSON object")
    return raw


def _parse_verified(raw: dict[str, Any]) -> Event:
    try:
        return parse_event(raw)
    except ValueError as exc:  # includes the serde ShapeError
        raise SignatureVerificationError(f"payload is not a valid Kota event: {exc}") from None


def construct_event(
    payload: bytes,
    header: str | None,
    secret: str,
    *,
    tolerance: int | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> Event:
    """Verify a Kota delivery and parse it into an `Event`.

    `payload` is the raw request body exactly as received (parsing and re-serialising it
    changes the bytes and breaks the signature); `header` the `x-kota-webhook-signature`
    value. Raises `SignatureVerificationError` naming the failed check: missing or malformed
    header, signature mismatch, timestamp outside `tolerance` seconds (either direction; None
    disables), body not JSON, body not a Kota event. `now` (unix seconds) is for tests.
    """
    verify_signature(payload, header, secret, tolerance=tolerance, now=now)
    return _parse_verified(_load(payload))


def _looks_like_envelope(raw: Mapping[str, Any]) -> bool:
    return "type" in raw and "data" in raw and ("api_version" in raw or "version" in raw)


def verify_delivery(
    payload: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    scheme: SignatureScheme | None = None,
    now: float | None = None,
) -> Event:
    """Verify a delivery under any `scheme` (default: Kota's) and parse it into an `Event`.

    For frameworks other than aiohttp: pass the raw body and the request headers. With a
    body-HMAC sender the body is usually the bare resource: the event then takes its type and
    id from the headers and `data` is the JSON object. If such a body is a Kota envelope after
    all, it is parsed as one, and its type must agree with the event-type header.
    """
    delivery = (scheme or KotaSignatureScheme()).verify(payload, headers, secret, now=now)
    raw = _load(payload)
    if delivery.event_type is None:
        return _parse_verified(raw)
    if _looks_like_envelope(raw):
        event = _parse_verified(raw)
        if event.type != delivery.event_type:
            raise SignatureVerificationError("event-type header does not match the payload's type")
        return attrs.evolve(event, delivery_id=delivery.delivery_id)
    return _bare_event(raw, delivery)


def _bare_event(raw: dict[str, Any], delivery: VerifiedDelivery) -> Event:
    assert delivery.event_type is not None and delivery.delivery_id is not None
    return Event(
        id=delivery.delivery_id,
        type=delivery.event_type,
        created_at=None,
        platform_id=None,
        family=None,
        api_version=None,
        data=raw,
        raw=raw,
        delivery_id=delivery.delivery_id,
    )


KOTA_ATTRIBUTION = (
    "This message was written by Kota on behalf of the insurer that provides this cover."
)
"""The default attribution line: it tells the customer the wording is Kota's, not ours."""


def _field(obj: object, name: str) -> object:
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)


def _due(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


@attrs.frozen
class RequiredAction:
    """The message a platform sends its customer when Kota needs them to act.

    Kota asks platforms to pass its own wording on unchanged (so the platform does not word
    a regulated insurance step itself): `title` is Kota's `reason`, `body` its
    `reason_description`, `due` the deadline (`due_at`, or `due_by` for policy amendments),
    and `attribution` a line saying the wording is Kota's.
    """

    title: str
    body: str
    due: dt.date | None
    code: str | None
    attribution: str = KOTA_ATTRIBUTION

    @classmethod
    def from_resource(
        cls, resource: object, *, attribution: str = KOTA_ATTRIBUTION
    ) -> RequiredAction | None:
        """From a quote, offer or intent (model or dict) with a `required_action`; None when
        it has none (its status is not `action_required`)."""
        action = _field(resource, "required_action")
        title = _field(action, "reason") if action is not None else None
        body = _field(action, "reason_description") if action is not None else None
        if not isinstance(title, str) or not isinstance(body, str):
            return None
        code = _field(action, "code")
        code_text = code if isinstance(code, str) else getattr(code, "value", None)
        due = _due(_field(action, "due_at")) or _due(_field(action, "due_by"))
        return cls(
            title=title,
            body=body,
            due=due,
            code=code_text if isinstance(code_text, str) else None,
            attribution=attribution,
        )

    @classmethod
    def from_event(
        cls, event: Event, *, attribution: str = KOTA_ATTRIBUTION
    ) -> RequiredAction | None:
        """From an `*.action_required` event, or None when its data carries no required action.

        v1 events embed the whole resource, so this works directly. v2 events carry only ids:
        retrieve the resource they name (e.g. the quote or offer) and use `from_resource`.
        """
        return cls.from_resource(event.data, attribution=attribution)

    def text(self) -> str:
        """The message as plain text: title, body, deadline and attribution, one per paragraph."""
        parts = [self.title, self.body]
        if self.due is not None:
            parts.append(f"Due by {self.due:%d %B %Y}.")
        parts.append(self.attribution)
        return "\n\n".join(parts)
