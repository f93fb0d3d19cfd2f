"""How a webhook delivery proves it came from the sender: the signature schemes.

A receiver must trust nothing in a delivery until its signature checks out, and two kinds of
sender sign differently:

- Kota signs the timestamp and the raw body together, `x-kota-webhook-signature:
  t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. The timestamp lets a
  receiver refuse a captured delivery replayed later; several `v1` values may appear while Kota
  rotates an endpoint's secret, and any one of them matching is enough.
- Some senders (the insurer guide in seed 004) sign only the raw body, `sha1=<hex HMAC>`, and
  name the event type and a delivery id in two more headers. Nothing there dates a delivery, so
  de-duplication by delivery id is the only replay defence such a sender allows.

Both are a `SignatureScheme`, so one receiver serves either kind of sender: it asks the scheme
to verify, and gets back a `VerifiedDelivery` saying what the headers vouched for.

Every failure raises `SignatureVerificationError` naming the check that failed. Messages never
contain the secret, the expected signature or the received header value, so they are safe to
log and to send back in a 400.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Callable, Mapping
from typing import Literal, Protocol

import attrs

from kota_async.errors import SignatureVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "KOTA_SIGNATURE_HEADER",
    "MAX_SIGNATURE_HEADER_LENGTH",
    "BodyHmacScheme",
    "KotaSignatureScheme",
    "SignatureScheme",
    "VerifiedDelivery",
    "sign",
    "verify_signature",
]

KOTA_SIGNATURE_HEADER = "x-kota-webhook-signature"
"""The header Kota puts its signature in."""

DEFAULT_TOLERANCE = 300
"""Seconds a Kota signature timestamp may differ from our clock, in either direction."""

MAX_SIGNATURE_HEADER_LENGTH = 4096
"""Longer signature headers are refused before being parsed (a real one is ~100 characters)."""

_MAX_HEADER_VALUE_LENGTH = 256
_MAX_TIMESTAMP_DIGITS = 12
_HEX = re.compile(r"[0-9a-f]+")
_DIGITS = re.compile(r"[0-9]+")


@attrs.frozen
class VerifiedDelivery:
    """What a delivery's headers vouched for once its signature checked out.

    `event_type` and `delivery_id` are set by schemes that carry them in headers (the body is
    then the bare resource, not an event envelope); `timestamp` by schemes that sign one.
    """

    event_type: str | None = None
    delivery_id: str | None = None
    timestamp: int | None = None


class SignatureScheme(Protocol):
    """A way of proving a delivery came from the holder of the shared secret.

    `verify` raises `SignatureVerificationError` (message naming the failed check, never the
    secret or the expected signature) or returns what the headers vouched for. `headers` should
    be case-insensitive, as aiohttp's are; plain dicts are searched case-insensitively too.
    """

    def verify(
        self,
        payload: bytes,
        headers: Mapping[str, str],
        secret: str,
        *,
        now: float | None = None,
    ) -> VerifiedDelivery:
        """Check the signature of `payload` against `secret`, or raise."""
        ...


def _hmac_hex(secret: str, message: bytes, algorithm: str) -> str:
    return hmac.new(secret.encode("utf-8"), message, algorithm).hexdigest()


def _require_secret(secret: object) -> str:
    if not isinstance(secret, str) or not secret:
        raise SignatureVerificationError("no webhook secret configured (the secret is empty)")
    return secret


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        wanted = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == wanted), None)
    return value


def _bounded(value: str | None, name: str, limit: int) -> str:
    if value is None or not value.strip():
        raise SignatureVerificationError(f"missing {name} header")
    if len(value) > limit:
        raise SignatureVerificationError(f"{name} header is too long (over {limit} characters)")
    return value


def sign(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    """The `x-kota-webhook-signature` value Kota would send for `payload` at `timestamp`.

    For tests and for FakeKota's deliveries; `timestamp` defaults to now (unix seconds).
    """
    signed_at = int(time.time()) if timestamp is None else int(timestamp)
    message = f"{signed_at}.".encode() + payload
    return f"t={signed_at},v1={_hmac_hex(_require_secret(secret), message, 'sha256')}"


def _parse_kota_header(header: str | None) -> tuple[str, list[str]]:
    value = _bounded(header, KOTA_SIGNATURE_HEADER, MAX_SIGNATURE_HEADER_LENGTH)
    timestamps: list[str] = []
    signatures: list[str] = []
    for item in value.split(","):
        key, sep, text = item.partition("=")
        if not sep or not key:
            raise SignatureVerificationError(
                "malformed signature header: every item must be key=value"
            )
        if key == "t":
            timestamps.append(text)
        elif key == "v1":
            signatures.append(text)
        # Other keys (a future v2 scheme) are ignored, so Kota can add one without breaking us.
    if not timestamps:
        raise SignatureVerificationError("malformed signature header: no timestamp (t=)")
    if len(timestamps) > 1:
        raise SignatureVerificationError("malformed signature header: duplicated timestamp (t=)")
    if not signatures:
        raise SignatureVerificationError("malformed signature header: no v1 signature")
    stamp = timestamps[0]
    if not _DIGITS.fullmatch(stamp) or len(stamp) > _MAX_TIMESTAMP_DIGITS:
        raise SignatureVerificationError(
            "malformed signature header: timestamp (t=) is not unix seconds"
        )
    for signature in signatures:
        if len(signature) != 64 or not _HEX.fullmatch(signature):
            raise SignatureVerificationError(
                "malformed signature header: v1 signature is not 64 lowercase hex characters"
            )
    return stamp, signatures


def verify_signature(
    payload: bytes,
    header: str | None,
    secret: str,
    *,
    tolerance: int | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> int:
    """Verify a Kota signature header against the raw `payload`; return its timestamp.

    The header is parsed strictly (no added whitespace, lowercase hex, exactly one `t`), so
    no edit of a genuine header still verifies; keys other than `t` and `v1` are ignored, so
    Kota can add a future signature version without breaking receivers. The signature is
    checked before the timestamp, so "outside the tolerance" only ever describes a genuine
    delivery (a clock problem or a replay), never a forgery. `tolerance` None disables the
    timestamp check; `now` (unix seconds) is for tests.
    """
    if tolerance is not None and tolerance < 0:
        raise ValueError("tolerance must be >= 0 seconds, or None to disable the check")
    key = _require_secret(secret)
    stamp, signatures = _parse_kota_header(header)
    # The timestamp is signed as the text received, so "t=0170..." cannot stand in for "t=170...".
    expected = _hmac_hex(key, f"{stamp}.".encode() + payload, "sha256")
    matched = False
    for signature in signatures:  # no early exit: time does not depend on which one matched
        matched |= hmac.compare_digest(expected, signature)
    if not matched:
        raise SignatureVerificationError(
            "signature mismatch: no v1 signature matches the payload and secret"
        )
    timestamp = int(stamp)
    if tolerance is not None:
        age = (time.time() if now is None else now) - timestamp
        if age > tolerance:
            raise SignatureVerificationError(
                f"timestamp outside the tolerance: signed {int(age)}s ago (limit {tolerance}s)"
            )
        if -age > tolerance:
            raise SignatureVerificationError(
                f"timestamp outside the tolerance: signed {int(-age)}s in the future "
                f"(limit {tolerance}s)"
            )
    return timestamp


@attrs.frozen
class KotaSignatureScheme:
    """Kota's own scheme: `x-kota-webhook-signature: t=...,v1=...` over "<t>.<raw body>".

    The body is an event envelope (id, type, created_at, data, ...), so the headers vouch only
    for the timestamp.
    """

    tolerance: int | None = DEFAULT_TOLERANCE
    """Seconds the signed timestamp may be off from our clock; None disables the check."""
    clock: Callable[[], float] | None = None
    """Where "now" comes from (unix seconds; default `time.time`): pass a test clock, e.g.
    FakeKota's, when the sender's time is not the wall clock."""

    def verify(
        self,
        payload: bytes,
        headers: Mapping[str, str],
        secret: str,
        *,
        now: float | None = None,
    ) -> VerifiedDelivery:
        """Verify Kota's signature header; see `verify_signature`."""
        header = _header(headers, KOTA_SIGNATURE_HEADER)
        if now is None and self.clock is not None:
            now = self.clock()
        timestamp = verify_signature(payload, header, secret, tolerance=self.tolerance, now=now)
        return VerifiedDelivery(timestamp=timestamp)

    def sign_headers(
        self, payload: bytes, secret: str, *, timestamp: int | None = None
    ) -> dict[str, str]:
        """The headers Kota would send with `payload` (for tests and fake senders)."""
        return {KOTA_SIGNATURE_HEADER: sign(payload, secret, timestamp)}


