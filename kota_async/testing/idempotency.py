"""Idempotency keys, as Kota keeps them: one hour, one request per key.

A POST carrying an `Idempotency-Key` that was already used with the *same* request gets
the original response back (status and body, byte for byte) without the work being done
again; the same key with a *different* request (other path or other body) is a 409
`idempotency_error`. This is what makes retrying a POST after a timeout or a dropped
connection safe, so the fake implements it exactly and lets tests move the clock past
the one-hour window.

Only answers produced by the endpoint itself are kept: a request refused before it ran
(authentication, validation, an injected fault) can be retried with the same key. The
injected "after commit" faults replace only what goes on the wire, so the kept answer is
the real one and a retry receives it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from kota_async.testing.clock import FakeClock
from kota_async.testing.problems import Problem

__all__ = ["DEFAULT_TTL", "IdempotencyStore", "StoredResponse", "fingerprint"]

DEFAULT_TTL = timedelta(hours=1)
MAX_KEY_LENGTH = 255


@dataclass(frozen=True, slots=True)
class StoredResponse:
    """A response as it was first sent: replayed as is for a retry with the same key."""

    status: int
    body: bytes
    content_type: str


@dataclass(slots=True)
class _Entry:
    fingerprint: bytes
    response: StoredResponse
    expires_at: float


def fingerprint(method: str, path: str, body: Any) -> bytes:
    """A digest of what makes two requests "the same": method, path and the JSON body
    (key order and whitespace do not matter)."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{method} {path}\n{canonical}".encode()).digest()


class IdempotencyStore:
    """Keys seen in the last `ttl`, per API key, with the response each one produced."""

    def __init__(self, clock: FakeClock, ttl: timedelta = DEFAULT_TTL) -> None:
        self._clock = clock
        self._ttl = ttl.total_seconds()
        self._entries: dict[tuple[str, str], _Entry] = {}

    def __len__(self) -> int:
        self._purge()
        return len(self._entries)

    def lookup(self, scope: str, key: str, request_fingerprint: bytes) -> StoredResponse | None:
        """The stored response for a retry, None for a fresh key; `Problem` (409) when the
        key was used for a different request."""
        if not key or len(key) > MAX_KEY_LENGTH:
            raise Problem.validation(
                {"Idempotency-Key": [f"must be 1 to {MAX_KEY_LENGTH} characters"]}
            )
        self._purge()
        entry = self._entries.get((scope, key))
        if entry is None:
            return None
        if entry.fingerprint != request_fingerprint:
            raise Problem(
                409,
                "This Idempotency-Key was already used with a different request. Use a new "
                "key for a new request; reuse a key only to retry the same request.",
                error_code="idempotency_error",
            )
        return entry.response

    def save(
        self, scope: str, key: str, request_fingerprint: bytes, response: StoredResponse
    ) -> None:
        """Remember the first response to a key for `ttl`."""
        self._entries.setdefault(
            (scope, key),
            _Entry(request_fingerprint, response, self._clock.time() + self._ttl),
        )

    def _purge(self) -> None:
        # Entries are inserted in time order and the clock never goes back, so expired
        # entries are always at the front.
        now = self._clock.time()
        entries = self._entries
        while entries:
            first = next(iter(entries))
            if entries[first].expires_at > now:
                break
            del entries[first]
