"""A fault-injecting Kota stand-in on 127.0.0.1 (fixtures in conftest.py).

`FaultServer` answers a handful of Kota routes well (create/list/retrieve employees, embed
and hosted sessions) and records every request it receives. A test scripts trouble with
`server.fail(method, path, *faults)`: the next requests to that route get those faults in
order (an error status, a dropped or reset connection, a stall past the client's timeout,
a garbled body), after which the route behaves again. That is how retries, idempotency and
error mapping are observed from the outside, the way Kota would see them.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from aiohttp import web
from attrs import define, field, frozen

from kota_async._transport import RetryPolicy

API_KEY = "pk_test_client_suite_0123456789abcdef"
"""The key every test client uses; tests assert it never leaks."""

FAST_RETRIES = RetryPolicy(base_delay=0.001, max_delay=0.01, max_retry_after=5.0)
"""Backoff timing for tests: same behaviour, milliseconds instead of seconds."""


def employee_json(number: int, employer_id: str = "er_fault0001") -> dict[str, Any]:
    """A valid EmployeeResponse body; `number` makes the id and names distinct."""
    return {
        "platform_id": "pt_fault",
        "id": f"ee_{number:06d}",
        "employer_id": employer_id,
        "status": "active",
        "first_name": f"First{number}",
        "last_name": f"Last{number}",
        "date_of_birth": "1990-01-31",
        "sex_at_birth": "female",
        "national_tax_id": f"TAX{number}",
        "phone_number": "+441234567890",
        "email": f"person{number}@example.com",
        "object": "employee",
    }


@frozen
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    at: float

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@frozen
class Reply:
    """Answer with this status, headers and body (bytes, or JSON data)."""

    status: int
    body: bytes | Any = b""
    headers: Mapping[str, str] = {}
    content_type: str = "application/problem+json"


@frozen
class Drop:
    """Close the connection without answering (the client sees a disconnect)."""


@frozen
class Reset:
    """Abort the connection with a TCP RST (the client sees a connection reset)."""


@frozen
class Stall:
    """Wait this long before answering normally (longer than the call's timeout)."""

    seconds: float


Fault = Reply | Drop | Reset | Stall
Handler = Callable[[web.Request, bytes], Awaitable[web.StreamResponse]]


@define
class FaultServer:
    """The Kota stand-in; see the module docstring. `max_in_flight` is the most requests it
    was ever handling at once (how much concurrency the client really used)."""

    employees: list[dict[str, Any]] = field(factory=list)
    requests: list[Recorded] = field(factory=list)
    latency: float = 0.0
    url: str = ""
    in_flight: int = 0
    max_in_flight: int = 0
    _faults: dict[tuple[str, str], deque[Fault]] = field(factory=lambda: defaultdict(deque))
    _routes: dict[tuple[str, str], Handler] = field(factory=dict)

    def fail(self, method: str, path: str, *faults: Fault) -> None:
        """The next requests to `method path` meet these faults, in order."""
        self._faults[(method, path)].extend(faults)

    def to(self, method: str, path: str) -> list[Recorded]:
        """The recorded requests for one route, oldest first."""
        return [r for r in self.requests if r.method == method and r.path == path]

    def route(self, method: str, path: str, handler: Handler) -> None:
        """Answer `method path` with `handler` (replacing the built-in behaviour)."""
        self._routes[(method, path)] = handler

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            return await self._dispatch(request)
        finally:
            self.in_flight -= 1

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.requests.append(
            Recorded(
                method=request.method,
                path=request.path,
                query=dict(request.query),
                headers=dict(request.headers),
                body=body,
                at=time.monotonic(),
            )
        )
        queue = self._faults.get((request.method, request.path))
        if queue:
            fault = queue.popleft()
            if isinstance(fault, Reply):
                payload = (
                    fault.body if isinstance(fault.body, bytes) else json.dumps(fault.body).encode()
                )
                return web.Response(
                    status=fault.status,
                    body=payload,
                    headers={"Content-Type": fault.content_type, **fault.headers},
                )
            if isinstance(fault, Stall):
                await asyncio.sleep(fault.seconds)
            else:
                transport = request.transport
                assert transport is not None
                if isinstance(fault, Reset):
                    sock = transport.get_extra_info("socket")
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                transport.abort()
                raise asyncio.CancelledError
        if self.latency:
            await asyncio.sleep(self.latency)
        handler = self._routes.get((request.method, request.path))
        if handler is None:
            handler = self._builtin(request)
        return await handler(request, body)

    def _builtin(self, request: web.Request) -> Handler:
        method, path = request.method, request.path
        if method == "POST" and path == "/employees":
            return self._create_employee
        if method == "GET" and path == "/employees":
            return self._list_employees
        if method == "GET" and path.startswith("/employees/"):
            return self._retrieve_employee
        if method == "POST" and path == "/embed/sessions":
            return self._embed_session
        if method == "POST" and path == "/hosted/sessions":
            return self._hosted_session
        return self._not_found

    async def _create_employee(self, request: web.Request, body: bytes) -> web.Response:
        sent = json.loads(body)
        created = {**employee_json(len(self.employees) + 1, sent["employer_id"])}
        for name in ("first_name", "last_name", "email", "date_of_birth", "sex_at_birth"):
            created[name] = sent[name]
        self.employees.append(created)
        return web.json_response(created)

    async def _list_employees(self, request: web.Request, body: bytes) -> web.Response:
        page = int(request.query.get("page", "1"))
        size = int(request.query.get("page_size", "10"))
        items = self.employees[(page - 1) * size : page * size]
        return web.json_response(
            {
                "items": items,
                "page": page,
                "page_size": len(items),
                "total_count": len(self.employees),
                "has_next_page": page * size < len(self.employees),
                "has_previous_page": page > 1,
            }
        )

    async def _retrieve_employee(self, request: web.Request, body: bytes) -> web.Response:
        wanted = request.path.rsplit("/", 1)[1]
        for employee in self.employees:
            if employee["id"] == wanted:
                return web.json_response(employee)
        return await self._not_found(request, body)

    async def _embed_session(self, request: web.Request, body: bytes) -> web.Response:
        return web.json_response(
            {"token": f"est_{len(self.requests):08d}_secretish", "expiry": "2030-01-01T00:00:00Z"}
        )

    async def _hosted_session(self, request: web.Request, body: bytes) -> web.Response:
        return web.json_response(
            {
                "link": f"https://hosted.example/s/{len(self.requests):08d}",
                "expiry": "2030-01-01T01:00:00Z",
            }
        )

    async def _not_found(self, request: web.Request, body: bytes) -> web.Response:
        return web.json_response(
            {
                "type": "https://tools.ietf.org/html/rfc9110#section-15.5.5",
                "title": "Not Found",
                "status": 404,
                "detail": f"No such object: {request.path}",
                "error_code": "not_found",
                "trace_id": "trace-404",
            },
            status=404,
            content_type="application/problem+json",
        )


async def start(fault_server: FaultServer) -> web.AppRunner:
    """Serve `fault_server` on 127.0.0.1 (random port), setting its `url`."""
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", fault_server.dispatch)
    runner = web.AppRunner(app, shutdown_timeout=0.05, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    fault_server.url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    return runner


def problem(
    status: int,
    *,
    error_code: str = "error",
    detail: str = "Something went wrong.",
    trace_id: str | None = "trace-0001",
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> Reply:
    """A problem+json reply shaped like Kota's."""
    body: dict[str, Any] = {
        "type": "https://tools.ietf.org/html/rfc9110",
        "title": "Problem",
        "status": status,
        "detail": detail,
        "error_code": error_code,
        **extra,
    }
    if trace_id is not None:
        body["trace_id"] = trace_id
    return Reply(status, body, headers or {})


NEW_EMPLOYEE: dict[str, Any] = {
    "employer_id": "er_fault0001",
    "first_name": "Ada",
    "last_name": "Lovelace",
    "date_of_birth": "1990-01-31",
    "sex_at_birth": "female",
    "home_address": {
        "line1": "1 Main St",
        "city": "London",
        "postal_code": "N1",
        "country_code": "gb",
    },
    "national_tax_id": "QQ123456C",
    "start_on": "2025-01-01",
    "phone_number": "+441234567890",
    "email": "ada@example.com",
}
"""Keyword arguments for a valid `kota.employees.create(...)` call."""
