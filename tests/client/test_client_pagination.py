"""`list` methods: every item exactly once, in order, with or without prefetching."""

from __future__ import annotations

import asyncio
import json
import math

import pytest
from aiohttp import web
from fault_server import FaultServer, employee_json, problem

from kota_async import AsyncPager, KotaClient, NotFoundError, Page


def fill(server: FaultServer, count: int) -> list[str]:
    server.employees = [employee_json(n) for n in range(1, count + 1)]
    return [e["id"] for e in server.employees]


@pytest.mark.parametrize("count", [0, 1, 100, 101, 1234])
@pytest.mark.parametrize("prefetch", [0, 8])
async def test_iteration_yields_every_item_once_in_order(
    kota: KotaClient, server: FaultServer, count: int, prefetch: int
) -> None:
    expected = fill(server, count)

    seen = [employee.id async for employee in kota.employees.list(prefetch=prefetch)]

    assert seen == expected
    pages_requested = sorted(int(r.query["page"]) for r in server.to("GET", "/employees"))
    assert pages_requested == list(range(1, max(1, math.ceil(count / 100)) + 1))
    assert {r.query["page_size"] for r in server.requests} == {"100"}


async def test_filters_are_sent_with_every_page(kota: KotaClient, server: FaultServer) -> None:
    fill(server, 25)

    seen = [e async for e in kota.employees.list(employer_id="er_fault0001", page_size=10)]

    assert len(seen) == 25
    assert [r.query for r in server.requests] == [
        {"employer_id": "er_fault0001", "page": str(n), "page_size": "10"} for n in (1, 2, 3)
    ]


async def test_awaiting_the_pager_gives_the_first_page(
    kota: KotaClient, server: FaultServer
) -> None:
    expected = fill(server, 120)

    first = await kota.employees.list(page_size=50)

    assert isinstance(first, Page)
    assert [e.id for e in first.items] == expected[:50]
    assert (first.page, first.page_size, first.total_count, first.has_next_page) == (
        1,
        50,
        120,
        True,
    )
    assert len(server.requests) == 1


async def test_pages_yields_whole_pages(kota: KotaClient, server: FaultServer) -> None:
    fill(server, 23)

    pages = [page async for page in kota.employees.list(page_size=10).pages()]

    assert [len(p.items) for p in pages] == [10, 10, 3]
    assert [p.page for p in pages] == [1, 2, 3]
    assert [p.has_next_page for p in pages] == [True, True, False]


@pytest.mark.parametrize("prefetch", [0, 4])
async def test_limit_stops_early_and_fetches_only_needed_pages(
    kota: KotaClient, server: FaultServer, prefetch: int
) -> None:
    expected = fill(server, 1000)

    seen = [e.id async for e in kota.employees.list(limit=150, prefetch=prefetch)]

    assert seen == expected[:150]
    assert len(server.requests) == 2


async def test_small_limit_asks_for_a_small_page(kota: KotaClient, server: FaultServer) -> None:
    fill(server, 50)

    seen = [e async for e in kota.employees.list(limit=3)]

    assert len(seen) == 3
    assert server.requests[0].query["page_size"] == "3"


async def test_prefetch_overlaps_requests_and_sequential_does_not(
    kota: KotaClient, server: FaultServer
) -> None:
    fill(server, 1000)
    server.latency = 0.01

    sequential = [e.id async for e in kota.employees.list()]
    assert server.max_in_flight == 1

    prefetched = [e.id async for e in kota.employees.list(prefetch=4)]
    assert prefetched == sequential
    assert 1 < server.max_in_flight <= 4


async def test_a_failing_page_raises_after_the_pages_before_it(
    kota: KotaClient, server: FaultServer
) -> None:
    expected = fill(server, 500)
    calls = 0

    async def third_page_missing(request: web.Request, body: bytes) -> web.Response:
        nonlocal calls
        calls += 1
        page = int(request.query["page"])
        if page == 3:
            return web.Response(
                status=404,
                body=json.dumps({"title": "gone", "error_code": "not_found"}),
                content_type="application/problem+json",
            )
        items = server.employees[(page - 1) * 100 : page * 100]
        return web.json_response(
            {"items": items, "page": page, "page_size": 100, "total_count": 500}
        )

    server.route("GET", "/employees", third_page_missing)
    seen: list[object] = []

    with pytest.raises(NotFoundError):
        async for employee in kota.employees.list(prefetch=8):
            seen.append(employee.id)

    assert seen == expected[:200]


async def test_missing_has_next_page_is_derived_from_total_count(
    kota: KotaClient, server: FaultServer
) -> None:
    expected = fill(server, 250)

    async def without_flag(request: web.Request, body: bytes) -> web.Response:
        page, size = int(request.query["page"]), int(request.query["page_size"])
        items = server.employees[(page - 1) * size : page * size]
        return web.json_response(
            {"items": items, "page": page, "page_size": len(items), "total_count": 250}
        )

    server.route("GET", "/employees", without_flag)

    assert [e.id async for e in kota.employees.list()] == expected
    assert len(server.requests) == 3


async def test_a_retried_page_is_not_yielded_twice(kota: KotaClient, server: FaultServer) -> None:
    expected = fill(server, 300)
    server.fail("GET", "/employees", problem(503), problem(502))

    assert [e.id async for e in kota.employees.list(prefetch=3)] == expected


async def test_nothing_is_sent_until_iterated_or_awaited(
    kota: KotaClient, server: FaultServer
) -> None:
    pager = kota.employees.list()

    assert isinstance(pager, AsyncPager)
    assert server.requests == []


async def test_bad_pager_arguments_are_refused(kota: KotaClient) -> None:
    with pytest.raises(ValueError, match="page_size"):
        kota.employees.list(page_size=0)
    with pytest.raises(ValueError, match="limit"):
        kota.employees.list(limit=-1)
    with pytest.raises(ValueError, match="prefetch"):
        kota.employees.list(prefetch=-2)


async def test_breaking_out_stops_fetching(kota: KotaClient, server: FaultServer) -> None:
    fill(server, 5000)
    server.latency = 0.02

    async for employee in kota.employees.list(page_size=10, prefetch=4):
        if employee.id == "ee_000025":  # on page 3
            break
    await asyncio.sleep(0.1)  # time enough to fetch several more pages, were it still going

    pages = sorted(int(r.query["page"]) for r in server.requests)
    assert pages[:3] == [1, 2, 3]
    assert len(pages) <= 3 + 4  # pages 1-3 consumed, at most 4 more were in flight
