"""Kota's error bodies: RFC 9457 problem details, built the same way for every failure.

Every error the fake returns has `type`, `title`, `status`, `detail`, `instance`,
`trace_id` and a stable `error_code`; validation failures add `errors`, a map from field
path to messages. Handlers raise `Problem`; the request pipeline turns it into a response,
so the shape cannot drift between endpoints.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = ["PROBLEM_CONTENT_TYPE", "Problem", "problem_body"]

PROBLEM_CONTENT_TYPE = "application/problem+json"

_TYPES: dict[int, tuple[str, str]] = {
    400: ("https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request"),
    401: ("https://tools.ietf.org/html/rfc9110#section-15.5.2", "Unauthorized"),
    403: ("https://tools.ietf.org/html/rfc9110#section-15.5.4", "Forbidden"),
    404: ("https://tools.ietf.org/html/rfc9110#section-15.5.5", "Not Found"),
    405: ("https://tools.ietf.org/html/rfc9110#section-15.5.6", "Method Not Allowed"),
    409: ("https://tools.ietf.org/html/rfc9110#section-15.5.10", "Conflict"),
    410: ("https://tools.ietf.org/html/rfc9110#section-15.5.11", "Gone"),
    429: ("https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests"),
    500: ("https://tools.ietf.org/html/rfc9110#section-15.6.1", "Internal Server Error"),
    501: ("https://tools.ietf.org/html/rfc9110#section-15.6.2", "Not Implemented"),
    502: ("https://tools.ietf.org/html/rfc9110#section-15.6.3", "Bad Gateway"),
    503: ("https://tools.ietf.org/html/rfc9110#section-15.6.4", "Service Unavailable"),
    504: ("https://tools.ietf.org/html/rfc9110#section-15.6.5", "Gateway Timeout"),
}

_DEFAULT_CODES: dict[int, str] = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    410: "gone",
    429: "rate_limited",
    501: "not_implemented",
    503: "service_unavailable",
}


class Problem(Exception):
    """An error answer. Raise it from a handler; the pipeline renders it as problem+json.

    `error_code` defaults from the status (`not_found` for 404, `internal_error` for other
    5xx, ...); `errors` names the offending fields of a validation failure.
    """

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        error_code: str | None = None,
        title: str | None = None,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.error_code = error_code or _DEFAULT_CODES.get(
            status, "internal_error" if status >= 500 else "invalid_request"
        )
        self.title = title or _TYPES.get(status, ("", "Error"))[1]
        self.errors = dict(errors) if errors else None
        self.headers = dict(headers or {})

    @classmethod
    def validation(cls, errors: Mapping[str, list[str]]) -> Problem:
        """A 400 naming every invalid field; `detail` repeats them for log lines."""
        parts = [f"{field}: {'; '.join(msgs)}" for field, msgs in errors.items()]
        return cls(
            400,
            "Invalid request. " + " | ".join(parts),
            error_code="validation_error",
            title="One or more validation errors occurred.",
            errors=errors,
        )

    @classmethod
    def not_found(cls, kind: str, object_id: str) -> Problem:
        """A 404 for an id that names nothing."""
        return cls(404, f"No {kind} with id {object_id!r}.")

    @classmethod
    def invalid_state(cls, detail: str) -> Problem:
        """A 400 for a valid request the object cannot accept in its current state."""
        return cls(400, detail, error_code="invalid_state", title="Invalid state")


def problem_body(problem: Problem, *, instance: str, trace_id: str) -> bytes:
    """The JSON body of `problem` for the request at `instance`."""
    type_uri = _TYPES.get(problem.status, ("about:blank", ""))[0]
    body: dict[str, Any] = {
        "type": type_uri,
        "title": problem.title,
        "status": problem.status,
        "detail": problem.detail,
        "instance": instance,
        "error_code": problem.error_code,
        "trace_id": trace_id,
    }
    if problem.errors is not None:
        body["errors"] = problem.errors
    return json.dumps(body).encode()