@attrs.frozen
class BodyHmacScheme:
    """The body-only scheme of seed 004: `<algorithm>=<hex HMAC of the raw body>`.

    The event type and a delivery id travel in their own headers (both required, since
    handlers are chosen by the type and duplicates are dropped by the id). The defaults are the
    header names of the insurer guide this scheme comes from; pass others for other senders.
    Only the body is signed: nothing dates a delivery, and the event-type and delivery-id
    headers are not covered, so a captured delivery can be replayed under a new delivery id or
    type. De-duplication is the only defence such a sender allows (keep the receiver's store
    durable), and when the body is itself an event envelope its type is checked against the
    header.
    """

    signature_header: str = "X-KASKO-Signature"
    event_type_header: str = "X-KASKO-Event"
    delivery_id_header: str = "X-KASKO-Delivery"
    algorithm: Literal["sha1", "sha256"] = "sha1"

    def signature(self, payload: bytes, secret: str) -> str:
        """The signature header value for `payload`, e.g. `sha1=88dd...`."""
        return f"{self.algorithm}={_hmac_hex(_require_secret(secret), payload, self.algorithm)}"

    def verify(
        self,
        payload: bytes,
        headers: Mapping[str, str],
        secret: str,
        *,
        now: float | None = None,
    ) -> VerifiedDelivery:
        """Verify the body HMAC and read the event-type and delivery-id headers.

        `now` is accepted for the protocol's sake; this scheme signs no time.
        """
        key = _require_secret(secret)
        value = _bounded(
            _header(headers, self.signature_header),
            self.signature_header,
            MAX_SIGNATURE_HEADER_LENGTH,
        )
        prefix, sep, received = value.partition("=")
        if not sep or prefix != self.algorithm:
            raise SignatureVerificationError(
                f"malformed signature header: expected the form {self.algorithm}=<hex digest>"
            )
        digest_length = hashlib.new(self.algorithm).digest_size * 2
        if len(received) != digest_length or not _HEX.fullmatch(received):
            raise SignatureVerificationError(
                f"malformed signature header: the digest is not {digest_length} lowercase hex characters"
            )
        expected = _hmac_hex(key, payload, self.algorithm)
        if not hmac.compare_digest(expected, received):
            raise SignatureVerificationError(
                "signature mismatch: the body HMAC does not match the payload and secret"
            )
        event_type = _bounded(
            _header(headers, self.event_type_header),
            self.event_type_header,
            _MAX_HEADER_VALUE_LENGTH,
        )
        delivery_id = _bounded(
            _header(headers, self.delivery_id_header),
            self.delivery_id_header,
            _MAX_HEADER_VALUE_LENGTH,
        )
        return VerifiedDelivery(event_type=event_type, delivery_id=delivery_id)

    def sign_headers(
        self, payload: bytes, secret: str, *, event_type: str, delivery_id: str
    ) -> dict[str, str]:
        """The headers such a sender would send with `payload` (for tests and fake senders)."""
        return {
            self.signature_header: self.signature(payload, secret),
            self.event_type_header: event_type,
            self.delivery_id_header: delivery_id,
        }
