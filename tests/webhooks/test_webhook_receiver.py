"""WebhookReceiver on a real aiohttp server: status codes, de-duplication, body limit."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from webhook_samples import SECRET, Serve, body, employee_created

from kota_async._generated.models import EmployeeResponse
from kota_async.webhooks import (
    DEFAULT_MAX_BODY_SIZE,
    Event,
    InMemoryDedupeStore,
    KotaSignatureScheme,
    WebhookReceiver,
    sign,
    verify_delivery,
)

PATH = "/webhooks/kota"


def delivery(payload: dict[str, Any], *, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    """A body and headers signed now, as Kota sends them."""
    raw = body(payload)
    return raw, {"x-kota-webhook-signature": sign(raw, secret), "content-type": "application/json"}


class Recorder:
    """A handler that records the events it was called with and fails on demand."""

    def __init__(self, failures: int = 0) -> None:
        self.events: list[Event] = []
        self.failures = failures

    async def __call__(self, event: Event) -> None:
        self.events.append(event)
        if self.failures:
            self.failures -= 1
            raise RuntimeError("downstream CRM is down; customer email jane@example.com")


async def test_valid_delivery_runs_the_handler_and_answers_200(serve: Serve) -> None:
    receiver = WebhookReceiver(SECRET)
    seen = receiver.on("employee.created")(Recorder())
    client = await serve(receiver)
    raw, headers = delivery(employee_created())
    response = await client.post(PATH, data=raw, headers=headers)
    assert response.status == 200
    assert await response.json() == {"received": True, "duplicate": False}
    [event] = seen.events
    assert isinstance(event.data, EmployeeResponse)


async def test_redelivered_event_is_processed_once(serve: Serve) -> None:
    receiver = WebhookReceiver(SECRET)
    seen = receiver.on("employee.created")(Recorder())
    client = await serve(receiver)
    for _ in range(3):
        raw, headers = delivery(employee_created())  # re-signed, as a real redelivery is
        response = await client.post(PATH, data=raw, headers=headers)
        assert response.status == 200
    assert len(seen.events) == 1
    assert (await response.json())["duplicate"] is True


async def test_concurrent_deliveries_of_one_event_run_the_handler_once(serve: Serve) -> None:
    receiver = WebhookReceiver(SECRET)
    release = asyncio.Event()
    calls: list[str] = []

    @receiver.on("employee.created")
    async def slow(event: Event) -> None:
        calls.append(event.id)
        await release.wait()

    client = await serve(receiver)
    raw, headers = delivery(employee_created())
    first = asyncio.ensure_future(client.post(PATH, data=raw, headers=headers))
    second = asyncio.ensure_future(client.post(PATH, data=raw, headers=headers))
    await asyncio.sleep(0.2)
    release.set()
    statuses = sorted([(await first).status, (await second).status])
    assert statuses == [200, 200]
    assert calls == ["evt_3b1333d87d9d4fd6ad83ba7f6b0e951a"]


async def test_handler_exception_answers_500_and_the_redelivery_runs_it_again(
    serve: Serve, caplog: pytest.LogCaptureFixture
) -> None:
    store = InMemoryDedupeStore()
    receiver = WebhookReceiver(SECRET, store=store)
    flaky = receiver.on("employee.created")(Recorder(failures=1))
    client = await serve(receiver)
    raw, headers = delivery(employee_created())

    response = await client.post(PATH, data=raw, headers=headers)
    assert response.status == 500
    assert "jane@example.com" not in await response.text()
    assert not await store.seen("evt_3b1333d87d9d4fd6ad83ba7f6b0e951a")
    assert "redeliver" in caplog.text

    response = await client.post(PATH, data=raw, headers=headers)
    assert response.status == 200
    assert len(flaky.events) == 2
    assert await store.seen("evt_3b1333d87d9d4fd6ad83ba7f6b0e951a")


async def test_a_later_handler_failing_leaves_the_event_unmarked(serve: Serve) -> None:
    receiver = WebhookReceiver(SECRET)
    first = receiver.on("employee.created")(Recorder())
    receiver.on("employee.created")(Recorder(failures=1))
    client = await serve(receiver)
    raw, headers = delivery(employee_created())
    assert (await client.post(PATH, data=raw, headers=headers)).status == 500
    assert (await client.post(PATH, data=raw, headers=headers)).status == 200
    assert len(first.events) == 2  # handlers must be idempotent: the first one ran twice


async def test_bad_signature_answers_400_with_the_reason_and_runs_nothing(
    serve: Serve, caplog: pytest.LogCaptureFixture
) -> None:
    receiver = WebhookReceiver(SECRET)
    seen = receiver.on("*")(Recorder())
    client = await serve(receiver)
    raw, headers = delivery(employee_created(), secret="whsec_forger")
    with caplog.at_level(logging.DEBUG, logger="kota_async.webhooks"):
        response = await client.post(PATH, data=raw, headers=headers)
    assert response.status == 400
    assert "signature mismatch" in await response.text()
    assert seen.events == []
    assert SECRET not in caplog.text


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "missing x-kota-webhook-signature header"),
        ({"x-kota-webhook-signature": "t=1"}, "no v1 signature"),
        ({"x-kota-webhook-signature": "v1=" + "a" * 64}, "no timestamp"),
    ],
)
async def test_missing_or_malformed_header_answers_400(
    serve: Serve, headers: dict[str, str], reason: str
) -> None:
    client = await serve(WebhookReceiver(SECRET))
    response = await client.post(PATH, data=body(employee_created()), headers=headers)
    assert response.status == 400
    assert reason in await response.text()


async def test_stale_delivery_answers_400(serve: Serve) -> None:
    client = await serve(WebhookReceiver(SECRET))
    raw = body(employee_created())
    header = sign(raw, SECRET, int(time.time()) - 3600)
    response = await client.post(PATH, data=raw, headers={"x-kota-webhook-signature": header})
    assert response.status == 400
    assert "outside the tolerance" in await response.text()


async def test_signed_non_json_body_answers_400(serve: Serve) -> None:
    client = await serve(WebhookReceiver(SECRET))
    raw = b"definitely not json"
    headers = {"x-kota-webhook-signature": sign(raw, SECRET)}
    response = await client.post(PATH, data=raw, headers=headers)
    assert response.status == 400
    assert await response.text() == "payload is not valid JSON"


async def test_oversized_body_refused_from_content_length_before_it_is_sent(
    serve: Serve,
) -> None:
    receiver = WebhookReceiver(SECRET)
    client = await serve(receiver)
    server = client.server
    reader, writer = await asyncio.open_connection(server.host, server.port)
    writer.write(
        f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Length: {DEFAULT_MAX_BODY_SIZE + 1}\r\n\r\n".encode()
    )
    await writer.drain()
    # Not a byte of the body is sent: an answer proves nothing waited to read it.
    status_line = await asyncio.wait_for(reader.readline(), timeout=5)
    writer.close()
    await writer.wait_closed()
    assert status_line.split()[1] == b"413"


async def _chunks(total: int, size: int = 400) -> AsyncIterator[bytes]:
    sent = 0
    while sent < total:
        chunk = b" " * min(size, total - sent)
        sent += len(chunk)
        yield chunk


async def test_oversized_chunked_body_refused_while_reading(serve: Serve) -> None:
    receiver = WebhookReceiver(SECRET, max_body_size=1000)
    seen = receiver.on("*")(Recorder())
    client = await serve(receiver)
    response = await client.post(PATH, data=_chunks(1001), headers={"x-kota-webhook-signature": ""})
    assert response.status == 413
    assert seen.events == []


async def test_body_exactly_at_the_limit_is_read(serve: Serve) -> None:
    payload = employee_created()
    limit = len(body(payload))
    receiver = WebhookReceiver(SECRET, max_body_size=limit)
    seen = receiver.on("employee.created")(Recorder())
    client = await serve(receiver)
    raw, headers = delivery(payload)
    assert (await client.post(PATH, data=raw, headers=headers)).status == 200
    assert len(seen.events) == 1


async def test_unknown_event_type_is_acknowledged_and_reaches_wildcard_handlers(
    serve: Serve,
) -> None:
    receiver = WebhookReceiver(SECRET)
    specific = receiver.on("employee.created")(Recorder())
    everything = receiver.on("*")(Recorder())
    client = await serve(receiver)
    payload = employee_created() | {"type": "employee.promoted", "data": {"title": "CTO"}}
    raw, headers = delivery(payload)
    assert (await client.post(PATH, data=raw, headers=headers)).status == 200
    assert specific.events == []
    [event] = everything.events
    assert event.data == {"title": "CTO"}


async def test_event_nobody_handles_is_acknowledged_and_remembered(serve: Serve) -> None:
    store = InMemoryDedupeStore()
    client = await serve(WebhookReceiver(SECRET, store=store))
    raw, headers = delivery(employee_created())
    assert (await client.post(PATH, data=raw, headers=headers)).status == 200
    assert await store.seen("evt_3b1333d87d9d4fd6ad83ba7f6b0e951a")


async def test_handlers_run_in_registration_order_then_wildcards() -> None:
    receiver = WebhookReceiver(SECRET)
    order: list[str] = []

    @receiver.on("*")
    async def audit(event: Event) -> None:
        order.append("audit")

    @receiver.on("employee.created", "employee.updated")
    async def sync(event: Event) -> None:
        order.append("sync")

    @receiver.on("employee.created")
    async def welcome(event: Event) -> None:
        order.append("welcome")

    raw, headers = delivery(employee_created())
    assert await receiver.process(verify_delivery(raw, headers, SECRET))
    assert order == ["sync", "welcome", "audit"]
    assert receiver.handlers_for("employee.updated") == [sync, audit]


async def test_hung_handler_times_out_into_a_500(serve: Serve) -> None:
    receiver = WebhookReceiver(SECRET, handler_timeout=0.05)

    @receiver.on("employee.created")
    async def hangs(event: Event) -> None:
        await asyncio.sleep(30)

    client = await serve(receiver)
    raw, headers = delivery(employee_created())
    assert (await client.post(PATH, data=raw, headers=headers)).status == 500
    assert not await receiver.store.seen("evt_3b1333d87d9d4fd6ad83ba7f6b0e951a")


class BrokenStore:
    async def seen(self, event_id: str) -> bool:
        raise ConnectionError("redis is down")

    async def mark_seen(self, event_id: str) -> None:
        raise AssertionError("never reached")


async def test_dedupe_store_failure_answers_500_so_kota_redelivers(serve: Serve) -> None:
    receiver = WebhookReceiver(SECRET, store=BrokenStore())
    seen = receiver.on("*")(Recorder())
    client = await serve(receiver)
    raw, headers = delivery(employee_created())
    assert (await client.post(PATH, data=raw, headers=headers)).status == 500
    assert seen.events == []


async def test_process_reports_duplicates() -> None:
    receiver = WebhookReceiver(SECRET)
    raw, headers = delivery(employee_created())
    event = verify_delivery(raw, headers, SECRET)
    assert await receiver.process(event) is True
    assert await receiver.process(event) is False


async def test_in_memory_store_forgets_the_oldest_ids_beyond_its_bound() -> None:
    store = InMemoryDedupeStore(max_size=3)
    for event_id in ["evt_1", "evt_2", "evt_3", "evt_4"]:
        await store.mark_seen(event_id)
    assert len(store) == 3
    assert not await store.seen("evt_1")
    assert all([await store.seen(i) for i in ("evt_2", "evt_3", "evt_4")])
    await store.mark_seen("evt_2")  # touched again: now the newest
    await store.mark_seen("evt_5")
    assert await store.seen("evt_2")
    assert not await store.seen("evt_3")


def test_receiver_refuses_a_missing_secret_or_bad_limits() -> None:
    with pytest.raises(ValueError, match="secret"):
        WebhookReceiver("")
    with pytest.raises(ValueError, match="max_body_size"):
        WebhookReceiver(SECRET, max_body_size=0)
    with pytest.raises(ValueError, match="max_size"):
        InMemoryDedupeStore(max_size=0)
    with pytest.raises(ValueError, match="event type"):
        WebhookReceiver(SECRET).on()


def test_receiver_repr_does_not_show_the_secret() -> None:
    receiver = WebhookReceiver(SECRET)
    receiver.on("employee.created")(Recorder())
    assert SECRET not in repr(receiver)
    assert "employee.created" in repr(receiver)


async def test_receiver_checks_timestamps_against_the_clock_it_is_given(serve: Serve) -> None:
    sender_time = time.time() + 7200  # e.g. FakeKota after `clock.advance(2 hours)`
    raw = body(employee_created())
    headers = {"x-kota-webhook-signature": sign(raw, SECRET, int(sender_time))}
    wall_clock = await serve(WebhookReceiver(SECRET))
    assert (await wall_clock.post(PATH, data=raw, headers=headers)).status == 400
    scheme = KotaSignatureScheme(clock=lambda: sender_time)
    sender_clock = await serve(WebhookReceiver(SECRET, scheme=scheme))
    assert (await sender_clock.post(PATH, data=raw, headers=headers)).status == 200
