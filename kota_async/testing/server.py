"""FakeKota: an in-memory Kota on 127.0.0.1 for tests, demos and local development.

Kota has no self-serve sandbox, so this is what SDK users test against::

    async with FakeKota() as fake:
        async with KotaClient(api_key="pk_test_anything", base_url=fake.url) as kota:
            employer = await kota.employers.create(...)

It speaks Kota's HTTP API with Kota's rules (bearer auth, problem+json errors, validation
against our OpenAPI spec, page/page_size pagination, idempotency keys kept one hour,
signed webhooks) for the resources of the integration guides: employers, employees,
embed and hosted sessions, contribution reports, events and webhook endpoints, plus
health insurance quotes and offers for the action-required flow. Any other documented
operation answers 501. Tests reach behind the API through a few members: `faults`
(inject failures), `clock` and `advance_time()` (move time), `add_webhook_endpoint()`,
`create_contribution_report()`, `quote_action_required()`, `offer_action_required()`,
and read-only views of what the fake holds (`employers()`, `employees()`, `events()`,
`deliveries`).

Choices where Kota's documentation is silent: new employers and employees activate after
`activation_delay` seconds; employer offboarding sets `offboarding` at once and turns its
employees `inactive` on the next tick; a `null` in an update means "leave unchanged";
embed tokens last `embed_session_ttl` (default one hour).
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import date, timedelta
from types import TracebackType
from typing import Any, Literal, Self

from aiohttp import web

from kota_async.testing.clock import FakeClock
from kota_async.testing.delivery import (
    DEFAULT_RETRY_DELAYS,
    DEFAULT_TIMEOUT,
    Delivery,
    WebhookSender,
)
from kota_async.testing.employees import Employees
from kota_async.testing.employers import Employers
from kota_async.testing.events import Events
from kota_async.testing.faults import Faults
from kota_async.testing.idempotency import DEFAULT_TTL, IdempotencyStore
from kota_async.testing.insurance import HealthInsurance, RequiredAction, required_action
from kota_async.testing.pipeline import Handler, Pipeline
from kota_async.testing.problems import Problem
from kota_async.testing.reports import ContributionReports
from kota_async.testing.sessions import HOSTED_PATH_PREFIX, Sessions
from kota_async.testing.settings import FakeSettings
from kota_async.testing.spec import load_spec
from kota_async.testing.store import EndpointRecord, EventRecord, State, new_id

__all__ = ["FakeKota"]

TICK_INTERVAL = 0.2
"""How often (seconds) timers fire when no request arrives to fire them."""

SHUTDOWN_TIMEOUT = 0.5
"""How long `close()` lets requests in flight finish (an injected latency may be long)."""

QUOTE_REASON = "Your health insurance quote needs a decision"
QUOTE_DESCRIPTION = (
    "The insurer has priced cover for your team. Review the plan and the price and accept "
    "the quote before the due date to keep the start date you asked for."
)
QUOTE_CODE = "quote_review_required"
OFFER_REASON = "Choose whether to join your health insurance"
OFFER_DESCRIPTION = (
    "Your employer offers you health insurance. Review the plan and confirm whether you "
    "want to join before the due date; after it the offer lapses."
)
OFFER_CODE = "offer_response_required"


class FakeKota:
    """An in-memory Kota server on aiohttp, bound to `host` (127.0.0.1) and `port` (0: any
    free port). Use it as an async context manager, or call `start()` and `close()`.

    Time-dependent behaviour runs on `clock` (a `FakeClock`): `activation_delay` is how
    long new employers and employees stay pending, `idempotency_ttl` how long keys are
    kept (one hour, like Kota). Webhook deliveries that fail are retried after each of
    `webhook_retry_delays` seconds.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        activation_delay: float = 5.0,
        embed_session_ttl: float = 3600.0,
        hosted_session_ttl: float = 3600.0,
        seed_reports: bool = True,
        idempotency_ttl: float = DEFAULT_TTL.total_seconds(),
        webhook_retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        webhook_timeout: float = DEFAULT_TIMEOUT,
        clock: FakeClock | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.settings = FakeSettings(
            activation_delay=activation_delay,
            embed_session_ttl=embed_session_ttl,
            hosted_session_ttl=hosted_session_ttl,
            seed_reports=seed_reports,
        )
        self.clock = clock or FakeClock()
        self.spec = load_spec()
        self.state = State(spec=self.spec, clock=self.clock)
        self.faults = Faults()
        self.idempotency = IdempotencyStore(self.clock, timedelta(seconds=idempotency_ttl))
        self.pipeline = Pipeline(self.state, self.faults, self.idempotency)
        self.sender = WebhookSender(
            self.state, retry_delays=webhook_retry_delays, timeout=webhook_timeout
        )
        self.state.listeners.append(self.sender.event_recorded)
        self.employees_api = Employees(self.state, self.settings)
        self.employers_api = Employers(self.state, self.settings, self.employees_api)
        self.sessions = Sessions(self.state, self.settings, lambda: self.url)
        self.reports = ContributionReports(self.state)
        if seed_reports:
            self.employers_api.on_created.append(self.reports.seed)
        self.insurance = HealthInsurance(self.state, lambda: self.url)
        self.events_api = Events(self.state, self.sender)
        self._runner: web.AppRunner | None = None
        self._ticker: asyncio.Task[None] | None = None
        self._url: str | None = None

    # lifecycle

    @property
    def url(self) -> str:
        """The base URL to give a client, e.g. `http://127.0.0.1:53211` (once started)."""
        if self._url is None:
            raise RuntimeError("FakeKota is not running: use `async with FakeKota()` or start()")
        return self._url

    @property
    def running(self) -> bool:
        """Whether the server is accepting requests."""
        return self._runner is not None

    async def start(self) -> Self:
        """Bind the port and start serving."""
        if self._runner is not None:
            return self
        runner = web.AppRunner(
            self._build_app(),
            access_log=None,
            handle_signals=False,
            shutdown_timeout=SHUTDOWN_TIMEOUT,
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        self._runner = runner
        address = runner.addresses[0]
        self.port = int(address[1])
        host = f"[{self.host}]" if ":" in self.host else self.host
        self._url = f"http://{host}:{self.port}"
        self._ticker = asyncio.get_running_loop().create_task(self._tick_forever())
        return self

    async def close(self) -> None:
        """Stop serving, cancel webhook deliveries in flight, release the port."""
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
            self._ticker = None
        await self.sender.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def serve_forever(self) -> None:
        """Serve until cancelled (for `kota fake serve`)."""
        await self.start()
        try:
            await asyncio.Event().wait()
        finally:
            await self.close()

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # time

    def advance_time(self, seconds: float | timedelta) -> None:
        """Move the fake's clock forward and fire what became due (activations,
        offboardings), as if that much time had passed."""
        self.clock.advance(seconds)
        self.state.tick()

    # test hooks behind the API

    def add_webhook_endpoint(
        self,
        url: str,
        secret: str | None = None,
        *,
        events: Iterable[str] | None = None,
        version: Literal["v1", "v2"] = "v1",
    ) -> dict[str, Any]:
        """Register a webhook endpoint, as Kota's staff would; returns it as the API shows
        it, plus its `secret` (generated when not given). `events` limits the event types
        sent (default: all); `version` picks the payload family."""
        subscribed = ["*"] if events is None else list(events)
        unknown = [e for e in subscribed if e != "*" and e not in self.spec.event_types]
        if unknown:
            raise ValueError(f"unknown event types: {unknown}")
        if version not in ("v1", "v2"):
            raise ValueError("version must be 'v1' or 'v2'")
        record = EndpointRecord(
            id=new_id("whe"),
            url=url,
            secret=secret or f"whsec_{secrets.token_hex(24)}",
            subscribed_events=subscribed,
            version=version,
            created_at=self.clock.now(),
        )
        self.state.endpoints[record.id] = record
        return {**record.to_json(), "secret": record.secret}

    def create_contribution_report(
        self,
        employer_id: str,
        *,
        year: int | None = None,
        month: int | None = None,
        external_customer_id: str | None = None,
    ) -> dict[str, Any]:
        """Open a contribution report for an employer and month (default: this month);
        its breakdowns cover the employer's active employees until it is finalized."""
        record = self.reports.create(
            employer_id, year=year, month=month, external_customer_id=external_customer_id
        )
        return record.to_json()

    def quote_action_required(
        self,
        employer_id: str,
        *,
        reason: str = QUOTE_REASON,
        reason_description: str = QUOTE_DESCRIPTION,
        code: str = QUOTE_CODE,
        due_at: date | str | None = None,
    ) -> dict[str, Any]:
        """Make the insurer ask the employer to act on a quote: stores the quote and
        records (and delivers) `employer.health_insurance.quote.action_required`.
        Returns the event as `GET /events/{id}` shows it."""
        return self._action_required(
            self.insurance.quote_action_required,
            employer_id,
            reason,
            reason_description,
            code,
            due_at,
        )

    def offer_action_required(
        self,
        employee_id: str,
        *,
        reason: str = OFFER_REASON,
        reason_description: str = OFFER_DESCRIPTION,
        code: str = OFFER_CODE,
        due_at: date | str | None = None,
    ) -> dict[str, Any]:
        """Ask the employee to act on a health insurance offer: stores the offer and
        records (and delivers) `employee.health_insurance.offer.action_required`.
        Returns the event as `GET /events/{id}` shows it."""
        return self._action_required(
            self.insurance.offer_action_required,
            employee_id,
            reason,
            reason_description,
            code,
            due_at,
        )

    def _action_required(
        self,
        record: Callable[[str, RequiredAction], EventRecord],
        owner_id: str,
        reason: str,
        reason_description: str,
        code: str,
        due_at: date | str | None,
    ) -> dict[str, Any]:
        """Store the required action through `record` and return its event as the API shows it."""
        action = required_action(
            reason, reason_description, code, due_at or self.insurance.default_due()
        )
        return record(owner_id, action).to_json(self.state.platform_id)

    async def wait_for_deliveries(self, timeout: float = 10.0) -> list[Delivery]:
        """Wait for webhook deliveries in flight (and their retries); returns all attempts."""
        await self.sender.drain(timeout)
        return list(self.sender.deliveries)

    # read-only views

    @property
    def deliveries(self) -> list[Delivery]:
        """Every webhook delivery attempt so far, in order."""
        return list(self.sender.deliveries)

    @property
    def request_counts(self) -> Counter[str]:
        """Requests received per operation id (including refused and faulted ones)."""
        return self.pipeline.request_counts

    def employers(self) -> list[dict[str, Any]]:
        """Every employer, oldest first, as the API shows them."""
        self.state.tick()
        return [r.to_json(self.state.platform_id) for r in self.state.employers.values()]

    def employees(self, employer_id: str | None = None) -> list[dict[str, Any]]:
        """Every employee (of one employer, if given), oldest first, as the API shows them."""
        self.state.tick()
        records = self.state.employees.values()
        return [
            r.to_json(self.state.platform_id)
            for r in records
            if employer_id is None or r.employer_id == employer_id
        ]

    def events(self, event_type: str | None = None) -> list[dict[str, Any]]:
        """Every recorded event (of one type, if given), oldest first, as the API shows them."""
        return [
            e.to_json(self.state.platform_id)
            for e in self.state.events.values()
            if event_type is None or e.type == event_type
        ]

    # wiring

    def _build_app(self) -> web.Application:
        app = web.Application(middlewares=[_problem_middleware])
        endpoints: dict[str, Handler] = {}
        for resource in (
            self.employers_api,
            self.employees_api,
            self.sessions,
            self.reports,
            self.events_api,
            self.insurance,
        ):
            endpoints.update(resource.routes())
        for operation in self.spec.operations.values():
            handler = self.pipeline.handler(operation, endpoints.get(operation.operation_id))
            app.router.add_route(operation.method, operation.path, handler)
        app.router.add_get(HOSTED_PATH_PREFIX + "{token}", self.sessions.open_hosted_link)
        return app

    async def _tick_forever(self) -> None:
        while True:
            await asyncio.sleep(TICK_INTERVAL)
            self.state.tick()


@web.middleware
async def _problem_middleware(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Unknown paths, wrong methods and errors outside the API pipeline as problem+json."""
    try:
        return await handler(request)
    except Problem as problem:
        return Pipeline.problem_response(problem, request.path, uuid.uuid4().hex)
    except web.HTTPMethodNotAllowed:
        return Pipeline.problem_response(
            Problem(405, f"{request.method} is not allowed on {request.path}."),
            request.path,
            uuid.uuid4().hex,
        )
    except web.HTTPNotFound:
        return Pipeline.problem_response(
            Problem(404, f"No such endpoint: {request.method} {request.path}."),
            request.path,
            uuid.uuid4().hex,
        )
