"""`kota.with_raw_response`: the typed result plus the HTTP exchange behind it."""

from __future__ import annotations

import pytest
from aiohttp import web
from fault_server import NEW_EMPLOYEE, FaultServer, problem

from kota_async import KotaClient, Page


async def test_raw_response_of_a_retrieve(kota: KotaClient, server: FaultServer) -> None:
    await kota.employees.create(**NEW_EMPLOYEE)

    raw = await kota.with_raw_response(kota.employees.retrieve, "ee_000001")

    assert raw.parsed.id == "ee_000001"
    assert raw.status == 200
    assert raw.headers["Content-Type"].startswith("application/json")
    assert raw.json()["id"] == "ee_000001"
    assert raw.body.startswith(b"{")
    assert raw.attempts == 1
    assert raw.elapsed > 0


async def test_raw_response_counts_attempts(kota: KotaClient, server: FaultServer) -> None:
    server.fail("POST", "/employees", problem(503), problem(500))

    raw = await kota.with_raw_response(kota.employees.create, **NEW_EMPLOYEE)

    assert raw.parsed.first_name == "Ada"
    assert raw.attempts == 3


async def test_raw_response_of_a_first_page(kota: KotaClient, server: FaultServer) -> None:
    await kota.employees.create(**NEW_EMPLOYEE)

    raw = await kota.with_raw_response(kota.employees.list, page_size=5)

    assert isinstance(raw.parsed, Page)
    assert raw.json()["total_count"] == 1


async def test_raw_response_exposes_the_trace_header(kota: KotaClient, server: FaultServer) -> None:
    async def traced(request: web.Request, body: bytes) -> web.Response:
        return web.json_response(
            {"token": "est_x", "expiry": "2030-01-01T00:00:00Z"},
            headers={"X-Trace-Id": "trace-raw"},
        )

    server.route("POST", "/embed/sessions", traced)

    raw = await kota.with_raw_response(kota.sessions.employer_token, "er_abc")

    assert raw.trace_id == "trace-raw"
    assert raw.parsed.token == "est_x"


async def test_something_that_sends_nothing_is_refused(kota: KotaClient) -> None:
    async def nothing() -> int:
        return 1

    with pytest.raises(ValueError, match="without sending"):
        await kota.with_raw_response(nothing)
