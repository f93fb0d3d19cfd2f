"""Events and webhook endpoints: list, retrieve, replay.

Events are listed newest first unless `order_direction=asc`, only from the last 30 days
(Kota keeps them that long), optionally after `created_after`, rendered in the v1 (full
object) or v2 (thin reference) family: `version=` picks one, else v2 when every registered
endpoint takes v2, else v1. Webhook endpoints cannot be created through Kota's
API (Kota's staff register them), so the fake offers `FakeKota.add_webhook_endpoint()`
and answers the list and retrieve endpoints from what was registered.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from kota_async.testing.clock import parse_datetime
from kota_async.testing.delivery import WebhookSender
from kota_async.testing.pagination import paginate
from kota_async.testing.pipeline import Call, Handler
from kota_async.testing.problems import Problem
from kota_async.testing.store import EventRecord, State

__all__ = ["EVENT_RETENTION", "Events"]

EVENT_RETENTION = timedelta(days=30)


class Events:
    """Event and webhook endpoint endpoints of one fake."""

    def __init__(self, state: State, sender: WebhookSender) -> None:
        self.state = state
        self.sender = sender

    def routes(self) -> dict[str, Handler]:
        """Operation id -> endpoint."""
        return {
            "ListEvents": self.list_events,
            "RetrieveEvent": self.retrieve,
            "ReplayEvent": self.replay,
            "ListWebhookEndpoints": self.list_endpoints,
            "RetrieveWebhookEndpoint": self.retrieve_endpoint,
        }

    def visible(self) -> list[EventRecord]:
        """Events inside the retention window, oldest first."""
        horizon = self.state.now() - EVENT_RETENTION
        return [e for e in self.state.events.values() if e.created_at >= horizon]

    def list_events(self, call: Call) -> dict[str, Any]:
        """GET /events."""
        q = call.query
        events = self.visible()
        after = q.get("created_after")
        if after is not None:
            moment = parse_datetime(after)
            events = [e for e in events if e.created_at > moment]
        if q.get("order_direction", "desc") == "desc":
            events.reverse()
        version = q.get("version") or self.default_version()
        platform = self.state.platform_id
        return paginate(events, q, lambda e: e.to_json(platform, version))

    def default_version(self) -> str:
        """The family events are shown in when not asked: v2 if every registered endpoint
        takes v2, else v1 (Kota decides from the registered endpoints' versions)."""
        versions = {e.version for e in self.state.endpoints.values()}
        return "v2" if versions == {"v2"} else "v1"

    def retrieve(self, call: Call) -> dict[str, Any]:
        """GET /events/{event_id}."""
        event = self._get(call.path["event_id"])
        return event.to_json(self.state.platform_id, self.default_version())

    async def replay(self, call: Call) -> dict[str, Any]:
        """POST /events/{event_id}/replay: one fresh delivery per subscribed endpoint."""
        event = self._get(call.path["event_id"])
        deliveries = await self.sender.replay(event)
        return {"event_id": event.id, "deliveries": [d.to_json() for d in deliveries]}

    def list_endpoints(self, call: Call) -> dict[str, Any]:
        """GET /webhooks/endpoints."""
        endpoints = list(self.state.endpoints.values())
        return paginate(endpoints, call.query, lambda e: e.to_json())

    def retrieve_endpoint(self, call: Call) -> dict[str, Any]:
        """GET /webhooks/endpoints/{webhook_endpoint_id}."""
        endpoint = self.state.endpoints.get(call.path["webhook_endpoint_id"])
        if endpoint is None:
            raise Problem.not_found("webhook endpoint", call.path["webhook_endpoint_id"])
        return endpoint.to_json()

    def _get(self, event_id: str) -> EventRecord:
        event = self.state.events.get(event_id)
        if event is None or event.created_at < self.state.now() - EVENT_RETENTION:
            raise Problem.not_found("event", event_id)
        return event
