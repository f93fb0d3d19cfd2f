"""Reconciliation: events whose deliveries were missed are found through kota.events.list."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from webhook_samples import case_for, sample_payload

from kota_async._generated.models import EmployeeEventResponse, EmployeeResponse, EventResponse
from kota_async._serde import decode
from kota_async.client import KotaClient
from kota_async.events_sync import (
    DEFAULT_OVERLAP,
    event_from_response,
    missed_events,
    reconcile,
    replay_missed,
)
from kota_async.webhooks import Event, InMemoryDedupeStore, WebhookReceiver

T0 = dt.datetime(2025, 11, 20, 12, 0, tzinfo=dt.UTC)
NOW = T0 + dt.timedelta(days=1)


def event_response(index: int, family: str = "v1") -> EventResponse:
    """What kota.events.list yields: `created`, not `created_at`, and `data` as a JsonNode."""
    data = sample_payload(case_for("employee.created", family), full=True)["data"]
    wire = {
        "id": f"evt_{index}",
        "platform_id": "pt_1",
        "created": (T0 + dt.timedelta(minutes=index)).isoformat(),
        "type": "employee.created",
        "data": data,
        "api_version": "1.0" if family == "v1" else "V2",
    }
    return decode(wire, EventResponse)


class StandInEvents:
    """`kota.events` with Kota's filtering: created after `created_after`, in the given order."""

    def __init__(self, items: list[EventResponse]) -> None:
        self.items = items
        self.queries: list[dict[str, Any]] = []
        self.replayed: list[str] = []

    def list(self, **filters: Any) -> AsyncIterator[EventResponse]:
        self.queries.append(filters)
        after = filters["created_after"]
        chosen = sorted((i for i in self.items if i.created > after), key=lambda i: i.created)
        if filters.get("order_direction") != "asc":
            chosen.reverse()

        async def pages() -> AsyncIterator[EventResponse]:
            for item in chosen:
                yield item

        return pages()

    async def replay(self, event_id: str) -> dict[str, Any]:
        self.replayed.append(event_id)
        return {"event_id": event_id, "deliveries": []}


class StandInKota:
    def __init__(self, items: list[EventResponse]) -> None:
        self.events = StandInEvents(items)


async def collect(events: AsyncIterator[Event]) -> list[Event]:
    return [event async for event in events]


def test_event_response_becomes_the_same_typed_event_a_delivery_would() -> None:
    event = event_from_response(event_response(1))
    assert (event.id, event.type, event.family, event.api_version) == (
        "evt_1",
        "employee.created",
        "v1",
        "1.0",
    )
    assert event.created_at == T0 + dt.timedelta(minutes=1)
    assert isinstance(event.data, EmployeeResponse)


def test_v2_family_comes_from_the_requested_version() -> None:
    event = event_from_response(event_response(1, "v2"), version="v2")
    assert event.family == "v2"
    assert isinstance(event.data, EmployeeEventResponse)


async def test_missed_events_are_the_unseen_ones_oldest_first() -> None:
    kota = StandInKota([event_response(i) for i in (3, 1, 2, 4)])
    store = InMemoryDedupeStore()
    await store.mark_seen("evt_2")
    events = await collect(missed_events(kota, store, since=T0, now=NOW))
    assert [e.id for e in events] == ["evt_1", "evt_3", "evt_4"]
    [query] = kota.events.queries
    assert query == {"created_after": T0 - DEFAULT_OVERLAP, "order_direction": "asc"}


async def test_overlap_catches_events_stamped_just_before_the_checkpoint() -> None:
    kota = StandInKota([event_response(i) for i in (1, 2, 3)])
    since = T0 + dt.timedelta(minutes=2)  # evt_2 was stamped exactly at the checkpoint
    events = await collect(missed_events(kota, InMemoryDedupeStore(), since=since, now=NOW))
    assert [e.id for e in events] == ["evt_1", "evt_2", "evt_3"]
    none_back = await collect(
        missed_events(kota, InMemoryDedupeStore(), since=since, overlap=dt.timedelta(0), now=NOW)
    )
    assert [e.id for e in none_back] == ["evt_3"]


async def test_version_and_type_filters_are_applied() -> None:
    kota = StandInKota([event_response(1, "v2")])
    events = await collect(
        missed_events(kota, InMemoryDedupeStore(), since=T0, version="v2", now=NOW)
    )
    assert kota.events.queries[0]["version"] == "v2"
    assert [e.family for e in events] == ["v2"]
    only_other = missed_events(
        kota, InMemoryDedupeStore(), since=T0, types={"employee.updated"}, now=NOW
    )
    assert await collect(only_other) == []


async def test_naive_checkpoint_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        await collect(
            missed_events(StandInKota([]), InMemoryDedupeStore(), since=dt.datetime(2025, 1, 1))
        )


async def test_checkpoint_beyond_retention_is_clamped_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    kota = StandInKota([])
    await collect(
        missed_events(kota, InMemoryDedupeStore(), since=NOW - dt.timedelta(days=90), now=NOW)
    )
    start = kota.events.queries[0]["created_after"]
    assert NOW - dt.timedelta(days=30) < start < NOW - dt.timedelta(days=29)
    assert "can no longer be recovered" in caplog.text


