"""The fake's in-memory data: every object it holds, its ids, its events and its timers.

One `State` per FakeKota. Handlers change it synchronously (no `await` between reading
and writing), so each request is atomic without locks. Kota-side processes that take time
(an employee's checks, an offboarding date arriving) are timers on the fake's clock,
fired by `tick()`, which the fake calls before every request and a few times a second.
"""

from __future__ import annotations

import heapq
import itertools
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kota_async.testing.clock import FakeClock, format_date, format_datetime
from kota_async.testing.spec import Spec

__all__ = [
    "EMPLOYEE_OBJECT",
    "EMPLOYER_OBJECT",
    "EmployeeRecord",
    "EmployerRecord",
    "EndpointRecord",
    "EventRecord",
    "State",
    "new_id",
]

EMPLOYER_OBJECT = "employer"
EMPLOYEE_OBJECT = "employee"
V1_API_VERSION = "1.0"
V2_VERSION = "V2"


def new_id(prefix: str) -> str:
    """A Kota-style id: the object's prefix, an underscore and 32 hex digits."""
    return f"{prefix}_{uuid.uuid4().hex}"


@dataclass(slots=True)
class EmployerRecord:
    """An employer as the fake keeps it (`to_json` gives the API shape)."""

    id: str
    created_at: datetime
    legal_name: str
    registration_number: str | None
    legal_address: dict[str, Any]
    contact: dict[str, Any]
    earliest_benefits_start_date: str | None
    metadata: dict[str, str] | None
    activated: bool = False
    offboard_on: datetime | None = None

    @property
    def status(self) -> str:
        """pending until checks finish, then active; offboarding once offboarded."""
        if self.offboard_on is not None:
            return "offboarding"
        return "active" if self.activated else "pending"

    def to_json(self, platform_id: str) -> dict[str, Any]:
        """The EmployerResponse body."""
        return {
            "id": self.id,
            "platform_id": platform_id,
            "status": self.status,
            "legal_name": self.legal_name,
            "registration_number": self.registration_number,
            "legal_address": self.legal_address,
            "contact": self.contact,
            "offboard_on": None if self.offboard_on is None else format_datetime(self.offboard_on),
            "earliest_benefits_start_date": self.earliest_benefits_start_date,
            "metadata": self.metadata,
            "object": EMPLOYER_OBJECT,
        }


@dataclass(slots=True)
class EmployeeRecord:
    """An employee as the fake keeps it. `fields` holds the request fields as sent (nested
    objects are replaced on update, never changed in place, so snapshots can share them)."""

    id: str
    employer_id: str
    created_at: datetime
    fields: dict[str, Any]
    bank_account_last4: str | None = None
    activated: bool = False
    offboard_on: datetime | None = None
    offboard_reason: str | None = None
    offboarded: bool = False
    offboard_locked: bool = False

    @property
    def status(self) -> str:
        """pending -> active after checks; offboarding while scheduled; inactive once gone."""
        if self.offboarded:
            return "inactive"
        if self.offboard_on is not None:
            return "offboarding"
        return "active" if self.activated else "pending"

    def to_json(self, platform_id: str) -> dict[str, Any]:
        """The EmployeeResponse body.

        Empty nullable members (`home_address`, `nationality`, `bank_account`: the spec's
        `type: 'null'` beside an `allOf`) are sent as null, as Kota does, so clients meet
        the nulls in tests that they will meet in production.
        """
        f = self.fields
        body: dict[str, Any] = {
            "platform_id": platform_id,
            "id": self.id,
            "employer_id": self.employer_id,
            "status": self.status,
            "external_customer_id": f.get("external_customer_id"),
            "first_name": f["first_name"],
            "last_name": f["last_name"],
            "date_of_birth": f["date_of_birth"],
            "sex_at_birth": f["sex_at_birth"],
            "national_tax_id": f["national_tax_id"],
            "start_on": f["start_on"],
            "earliest_benefits_start_date": f.get("earliest_benefits_start_date"),
            "phone_number": f["phone_number"],
            "email": f["email"],
            "offboard_on": None if self.offboard_on is None else format_datetime(self.offboard_on),
            "metadata": f.get("metadata"),
            "object": EMPLOYEE_OBJECT,
        }
        body["home_address"] = f.get("home_address")
        body["nationality"] = f.get("nationality")
        body["bank_account"] = (
            None
            if self.bank_account_last4 is None
            else {"account_number_last4": self.bank_account_last4}
        )
        return body


