"""Every exception the SDK raises on purpose, and how an HTTP error response becomes one.

Kota answers errors with RFC 9457 problem details (`application/problem+json`):
`type`, `title`, `status`, `detail`, plus Kota's `error_code` (stable, for branching),
`trace_id` (quote it to Kota support) and, for validation failures, `errors` (which field
was wrong and why). One class per status lets callers write `except NotFoundError:` instead
of comparing numbers, and the attributes keep everything the body said.

Proxies and load balancers in front of Kota answer with HTML or nothing at all; those still
become the right class for their status, with a short snippet of the body in the message so
the log line says what actually came back.

Hierarchy::

    KotaError
    +-- APIError (status, error_code, title, detail, trace_id, errors)
    |   +-- BadRequestError (400)
    |   |   +-- InvalidStateError (400, error_code "invalid_state")
    |   +-- AuthenticationError (401)
    |   +-- PermissionDeniedError (403)
    |   +-- NotFoundError (404)
    |   +-- IdempotencyError (409)
    |   +-- RateLimitError (429, retry_after)
    |   +-- ServerError (5xx)
    +-- APIConnectionError
    |   +-- APITimeoutError
    +-- ResponseDecodeError
    +-- ConfigurationError
    +-- SignatureVerificationError
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "IdempotencyError",
    "InvalidStateError",
    "KotaError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ServerError",
    "SignatureVerificationError",
]

SNIPPET_CHARS = 200
"""How much of an unexpected body an exception message quotes."""

TRACE_HEADERS = ("x-trace-id", "x-request-id", "traceparent")
"""Response headers that carry a trace id when the body does not (proxies, empty bodies)."""


class KotaError(Exception):
    """Base class of every error this SDK raises, so one `except KotaError` catches them all."""


class APIError(KotaError):
    """Kota (or something in front of it) answered with an error status.

    `errors` maps a field name to what was wrong with it (empty when the body named no
    fields); `headers` and `body` keep the raw response for anything the attributes miss.
    """

    status: int
    error_code: str | None
    title: str | None
    detail: str | None
    trace_id: str | None
    errors: dict[str, list[str]]
    headers: Mapping[str, str]
    body: bytes

    def __init__(
        self,
        message: str,
        *,
        status: int,
        error_code: str | None = None,
        title: str | None = None,
        detail: str | None = None,
        trace_id: str | None = None,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error_code = error_code
        self.title = title
        self.detail = detail
        self.trace_id = trace_id
        self.errors = dict(errors or {})
        self.headers = headers if headers is not None else {}
        self.body = body

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status}, error_code={self.error_code!r}, "
            f"trace_id={self.trace_id!r})"
        )


class BadRequestError(APIError):
    """400: the request was refused as invalid; `errors` says which fields and why."""


class InvalidStateError(BadRequestError):
    """400 with error_code `invalid_state`: valid request, but the object cannot do that now
    (offboarding an already offboarded employee, finalizing a finalized report, ...)."""


class AuthenticationError(APIError):
    """401: the API key is missing, malformed, revoked or for the other mode (test/live)."""


class PermissionDeniedError(APIError):
    """403: the key is valid but not allowed to touch this object."""


class NotFoundError(APIError):
    """404: no such object (or not visible to this platform)."""


class IdempotencyError(APIError):
    """409: the Idempotency-Key was already used for a different request, or that request is
    still in flight. Use a new key for a new request; reuse a key only to retry the same one."""


class RateLimitError(APIError):
    """429: too many requests. `retry_after` is the server's requested wait in seconds (None
    when it gave none); raised after retries ran out, or at once when the wait is too long."""

    retry_after: float | None

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIError):
    """5xx: Kota (or a proxy) failed. Already retried; safe to retry later for POSTs too,
    because every retry reuses the call's Idempotency-Key."""


class APIConnectionError(KotaError):
    """The request got no HTTP answer at all (DNS, refused, reset, TLS), after retries."""


