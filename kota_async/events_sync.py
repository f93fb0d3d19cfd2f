"""Reconciliation: find the events whose webhook deliveries never reached us, and catch up.

Webhooks can be missed: an outage longer than Kota's retries, a deploy that answered 500 all
night, a firewall change. Kota keeps 30 days of events behind `kota.events.list`, so a
platform that must not miss an event runs a periodic sweep:

    result = await reconcile(kota, receiver, since=checkpoint)
    checkpoint = result.checkpoint          # persist it for the next run

The sweep lists events oldest first from a little before the checkpoint (`overlap`, so events
stamped in the same second, or written late, are not skipped), drops those the receiver's
dedupe store has seen, and runs the rest through the same handlers and de-duplication as live
deliveries. Alternatively `replay_missed` asks Kota to deliver them to the webhook endpoint
again (`kota.events.replay`); each replay is a single attempt, without Kota's retries.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator, Collection, Mapping
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from kota_async.webhooks import Event, Family, parse_event

if TYPE_CHECKING:
    from kota_async.webhook_receiver import DedupeStore, WebhookReceiver

__all__ = [
    "DEFAULT_OVERLAP",
    "RETENTION",
    "EventsClient",
    "ReconcileResult",
    "event_from_response",
    "missed_events",
    "reconcile",
    "replay_missed",
]

logger = logging.getLogger("kota_async.webhooks")

RETENTION = dt.timedelta(days=30)
"""How far back Kota's events API reaches; older events cannot be recovered."""

DEFAULT_OVERLAP = dt.timedelta(minutes=5)
"""How far before the checkpoint each sweep starts; the dedupe store drops the repeats."""


class EventsClient(Protocol):
    """Anything with Kota's `events` namespace: a `KotaClient`, or a stand-in in tests.

    Used: `events.list(created_after=, order_direction=, version=)` (an async iterable of
    `EventResponse`) and `events.replay(event_id)`.
    """

    @property
    def events(self) -> Any:
        """The `/events` resource namespace."""
        ...


@attrs.frozen
class ReconcileResult:
    """What a sweep did: `checkpoint` is where the next one should start (persist it)."""

    processed: list[str]
    """Ids of the missed events that were handled, oldest first."""
    checkpoint: dt.datetime


def _wire(item: object) -> Mapping[str, Any]:
    """The item as its JSON object: generated models are encoded back to wire names."""
    if isinstance(item, Mapping):
        return item
    if attrs.has(type(item)):
        from kota_async._serde import encode

        encoded = encode(item)
        if isinstance(encoded, Mapping):
            return encoded
    raise ValueError(f"not an event: {type(item).__name__}")


def _family_of(api_version: object, version: Family | None) -> tuple[Family, str | None]:
    text = api_version if isinstance(api_version, str) else None
    if version is not None:
        return version, text
    if text is not None and text.lower().lstrip("v").startswith("2"):
        return "v2", text
    return "v1", text


def event_from_response(item: object, *, version: Family | None = None) -> Event:
    """Turn an `EventResponse` from `kota.events.list`/`retrieve` (model or dict) into an `Event`.

    The events API names the creation time `created` and always says `api_version`; this
    rebuilds the webhook envelope so `data` is typed exactly as a live delivery's would be.
    `version` is the family that was asked for; without it the family is read from
    `api_version`. Raises `ValueError` when the item is not an event of the documented shape.
    """
    wire = _wire(item)
    created = wire.get("created")
    if isinstance(created, dt.datetime):
        created = created.isoformat()
    family, label = _family_of(wire.get("api_version"), version)
    envelope: dict[str, Any] = {
        "id": wire.get("id"),
        "type": wire.get("type"),
        "platform_id": wire.get("platform_id"),
        "created_at": created,
        "object": "event",
        "data": wire.get("data"),
        # The model needs a version string; the event reports only what Kota actually said.
        ("api_version" if family == "v1" else "version"): label or family,
    }
    return attrs.evolve(parse_event(envelope), api_version=label)


def _start(since: dt.datetime, overlap: dt.timedelta, now: dt.datetime | None) -> dt.datetime:
    if since.tzinfo is None:
        raise ValueError("since must be timezone-aware (e.g. datetime.now(timezone.utc))")
    start = since.astimezone(dt.UTC) - overlap
    oldest = (now or dt.datetime.now(dt.UTC)) - RETENTION + dt.timedelta(minutes=1)
    if start < oldest:
        logger.warning(
            "reconciliation start %s is beyond Kota's 30-day event retention; events before "
            "%s can no longer be recovered",
            start.isoformat(),
            oldest.isoformat(),
        )
        start = oldest
    return start


async def missed_events(
    kota: EventsClient,
    store: DedupeStore,
    *,
    since: dt.datetime,
    version: Family | None = None,
    types: Collection[str] | None = None,
    overlap: dt.timedelta = DEFAULT_OVERLAP,
    now: dt.datetime | None = None,
) -> AsyncIterator[Event]:
    """Yield, oldest first, the events created since `since` that `store` has not seen.

    `version` picks the payload family (default: what the platform's endpoints use);
    `types` limits the sweep to those event types. `now` is for tests.
    """
    start = _start(since, overlap, now)
    filters: dict[str, Any] = {"created_after": start, "order_direction": "asc"}
    if version is not None:
        filters["version"] = version
    pager = kota.events.list(**filters)
    async for item in pager:
        event = event_from_response(item, version=version)
        if types is not None and event.type not in types:
            continue
        if await store.seen(event.id):
            continue
        yield event


async def reconcile(
    kota: EventsClient,
    receiver: WebhookReceiver,
    *,
    since: dt.datetime,
    version: Family | None = None,
    overlap: dt.timedelta = DEFAULT_OVERLAP,
    now: dt.datetime | None = None,
) -> ReconcileResult:
    """Run every missed event through `receiver`'s handlers, oldest first.

    Stops at the first handler failure by raising it: nothing after that event is marked
    seen, so calling again from the same checkpoint resumes there (events already handled are
    skipped by the store). The returned checkpoint is the newest handled event's time, or
    `since` when nothing was missed.
    """
    processed: list[str] = []
    checkpoint = since
    async for event in missed_events(
        kota, receiver.store, since=since, version=version, overlap=overlap, now=now
    ):
        await receiver.process(event)
        processed.append(event.id)
        if event.created_at is not None and event.created_at > checkpoint:
            checkpoint = event.created_at
    if processed:
        logger.info("reconciliation handled %d missed event(s)", len(processed))
    return ReconcileResult(processed=processed, checkpoint=checkpoint)


async def replay_missed(
    kota: EventsClient,
    store: DedupeStore,
    *,
    since: dt.datetime,
    version: Family | None = None,
    types: Collection[str] | None = None,
    overlap: dt.timedelta = DEFAULT_OVERLAP,
    now: dt.datetime | None = None,
) -> list[Any]:
    """Ask Kota to redeliver each missed event to the webhook endpoints (`events.replay`).

    For when handling must happen in the webhook process itself. Returns Kota's replay
    responses (one per event, each listing its deliveries and whether they succeeded).
    """
    responses: list[Any] = []
    async for event in missed_events(
        kota, store, since=since, version=version, types=types, overlap=overlap, now=now
    ):
        responses.append(await kota.events.replay(event.id))
    return responses
