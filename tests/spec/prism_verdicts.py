"""What Prism thought of each request: read from its answers while the SDK talks to it.

Prism reports a request that breaks the spec in one of two ways: with the spec's own 4xx
response and the violations in an ``sl-violations`` header (located under ``request``), or,
when the operation documents no such response, with a problem document of its own (type
``https://stoplight.io/prism/errors#...``) that lists them under ``validation``. With
``--errors`` a response Prism generated but finds invalid becomes a 500 whose violations
are located under ``response``. The recorder hooks into aiohttp's tracing, so it sees the
exchanges of any client sending through its session, the SDK included.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import aiohttp

PRISM_ERROR = "https://stoplight.io/prism/errors#"


@dataclass
class Exchange:
    """One HTTP exchange as Prism answered it."""

    method: str
    url: str
    status: int
    violations: list[dict[str, Any]] = field(default_factory=list)
    prism_problem: dict[str, Any] | None = None

    def request_violations(self) -> list[dict[str, Any]]:
        """Everything Prism found wrong with the request, in either of its two reports."""
        found = [v for v in self.violations if v.get("location", [None])[0] == "request"]
        problem = self.prism_problem
        if problem is not None and self.status < 500:
            entries = problem.get("validation") or [
                {"location": [], "message": problem.get("title")}
            ]
            found += [{**v, "location": ["request", *v.get("location", [])]} for v in entries]
        return found


class Recorder:
    """Collects Prism's verdict on each request the SDK sends (via aiohttp tracing)."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []
        self.trace = aiohttp.TraceConfig()
        self.trace.on_request_end.append(self._on_request_end)

    async def _on_request_end(
        self,
        session: aiohttp.ClientSession,
        context: Any,
        params: aiohttp.TraceRequestEndParams,
    ) -> None:
        response = params.response
        header = response.headers.get("sl-violations")
        problem = None
        if response.status >= 400:
            # aiohttp keeps the body once read, so the SDK still gets it afterwards.
            try:
                body = json.loads(await response.read())
            except ValueError:
                body = None
            if isinstance(body, dict) and str(body.get("type", "")).startswith(PRISM_ERROR):
                problem = body
        self.exchanges.append(
            Exchange(
                params.method,
                str(params.url),
                response.status,
                parse_violations(header) if header else [],
                problem,
            )
        )


_LOCATION = re.compile(r'"location":(\[[^\]]*\])')


def parse_violations(header: str) -> list[dict[str, Any]]:
    """Prism's ``sl-violations`` header: a JSON list, or, past a size, "Too many
    violations! " and a cut-off list, of which each complete location is still kept."""
    try:
        parsed: list[dict[str, Any]] = json.loads(header)
        return parsed
    except json.JSONDecodeError:
        return [
            {"location": json.loads(m), "message": "(truncated)"} for m in _LOCATION.findall(header)
        ]