async def test_reconcile_runs_missed_events_through_the_receiver_once() -> None:
    kota = StandInKota([event_response(i) for i in (1, 2, 3)])
    receiver = WebhookReceiver("whsec_x")
    handled: list[str] = []

    @receiver.on("employee.created")
    async def on_created(event: Event) -> None:
        handled.append(event.id)

    await receiver.store.mark_seen("evt_2")  # delivered live earlier
    result = await reconcile(kota, receiver, since=T0, now=NOW)
    assert result.processed == handled == ["evt_1", "evt_3"]
    assert result.checkpoint == T0 + dt.timedelta(minutes=3)

    again = await reconcile(kota, receiver, since=result.checkpoint, now=NOW)
    assert again.processed == []
    assert again.checkpoint == result.checkpoint
    assert handled == ["evt_1", "evt_3"]


async def test_reconcile_stops_at_a_failing_handler_and_resumes_there() -> None:
    kota = StandInKota([event_response(i) for i in (1, 2, 3)])
    receiver = WebhookReceiver("whsec_x")
    handled: list[str] = []
    failing = {"evt_2"}

    @receiver.on("employee.created")
    async def on_created(event: Event) -> None:
        if event.id in failing:
            raise RuntimeError("CRM down")
        handled.append(event.id)

    with pytest.raises(RuntimeError, match="CRM down"):
        await reconcile(kota, receiver, since=T0, now=NOW)
    assert handled == ["evt_1"]
    assert not await receiver.store.seen("evt_3")

    failing.clear()
    result = await reconcile(kota, receiver, since=T0, now=NOW)
    assert result.processed == ["evt_2", "evt_3"]
    assert handled == ["evt_1", "evt_2", "evt_3"]


async def test_replay_missed_asks_kota_to_redeliver_only_unseen_events() -> None:
    kota = StandInKota([event_response(i) for i in (1, 2, 3)])
    store = InMemoryDedupeStore()
    await store.mark_seen("evt_1")
    responses = await replay_missed(kota, store, since=T0, now=NOW)
    assert kota.events.replayed == ["evt_2", "evt_3"]
    assert [r["event_id"] for r in responses] == ["evt_2", "evt_3"]


def events_api(items: list[dict[str, Any]], seen_queries: list[dict[str, str]]) -> web.Application:
    """A minimal /events on 127.0.0.1: Kota's created_after filter, ordering and paging."""

    async def list_events(request: web.Request) -> web.Response:
        query = dict(request.query)
        seen_queries.append(query)
        after = dt.datetime.fromisoformat(query["created_after"])
        chosen = sorted(
            (i for i in items if dt.datetime.fromisoformat(i["created"]) > after),
            key=lambda i: i["created"],
            reverse=query.get("order_direction") != "asc",
        )
        page, size = int(query.get("page", 1)), int(query.get("page_size", 10))
        window = chosen[(page - 1) * size : page * size]
        return web.json_response(
            {
                "items": window,
                "page": page,
                "page_size": size,
                "total_count": len(chosen),
                "has_next_page": page * size < len(chosen),
                "has_previous_page": page > 1,
            }
        )

    async def replay(request: web.Request) -> web.Response:
        event_id = request.match_info["event_id"]
        delivery = {
            "delivery_id": "evtd_1",
            "success": True,
            "response_status_code": 200,
            "elapsed_time_ms": 1.5,
        }
        return web.json_response({"event_id": event_id, "deliveries": [delivery]})

    app = web.Application()
    app.router.add_get("/events", list_events)
    app.router.add_post("/events/{event_id}/replay", replay)
    return app


async def test_reconciliation_through_a_real_kota_client() -> None:
    items = [
        {
            "id": f"evt_{i}",
            "platform_id": "pt_1",
            "created": (T0 + dt.timedelta(minutes=i)).isoformat(),
            "type": "employee.created",
            "data": sample_payload(case_for("employee.created", "v1"))["data"],
            "api_version": "1.0",
        }
        for i in range(1, 13)
    ]
    queries: list[dict[str, str]] = []
    async with TestServer(events_api(items, queries), host="127.0.0.1") as server:
        base_url = str(server.make_url("")).rstrip("/")
        async with KotaClient(api_key="pk_test_reconcile", base_url=base_url) as kota:
            receiver = WebhookReceiver("whsec_x")
            handled: list[str] = []

            @receiver.on("employee.created")
            async def on_created(event: Event) -> None:
                assert isinstance(event.data, EmployeeResponse)
                handled.append(event.id)

            await receiver.store.mark_seen("evt_5")
            result = await reconcile(kota, receiver, since=T0, now=NOW)
            replays = await replay_missed(
                kota, InMemoryDedupeStore(), since=T0 + dt.timedelta(minutes=15), now=NOW
            )

    assert handled == [f"evt_{i}" for i in range(1, 13) if i != 5]
    assert result.checkpoint == T0 + dt.timedelta(minutes=12)
    assert queries[0]["order_direction"] == "asc"
    assert dt.datetime.fromisoformat(queries[0]["created_after"]) == T0 - DEFAULT_OVERLAP
    assert [r.event_id for r in replays] == [f"evt_{i}" for i in range(11, 13)]
    assert replays[0].deliveries[0].success is True
