"""Request bodies and small HTTP helpers shared by the FakeKota tests."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
from multidict import CIMultiDict

API_KEY = "pk_test_fake_suite"


def employer_body(**overrides: Any) -> dict[str, Any]:
    """A valid CreateEmployerRequest."""
    body: dict[str, Any] = {
        "legal_name": "Liffey Analytics Ltd",
        "registration_number": "IE-123456",
        "legal_address": {
            "line1": "7 Quay Street",
            "city": "Dublin",
            "postal_code": "D02 X285",
            "country_code": "ie",
        },
        "contact": {"name": "Aoife Kelly", "email": "aoife@liffey.example"},
    }
    body.update(overrides)
    return body


def employee_body(employer_id: str, n: int = 0, **overrides: Any) -> dict[str, Any]:
    """A valid CreateEmployeeRequest for employee number `n`."""
    body: dict[str, Any] = {
        "employer_id": employer_id,
        "first_name": f"Sam{n}",
        "last_name": "Byrne",
        "date_of_birth": "1991-04-12",
        "sex_at_birth": "female",
        "home_address": {
            "line1": f"{n} Harbour Road",
            "city": "Cork",
            "postal_code": "T12 AB34",
            "country_code": "ie",
        },
        "national_tax_id": f"{1000000 + n}T",
        "start_on": "2025-02-01",
        "phone_number": "+353871234567",
        "email": f"sam{n}@liffey.example",
    }
    body.update(overrides)
    return body


@dataclass
class Reply:
    """Status, decoded JSON body and headers of one response."""

    status: int
    body: Any
    headers: CIMultiDict[str]


class Api:
    """A thin wrapper over an aiohttp session, so tests read as HTTP calls."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        """Send a request and read the whole answer."""
        async with self.session.request(
            method, path, json=json, params=params, headers=headers
        ) as response:
            body = await response.json(content_type=None)
            return Reply(response.status, body, CIMultiDict(response.headers))

    async def get(self, path: str, **params: str) -> Reply:
        """GET with query parameters."""
        return await self.request("GET", path, params=params or None)

    async def post(self, path: str, json: Any = None, *, key: str | None = None) -> Reply:
        """POST a JSON body, with an Idempotency-Key when `key` is given."""
        headers = {"Idempotency-Key": key} if key else None
        return await self.request("POST", path, json=json, headers=headers)

    async def put(self, path: str, json: Any) -> Reply:
        """PUT a JSON body."""
        return await self.request("PUT", path, json=json)

    async def employer(self, **overrides: Any) -> dict[str, Any]:
        """Create an employer and return it."""
        reply = await self.post("/employers", employer_body(**overrides))
        assert reply.status == 200, reply.body
        return dict(reply.body)

    async def employee(self, employer_id: str, n: int = 0, **overrides: Any) -> dict[str, Any]:
        """Create an employee and return it."""
        reply = await self.post("/employees", employee_body(employer_id, n, **overrides))
        assert reply.status == 200, reply.body
        return dict(reply.body)


@dataclass
class Received:
    """One webhook POST as the receiver got it."""

    body: bytes
    headers: dict[str, str]


@dataclass
class Inbox:
    """A local webhook receiver; `status` is what it answers (500 simulates an outage)."""

    url: str = ""
    status: int = 200
    received: list[Received] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle(self, request: web.Request) -> web.Response:
        self.received.append(Received(await request.read(), dict(request.headers)))
        self.arrived.set()
        return web.Response(status=self.status)


async def start_inbox() -> tuple[Inbox, web.AppRunner]:
    """Start an Inbox on 127.0.0.1 (any free port)."""
    inbox = Inbox()
    app = web.Application()
    app.router.add_post("/hooks", inbox.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    inbox.url = f"http://127.0.0.1:{port}/hooks"
    return inbox, runner
