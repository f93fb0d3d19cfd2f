"""Signed webhook delivery from the fake to the endpoints a test registered.

Every recorded event is POSTed to each registered endpoint subscribed to its type, in the
endpoint's payload family (v1: full object, v2: thin reference), signed like Kota signs:
`x-kota-webhook-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`
(produced by `kota_async.webhooks.sign`, so the SDK's verifier is exercised against the
same scheme). A delivery that does not get a 2xx is retried a few times, as Kota does;
`POST /events/{id}/replay` makes one fresh attempt per endpoint and reports the outcome.

Deliveries run in background tasks so they never slow the request that caused the
event; `FakeKota.wait_for_deliveries()` waits for them in tests.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass

import aiohttp

from kota_async.testing.store import EndpointRecord, EventRecord, State, new_id

__all__ = ["SIGNATURE_HEADER", "Delivery", "WebhookSender"]

SIGNATURE_HEADER = "x-kota-webhook-signature"
DEFAULT_RETRY_DELAYS = (0.2, 1.0)
DEFAULT_TIMEOUT = 5.0


@dataclass(frozen=True, slots=True)
class Delivery:
    """One attempt to deliver one event to one endpoint."""

    id: str
    event_id: str
    event_type: str
    endpoint_id: str
    url: str
    attempt: int
    status: int | None
    success: bool
    elapsed_ms: float
    error: str | None

    def to_json(self) -> dict[str, object]:
        """The ReplayDeliveryResponse body."""
        return {
            "delivery_id": self.id,
            "success": self.success,
            "response_status_code": self.status,
            "elapsed_time_ms": self.elapsed_ms,
        }


class WebhookSender:
    """Delivers events of one fake; keeps every attempt in `deliveries`."""

    def __init__(
        self,
        state: State,
        *,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.state = state
        self.retry_delays = tuple(retry_delays)
        self.timeout = timeout
        self.deliveries: list[Delivery] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None

    def event_recorded(self, event: EventRecord) -> None:
        """State listener: start delivering `event` to every subscribed endpoint."""
        for endpoint in self.state.endpoints.values():
            if endpoint.wants(event.type):
                task = asyncio.get_running_loop().create_task(self._deliver(endpoint, event))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def replay(self, event: EventRecord) -> list[Delivery]:
        """One new attempt per subscribed endpoint, no retries (Kota's replay)."""
        endpoints = [e for e in self.state.endpoints.values() if e.wants(event.type)]
        return list(await asyncio.gather(*(self.attempt(e, event, 1) for e in endpoints)))

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait until every delivery in flight has finished (including its retries)."""
        deadline = time.monotonic() + timeout
        while self._tasks:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("webhook deliveries still running")
            await asyncio.wait(set(self._tasks), timeout=remaining)

    async def close(self) -> None:
        """Cancel what is in flight and close the HTTP session."""
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def attempt(self, endpoint: EndpointRecord, event: EventRecord, number: int) -> Delivery:
        """POST `event` to `endpoint` once and record the outcome."""
        from kota_async.webhooks import sign

        body = json.dumps(
            event.payload(self.state.platform_id, endpoint.version), separators=(",", ":")
        ).encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "FakeKota-Webhooks/1.0",
            SIGNATURE_HEADER: sign(body, endpoint.secret, int(self.state.clock.time())),
        }
        started = time.perf_counter()
        status: int | None = None
        error: str | None = None
        try:
            async with self._client().post(endpoint.url, data=body, headers=headers) as response:
                status = response.status
                await response.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            error = f"{type(exc).__name__}: {exc}"
        delivery = Delivery(
            id=new_id("evtd"),
            event_id=event.id,
            event_type=event.type,
            endpoint_id=endpoint.id,
            url=endpoint.url,
            attempt=number,
            status=status,
            success=status is not None and 200 <= status < 300,
            elapsed_ms=round((time.perf_counter() - started) * 1000, 3),
            error=error,
        )
        self.deliveries.append(delivery)
        return delivery

    async def _deliver(self, endpoint: EndpointRecord, event: EventRecord) -> None:
        delivery = await self.attempt(endpoint, event, 1)
        for number, delay in enumerate(self.retry_delays, start=2):
            if delivery.success:
                return
            await asyncio.sleep(delay)
            delivery = await self.attempt(endpoint, event, number)

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))
        return self._session