@dataclass(slots=True)
class EndpointRecord:
    """A registered webhook endpoint and the secret its deliveries are signed with."""

    id: str
    url: str
    secret: str
    subscribed_events: list[str]
    version: str
    created_at: datetime

    def wants(self, event_type: str) -> bool:
        """Whether an event of this type is delivered here ("*" subscribes to all)."""
        return "*" in self.subscribed_events or event_type in self.subscribed_events

    def to_json(self) -> dict[str, Any]:
        """The WebhookEndpointResponse body (the secret is never shown)."""
        return {
            "id": self.id,
            "endpoint_url": self.url,
            "subscribed_events": list(self.subscribed_events),
            "created_at": format_datetime(self.created_at),
            "object": "webhook_endpoint",
        }


@dataclass(slots=True)
class EventRecord:
    """Something that happened, with the object's state at that moment.

    The data is kept serialised: a bulk load records tens of thousands of events, and a
    compact string costs far less memory than a dict per event.
    """

    id: str
    type: str
    created_at: datetime
    resource_type: str
    data_json: str
    v2_fields: tuple[str, ...] | None

    def data(self, version: str = "v1") -> dict[str, Any]:
        """The event's `data`: the full object (v1) or the thin v2 reference."""
        full: dict[str, Any] = json.loads(self.data_json)
        if version != "v2" or self.v2_fields is None:
            return full
        thin = {name: full[name] for name in self.v2_fields if name in full}
        if "resource_type" in self.v2_fields:
            thin["resource_type"] = self.resource_type
        if "object" in self.v2_fields:
            thin["object"] = self.resource_type
        return thin

    def to_json(self, platform_id: str, version: str = "v1") -> dict[str, Any]:
        """The EventResponse body (what `GET /events` lists)."""
        return {
            "id": self.id,
            "platform_id": platform_id,
            "created": format_datetime(self.created_at),
            "type": self.type,
            "data": self.data(version),
            "api_version": V2_VERSION if version == "v2" else V1_API_VERSION,
        }

    def payload(self, platform_id: str, version: str = "v1") -> dict[str, Any]:
        """The webhook body Kota POSTs for this event, in the v1 or v2 family."""
        body: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "platform_id": platform_id,
            "data": self.data(version),
            "created_at": format_datetime(self.created_at),
            "object": "event",
        }
        if version == "v2":
            body["version"] = V2_VERSION
        else:
            body["api_version"] = V1_API_VERSION
        return body


EventListener = Callable[[EventRecord], None]


@dataclass
class State:
    """Everything one FakeKota holds."""

    spec: Spec
    clock: FakeClock
    platform_id: str = field(default_factory=lambda: new_id("pt"))
    employers: dict[str, EmployerRecord] = field(default_factory=dict)
    employees: dict[str, EmployeeRecord] = field(default_factory=dict)
    employees_by_employer: dict[str, list[str]] = field(default_factory=dict)
    events: dict[str, EventRecord] = field(default_factory=dict)
    endpoints: dict[str, EndpointRecord] = field(default_factory=dict)
    listeners: list[EventListener] = field(default_factory=list)
    _timers: list[tuple[float, int, Callable[[], None]]] = field(default_factory=list)
    _seq: itertools.count[int] = field(default_factory=itertools.count)

    def now(self) -> datetime:
        """The fake's current time."""
        return self.clock.now()

    def today_iso(self) -> str:
        """Today's date as Kota writes dates."""
        return format_date(self.clock.today())

    def record_event(
        self, event_type: str, resource_type: str, data: dict[str, Any]
    ) -> EventRecord:
        """Record that `event_type` happened to an object whose state is now `data`, and
        tell the listeners (webhook delivery)."""
        if event_type not in self.spec.event_types:
            raise ValueError(f"{event_type!r} is not an event type of the spec")
        event = EventRecord(
            id=new_id("evt"),
            type=event_type,
            created_at=self.now(),
            resource_type=resource_type,
            data_json=json.dumps(data, separators=(",", ":")),
            v2_fields=self.spec.v2_data_fields(event_type),
        )
        self.events[event.id] = event
        for listener in self.listeners:
            listener(event)
        return event

    def at(self, when: float, action: Callable[[], None]) -> None:
        """Run `action` at fake time `when` (seconds since the epoch), on a later `tick()`."""
        heapq.heappush(self._timers, (when, next(self._seq), action))

    def tick(self) -> None:
        """Fire every timer that is due. Actions check that they still apply (an
        offboarding may have been cancelled since it was scheduled)."""
        timers = self._timers
        if not timers:
            return
        now = self.clock.time()
        while timers and timers[0][0] <= now:
            _, _, action = heapq.heappop(timers)
            action()

    def employer(self, employer_id: str) -> EmployerRecord | None:
        """The employer with this id, if any."""
        return self.employers.get(employer_id)

    def employee(self, employee_id: str) -> EmployeeRecord | None:
        """The employee with this id, if any."""
        return self.employees.get(employee_id)
