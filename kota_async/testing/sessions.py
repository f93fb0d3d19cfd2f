"""Embed session tokens and single-use hosted session links.

`POST /embed/sessions` returns a short-lived token for one employer (or one employee of
it) that a platform hands to its frontend. `POST /hosted/sessions` returns a link to
Kota Hosted for one employee: valid for a single use, for 60 minutes. The fake serves
those links itself (`GET /_hosted/{token}`): the first visit shows a placeholder page,
any later visit or one after expiry answers 410, so tests can check that a link is used
once. Offboarding employers and inactive employees get no sessions.
"""

from __future__ import annotations

import html
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from aiohttp import web

from kota_async.testing.clock import format_datetime
from kota_async.testing.pipeline import Call, Handler
from kota_async.testing.problems import Problem
from kota_async.testing.settings import FakeSettings
from kota_async.testing.store import EmployeeRecord, EmployerRecord, State

__all__ = ["HOSTED_PATH_PREFIX", "EmbedSession", "HostedLink", "Sessions"]

HOSTED_PATH_PREFIX = "/_hosted/"
"""Where the fake serves its hosted links (not part of Kota's API)."""


@dataclass(slots=True)
class EmbedSession:
    """An issued embed token: for whom, and until when (epoch seconds, fake clock)."""

    token: str
    employer_id: str
    employee_id: str | None
    expires_at: float


@dataclass(slots=True)
class HostedLink:
    """An issued hosted link; `used` flips on the first visit."""

    token: str
    employer_id: str
    employee_id: str
    expires_at: float
    used: bool = False


class Sessions:
    """Embed and hosted session endpoints, plus the page behind hosted links."""

    def __init__(self, state: State, settings: FakeSettings, base_url: Callable[[], str]) -> None:
        self.state = state
        self.settings = settings
        self._base_url = base_url
        self.embed_sessions: dict[str, EmbedSession] = {}
        self.hosted_links: dict[str, HostedLink] = {}

    def routes(self) -> dict[str, Handler]:
        """Operation id -> endpoint."""
        return {"CreateEmbedSession": self.create_embed, "CreateHostedSession": self.create_hosted}

    def create_embed(self, call: Call) -> dict[str, Any]:
        """POST /embed/sessions: a token for an employer, or for one of its employees."""
        body: dict[str, Any] = call.body
        employer = self._employer(body["employer_id"])
        employee_id = body.get("employee_id")
        if employee_id is not None:
            self._employee(employer, employee_id)
        now = self.state.now()
        expiry = now + timedelta(seconds=self.settings.embed_session_ttl)
        token = secrets.token_urlsafe(32)
        self.embed_sessions[token] = EmbedSession(
            token, employer.id, employee_id, expiry.timestamp()
        )
        return {"token": token, "expiry": format_datetime(expiry)}

    def create_hosted(self, call: Call) -> dict[str, Any]:
        """POST /hosted/sessions: a single-use link for one employee, valid 60 minutes."""
        body: dict[str, Any] = call.body
        employer = self._employer(body["employer_id"])
        employee = self._employee(employer, body["employee_id"])
        expiry = self.state.now() + timedelta(seconds=self.settings.hosted_session_ttl)
        token = secrets.token_urlsafe(32)
        self.hosted_links[token] = HostedLink(token, employer.id, employee.id, expiry.timestamp())
        link = f"{self._base_url()}{HOSTED_PATH_PREFIX}{token}"
        return {"link": link, "expiry": format_datetime(expiry)}

    async def open_hosted_link(self, request: web.Request) -> web.Response:
        """GET /_hosted/{token}: what a browser following the link gets (once)."""
        link = self.hosted_links.get(request.match_info["token"])
        if link is None:
            raise Problem(404, "No such hosted session link.")
        if link.used:
            raise Problem(410, "This hosted session link was already used.", error_code="link_used")
        if self.state.clock.time() >= link.expires_at:
            raise Problem(410, "This hosted session link has expired.", error_code="link_expired")
        link.used = True
        page = (
            "<!doctype html><title>Kota Hosted (FakeKota)</title>"
            f"<p>Kota Hosted session for employee {html.escape(link.employee_id)} "
            f"of employer {html.escape(link.employer_id)}.</p>"
        )
        return web.Response(text=page, content_type="text/html")

    def _employer(self, employer_id: str) -> EmployerRecord:
        employer = self.state.employer(employer_id)
        if employer is None:
            raise Problem.not_found("employer", employer_id)
        if employer.offboard_on is not None:
            raise Problem.invalid_state(
                f"Employer {employer.id} is offboarding and has no access to Kota's UIs."
            )
        return employer

    def _employee(self, employer: EmployerRecord, employee_id: str) -> EmployeeRecord:
        employee = self.state.employee(employee_id)
        if employee is None or employee.employer_id != employer.id:
            raise Problem(404, f"No employee with id {employee_id!r} for employer {employer.id}.")
        if employee.offboarded:
            raise Problem.invalid_state(f"Employee {employee.id} is inactive.")
        return employee
