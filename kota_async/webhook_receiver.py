"""An aiohttp endpoint that receives webhooks: verify, de-duplicate, dispatch, answer.

    receiver = WebhookReceiver(os.environ["KOTA_WEBHOOK_SECRET"])

    @receiver.on("employee.health_insurance.offer.action_required")
    async def notify(event: Event) -> None: ...

    app.router.add_post("/webhooks/kota", receiver.handle)

The status codes are the contract with the sender, which redelivers anything not 2xx:

- 413 when the body is over `max_body_size`: refused from Content-Length before reading, or
  as soon as the streamed body passes the limit;
- 400 when verification or parsing fails (`SignatureVerificationError`; the body says which
  check failed, never the secret);
- 200 for a duplicate (already handled: acknowledged, handlers not run again);
- 500 when a handler raises or times out, or the dedupe store fails: the event is not marked
  seen, so the redelivery runs the handlers again;
- 200 once every matching handler returned (or none matched); only then is the event marked
  seen.

Handlers run before the answer, so a failure can still ask for a redelivery; keep them quick
(hand long work to a queue) and idempotent (after a partial failure the ones that succeeded
run again). Deliveries of the same event id that arrive while it is being handled wait for
that attempt instead of running the handlers in parallel.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

from aiohttp import web

from kota_async.errors import SignatureVerificationError
from kota_async.webhook_schemes import KotaSignatureScheme, SignatureScheme
from kota_async.webhooks import Event, verify_delivery

__all__ = [
    "DEFAULT_MAX_BODY_SIZE",
    "DedupeStore",
    "Handler",
    "InMemoryDedupeStore",
    "WebhookReceiver",
]

logger = logging.getLogger("kota_async.webhooks")

DEFAULT_MAX_BODY_SIZE = 1024 * 1024
"""1 MiB: far above any Kota event, far below what would hurt a server to buffer."""

ANY_EVENT = "*"
"""Register a handler with `on("*")` to receive every event, whatever its type."""

Handler = Callable[[Event], Awaitable[None]]
"""An async function called with each verified, not yet handled event of its types."""

H = TypeVar("H", bound=Handler)

_READ_CHUNK = 64 * 1024


class DedupeStore(Protocol):
    """Remembers which event ids were handled, so a redelivery is acknowledged, not re-run.

    The default `InMemoryDedupeStore` forgets on restart and is per process; with several
    workers, or for the body-HMAC scheme (where de-duplication is the only replay defence),
    back this with a shared store (a database table or Redis set with a TTL of a few days).
    """

    async def seen(self, event_id: str) -> bool:
        """Whether `event_id` was already handled successfully."""
        ...

    async def mark_seen(self, event_id: str) -> None:
        """Record that `event_id` was handled (called only after every handler succeeded)."""
        ...


class InMemoryDedupeStore:
    """A bounded in-process `DedupeStore`: the most recent `max_size` ids, oldest dropped first.

    Kota redelivers within hours, not after ten thousand newer events, so the default bound
    keeps memory small without letting real redeliveries through.
    """

    def __init__(self, max_size: int = 10_000) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self.max_size = max_size
        self._ids: OrderedDict[str, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._ids)

    async def seen(self, event_id: str) -> bool:
        """Whether `event_id` is among the remembered ids."""
        return event_id in self._ids

    async def mark_seen(self, event_id: str) -> None:
        """Remember `event_id`, forgetting the oldest id when full."""
        self._ids[event_id] = None
        self._ids.move_to_end(event_id)
        while len(self._ids) > self.max_size:
            self._ids.popitem(last=False)


class _BodyTooLarge(Exception):
    pass


class _Claim:
    """Serialises concurrent deliveries of one event id; dropped when the last one is done."""

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.holders = 0


class WebhookReceiver:
    """Verifies, de-duplicates and dispatches webhook deliveries to registered handlers.

    `scheme` picks how deliveries are signed (Kota's `x-kota-webhook-signature` by default;
    `BodyHmacScheme()` for body-HMAC senders); `store` remembers handled event ids
    (`InMemoryDedupeStore()` by default); `handler_timeout` (seconds, None for no limit)
    turns a hung handler into a 500 instead of a delivery the sender times out on.
    """

    def __init__(
        self,
        secret: str,
        *,
        scheme: SignatureScheme | None = None,
        store: DedupeStore | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        handler_timeout: float | None = None,
    ) -> None:
        if not isinstance(secret, str) or not secret:
            raise ValueError("WebhookReceiver needs the endpoint's signing secret")
        if max_body_size < 1:
            raise ValueError("max_body_size must be at least 1 byte")
        self._secret = secret
        self.scheme: SignatureScheme = scheme or KotaSignatureScheme()
        self.store: DedupeStore = store if store is not None else InMemoryDedupeStore()
        self.max_body_size = max_body_size
        self.handler_timeout = handler_timeout
        self._handlers: dict[str, list[Handler]] = {}
        self._in_flight: dict[str, _Claim] = {}

    def __repr__(self) -> str:
        return f"WebhookReceiver(scheme={self.scheme!r}, event_types={sorted(self._handlers)})"

    def on(self, *event_types: str) -> Callable[[H], H]:
        """Register the decorated async function for these event types (`"*"`: every type).

        Several handlers may share a type; they run in registration order, then the `"*"`
        handlers.
        """
        if not event_types:
            raise ValueError("name at least one event type, or '*' for every event")

        def register(handler: H) -> H:
            for event_type in event_types:
                self._handlers.setdefault(event_type, []).append(handler)
            return handler

        return register

    def handlers_for(self, event_type: str) -> list[Handler]:
        """The handlers an event of `event_type` is dispatched to, in the order they run."""
        return [*self._handlers.get(event_type, ()), *self._handlers.get(ANY_EVENT, ())]

    async def process(self, event: Event) -> bool:
        """Run the handlers for a verified `event` unless it was handled before.

        Returns False for a duplicate, True when the handlers ran (and the event is now marked
        seen; an event no handler wants is marked too, so reconciliation does not offer it
        again). A handler's exception propagates and the event stays unmarked. Also the way to
        feed events found by reconciliation (`kota_async.events_sync`) through the same
        handlers and the same de-duplication.
        """
        handlers = self.handlers_for(event.type)
        claim = self._in_flight.get(event.id)
        if claim is None:
            claim = self._in_flight[event.id] = _Claim()
        claim.holders += 1
        try:
            async with claim.lock:
                if await self.store.seen(event.id):
                    return False
                for handler in handlers:
                    await asyncio.wait_for(handler(event), self.handler_timeout)
                await self.store.mark_seen(event.id)
                return True
        finally:
            claim.holders -= 1
            if claim.holders == 0:
                del self._in_flight[event.id]

    async def _read_body(self, request: web.Request) -> bytes:
        length = request.content_length
        if length is not None and length > self.max_body_size:
            raise _BodyTooLarge
        body = bytearray()
        while chunk := await request.content.read(_READ_CHUNK):
            body += chunk
            if len(body) > self.max_body_size:
                raise _BodyTooLarge
        return bytes(body)

    async def handle(self, request: web.Request) -> web.Response:
        """The aiohttp handler: mount it with `app.router.add_post(path, receiver.handle)`."""
        try:
            payload = await self._read_body(request)
        except _BodyTooLarge:
            logger.warning("webhook refused: body over %d bytes", self.max_body_size)
            return web.Response(status=413, text="payload too large")
        try:
            event = verify_delivery(payload, request.headers, self._secret, scheme=self.scheme)
        except SignatureVerificationError as exc:
            logger.warning("webhook refused: %s", exc)
            return web.Response(status=400, text=str(exc))
        try:
            handled = await self.process(event)
        except Exception:
            logger.exception(
                "webhook %s (%s) failed; the sender will redeliver", event.id, event.type
            )
            return web.Response(status=500, text="handler failed")
        if not handled:
            logger.info("webhook %s (%s) is a duplicate; acknowledged", event.id, event.type)
        return web.json_response({"received": True, "duplicate": not handled})