class APITimeoutError(APIConnectionError):
    """No complete answer arrived within the call's `timeout`, after retries."""


class ResponseDecodeError(KotaError):
    """A success status came with a body that is not JSON, or not the documented shape.

    Raised instead of returning half-parsed data; the message names the operation, the
    status and quotes the start of the body.
    """

    operation_id: str
    status: int
    body: bytes

    def __init__(self, message: str, *, operation_id: str, status: int, body: bytes) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.status = status
        self.body = body


class ConfigurationError(KotaError):
    """The client cannot be set up as asked (no key, bad key prefix, insecure base URL)."""


class SignatureVerificationError(KotaError):
    """A webhook's signature is missing, malformed, stale or does not match the secret."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: IdempotencyError,
    429: RateLimitError,
}


def snippet(body: bytes, limit: int = SNIPPET_CHARS) -> str:
    """The start of a body as one readable line, for messages about unexpected responses."""
    if not body:
        return "<empty body>"
    text = " ".join(body[: limit * 4].decode("utf-8", "replace").split())
    return text if len(text) <= limit else text[:limit] + "..."


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _field_errors(raw: object) -> dict[str, list[str]]:
    """Normalise both shapes Kota uses: `{"field": ["msg", ...]}` (validation problem
    details) and `[{"field_id": ..., "message": ...}]` (requirement answers)."""
    out: dict[str, list[str]] = {}
    if isinstance(raw, Mapping):
        for field, messages in raw.items():
            if isinstance(messages, list):
                out[str(field)] = [str(m) for m in messages]
            else:
                out[str(field)] = [str(messages)]
    elif isinstance(raw, list):
        for item in raw:
            if isinstance(item, Mapping):
                field = str(item.get("field_id") or item.get("field") or "")
                message = item.get("message") or item.get("error_type") or ""
                out.setdefault(field, []).append(str(message))
    return out


def _problem(body: bytes) -> dict[str, Any] | None:
    if not body:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _header_trace_id(headers: Mapping[str, str]) -> str | None:
    for name in TRACE_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def error_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    retry_after: float | None = None,
    redact: str | None = None,
) -> APIError:
    """Build the exception for an error response (any status >= 300).

    `headers` should be case-insensitive (aiohttp's are). `redact` is a secret that must not
    reach the message even if a proxy echoes it back in the body.
    """
    problem = _problem(body)
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIError)
    if problem is not None:
        error_code = _text(problem.get("error_code")) or _text(problem.get("code"))
        title = _text(problem.get("title"))
        detail = _text(problem.get("detail"))
        trace_id = _text(problem.get("trace_id")) or _header_trace_id(headers)
        errors = _field_errors(problem.get("errors"))
        summary = detail or title or snippet(body)
    else:
        error_code = title = detail = None
        trace_id = _header_trace_id(headers)
        errors = {}
        summary = f"unexpected {headers.get('content-type', 'untyped')} body: {snippet(body)}"
    if cls is BadRequestError and error_code == "invalid_state":
        cls = InvalidStateError

    parts = [f"{status} {summary}"]
    if error_code:
        parts.append(f"error_code={error_code}")
    if errors:
        parts.append(
            "fields: " + "; ".join(f"{f or '<request>'}: {', '.join(m)}" for f, m in errors.items())
        )
    if trace_id:
        parts.append(f"trace_id={trace_id}")
    if retry_after is not None:
        parts.append(f"retry_after={retry_after:g}s")
    message = " | ".join(parts)
    if redact:
        message = message.replace(redact, "<redacted>")

    kwargs: dict[str, Any] = {
        "status": status,
        "error_code": error_code,
        "title": title,
        "detail": detail,
        "trace_id": trace_id,
        "errors": errors,
        "headers": headers,
        "body": body,
    }
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, **kwargs)
    return cls(message, **kwargs)
