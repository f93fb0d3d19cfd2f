"""`kota demo`: the whole Kota integration, end to end, against an in-process FakeKota.

It needs no credentials and no network (everything listens on 127.0.0.1), and it walks the
integration the guides describe, using only the SDK's public API on the client side:

1. create an employer;
2. bulk-load employees while FakeKota faults a share of the requests (errors after the work
   was done, dropped connections, 429s with Retry-After, timeouts), showing that idempotency
   keys and retries end with every employee created exactly once;
3. list them back, page by page, and check there are no duplicates;
4. mint an employer and an employee embed token, and a single-use hosted link (opened once,
   then refused);
5. receive signed webhooks on a local `WebhookReceiver` (a forged one is refused), including
   an action-required event turned into the customer message Kota wrote;
6. offboard an employee and cancel it;
7. finalize the employer's contribution report and read its employee breakdowns.

It ends with a summary table; the exit status is 0 only if every step did what it should.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web
from attrs import define

from kota_async.bulk import BulkProgress, BulkResult, bulk_create
from kota_async.cli_output import Output

if TYPE_CHECKING:
    from kota_async.client import KotaClient
    from kota_async.testing import FakeKota, FaultKind
    from kota_async.webhooks import Event

__all__ = ["DemoStep", "add_parser", "run_demo"]

DEMO_API_KEY = "pk_test_demo"
WEBHOOK_SECRET = "whsec_demo_secret"
FAULT_LABELS: dict[FaultKind, str] = {
    "fail_after_commit": "500s after commit",
    "drop_after_commit": "drops after commit",
    "rate_limit": "429s",
    "latency": "timeouts",
}
FAULT_KINDS = tuple(FAULT_LABELS)
REQUEST_TIMEOUT = 1.0
"""The demo client's per-attempt timeout; injected latency is longer, so it times out."""


@define
class DemoStep:
    """One line of the summary: what was done, whether it worked, and the evidence."""

    name: str
    ok: bool
    detail: str
    seconds: float = 0.0


class StepFailed(Exception):
    """A demo step did not produce what it should have; the message says what."""


def add_parser(subparsers: Any) -> None:
    """Register ``demo`` under the ``kota`` command's subcommands."""
    parser = subparsers.add_parser(
        "demo",
        help="walk the whole integration against an in-process FakeKota (no credentials)",
        description=(__doc__ or "").split("\n\n")[1],
    )
    parser.add_argument(
        "--employees", type=int, default=500, help="employees to bulk-load (default 500)"
    )
    parser.add_argument(
        "--fault-rate",
        type=float,
        default=0.2,
        help="share of employee requests FakeKota faults (default 0.2)",
    )
    parser.add_argument("--seed", type=int, default=6, help="seed of the fault sequence")
    parser.set_defaults(handler=_handle_demo)


def _handle_demo(args: argparse.Namespace, output: Output) -> int:
    if args.employees < 1:
        output.problem("kota: --employees must be at least 1")
        return 2
    if not 0 <= args.fault_rate < 1:
        output.problem("kota: --fault-rate must be at least 0 and below 1")
        return 2
    steps = asyncio.run(
        run_demo(output, employees=args.employees, fault_rate=args.fault_rate, seed=args.seed)
    )
    return 0 if steps and all(step.ok for step in steps) else 1


def _demo_employee(employer_id: str, n: int) -> dict[str, Any]:
    from kota_async.testing.samples import employee_fields

    return employee_fields(
        employer_id,
        n,
        external_customer_id=f"demo-{n:04d}",
        bank_account={"account_number": f"IE29AIBK9311{n:010d}"},
    )


class _Inbox:
    """What the demo's webhook receiver got: verified events, and a signal per type."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._arrived: dict[str, asyncio.Event] = {}

    async def handle(self, event: Event) -> None:
        self.events.append(event)
        self._signal(event.type).set()

    def _signal(self, event_type: str) -> asyncio.Event:
        return self._arrived.setdefault(event_type, asyncio.Event())

    async def wait_for(self, event_type: str, timeout: float = 10.0) -> Event:
        try:
            await asyncio.wait_for(self._signal(event_type).wait(), timeout)
        except TimeoutError:
            raise StepFailed(f"no {event_type} webhook arrived within {timeout:g}s") from None
        return next(e for e in reversed(self.events) if e.type == event_type)


@asynccontextmanager
async def _receiver(inbox: _Inbox) -> AsyncIterator[str]:
    """A local aiohttp app with a `WebhookReceiver`; yields its URL."""
    from kota_async.webhooks import WebhookReceiver

    receiver = WebhookReceiver(WEBHOOK_SECRET)
    receiver.on("*")(inbox.handle)
    app = web.Application()
    app.router.add_post("/webhooks/kota", receiver.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    server = site._server
    assert server is not None
    port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
    try:
        yield f"http://127.0.0.1:{port}/webhooks/kota"
    finally:
        await runner.cleanup()


class _Demo:
    """The walk-through's state, shared by its steps."""

    def __init__(self, output: Output, kota: KotaClient, fake: FakeKota, inbox: _Inbox) -> None:
        self.output = output
        self.kota = kota
        self.fake = fake
        self.inbox = inbox
        self.steps: list[DemoStep] = []
        self.employer_id = ""
        self.employee_ids: list[str] = []

    async def step(self, name: str, action: Callable[[], Awaitable[str]]) -> bool:
        """Run one step, record its outcome, and say whether later steps can go on."""
        started = time.monotonic()
        try:
            detail = await action()
            ok = True
        except Exception as exc:
            detail = f"{type(exc).__name__}: {exc}"
            ok = False
        self.steps.append(DemoStep(name, ok, detail, time.monotonic() - started))
        mark = "ok " if ok else "FAILED"
        self.output.line(f"[{mark}] {name}: {detail}")
        return ok

    async def employer(self) -> str:
        from kota_async.testing.samples import employer_fields

        employer = await self.kota.employers.create(
            **employer_fields("Grand Canal Robotics Ltd", registration_number="IE-654321")
        )
        self.employer_id = str(employer.id)
        return f"{self.employer_id} ({_text(employer.status)})"

    async def bulk_load(self, count: int, fault_rate: float, seed: int) -> str:
        rows = [_demo_employee(self.employer_id, n) for n in range(count)]
        faults = self.fake.faults
        before = {k: faults.injected[k] for k in FAULT_KINDS}
        faults.random(
            rate=fault_rate,
            kinds=FAULT_KINDS,
            seed=seed,
            retry_after=0.2,
            latency=REQUEST_TIMEOUT * 1.5,
            method="POST",
            path="/employees",
        )
        try:
            with self.output.progress("bulk-loading employees", count) as bar:

                def on_progress(progress: BulkProgress) -> None:
                    bar.advance(progress.done, f"{progress.created} created")

                result: BulkResult = await bulk_create(
                    self.kota,
                    rows,
                    concurrency=32,
                    on_progress=on_progress,
                    max_retries=8,
                    timeout=REQUEST_TIMEOUT,
                )
        finally:
            faults.clear()
        injected = {k: faults.injected[k] - before[k] for k in FAULT_KINDS}
        if not result.ok:
            raise StepFailed(f"{result.failed} rows failed: {result.failures[0].message}")
        self.employee_ids = [r.employee_id for r in result.results if r.employee_id]
        kinds = ", ".join(f"{n} {FAULT_LABELS[k]}" for k, n in injected.items() if n)
        return (
            f"{result.created}/{count} created; survived {sum(injected.values())} faults: {kinds}"
        )

    async def listing(self, count: int) -> str:
        seen: list[str] = []
        statuses: Counter[str] = Counter()
        async for employee in self.kota.employees.list(employer_id=self.employer_id, page_size=100):
            seen.append(str(employee.id))
            statuses[_text(employee.status)] += 1
        unique = len(set(seen))
        pages = -(-len(seen) // 100)
        if len(seen) != count or unique != count:
            raise StepFailed(f"expected {count} distinct employees, listed {len(seen)} ({unique})")
        states = ", ".join(f"{n} {status}" for status, n in statuses.most_common())
        return f"{len(seen)} in {pages} pages, none twice ({states})"

    async def employer_token(self) -> str:
        token = await self.kota.sessions.employer_token(self.employer_id)
        shown = ", ".join(token.to_frontend())
        return f"expires in {token.expires_in() / 60:.0f} min; the browser gets {shown}"

    async def employee_token(self) -> str:
        token = await self.kota.sessions.employee_token(self.employer_id, self.employee_ids[0])
        return f"{self.employee_ids[0]}, expires in {token.expires_in() / 60:.0f} min"

    async def hosted_link(self) -> str:
        link = await self.kota.sessions.hosted_link(self.employer_id, self.employee_ids[1])
        async with aiohttp.ClientSession() as browser:
            async with browser.get(link.url) as first:
                first_status = first.status
            async with browser.get(link.url) as second:
                second_status = second.status
        if first_status != 200 or second_status < 400:
            raise StepFailed(f"link answered {first_status}, then {second_status}")
        return f"opened once ({first_status}), reuse refused ({second_status})"

    async def webhook(self, receiver_url: str) -> str:
        from kota_async.webhooks import KOTA_SIGNATURE_HEADER, sign

        self.fake.add_webhook_endpoint(receiver_url, WEBHOOK_SECRET)
        employee_id = self.employee_ids[2]
        await self.kota.employees.update(employee_id, phone_number="+353 1 555 0100")
        event = await self.inbox.wait_for("employee.updated")
        forged = b'{"id":"evt_forged","type":"employee.updated"}'
        async with aiohttp.ClientSession() as attacker:
            headers = {KOTA_SIGNATURE_HEADER: sign(forged, "not-the-secret")}
            async with attacker.post(receiver_url, data=forged, headers=headers) as answer:
                forged_status = answer.status
        if forged_status != 400:
            raise StepFailed(f"a forged delivery was answered {forged_status}, not 400")
        return f"{event.type} {event.id} verified; a forged one refused ({forged_status})"

    async def action_required(self) -> str:
        from kota_async.webhooks import RequiredAction

        employee_id = self.employee_ids[3]
        self.fake.offer_action_required(employee_id)
        event = await self.inbox.wait_for("employee.health_insurance.offer.action_required")
        action = RequiredAction.from_event(event)
        if action is None:
            raise StepFailed("the event carried no required_action")
        due = f", due {action.due:%d %b %Y}" if action.due else ""
        self.output.line("  message to the employee, in Kota's words:")
        for paragraph in action.text().split("\n\n"):
            self.output.line(f"    {paragraph}")
        return f"{action.title!r}{due}"

    async def offboard(self) -> str:
        employee_id = self.employee_ids[4]
        when = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=30)
        offboarded = await self.kota.employees.offboard(
            employee_id, offboard_on=when, offboard_reason="Resigned"
        )
        if _text(offboarded.status) != "offboarding":
            raise StepFailed(f"status after offboarding is {_text(offboarded.status)}")
        restored = await self.kota.employees.cancel_offboarding(employee_id)
        if _text(restored.status) == "offboarding":
            raise StepFailed("the employee is still offboarding after the cancellation")
        return f"{employee_id} offboarding on {when:%d %b %Y}; cancelled, {_text(restored.status)}"

    async def contribution_report(self) -> str:
        page = await self.kota.contribution_reports.list(employer_id=self.employer_id)
        if not page.items:
            raise StepFailed("the employer has no contribution report")
        report = page.items[0]
        finalized = await self.kota.contribution_reports.finalize(str(report.id))
        lines = 0
        async for _ in self.kota.contribution_reports.employee_breakdowns.list(str(report.id)):
            lines += 1
        return f"{report.id} {_text(finalized.status)}, {lines} employee breakdowns"


@asynccontextmanager
async def _quiet_expected_noise() -> AsyncIterator[None]:
    """Silence the log lines the demo causes on purpose: the fake's server logs a request
    whose client gave up (an injected timeout), and the receiver warns about the forged
    webhook. Real problems still surface as failed steps."""
    quieted = {"aiohttp.server": logging.CRITICAL, "kota_async.webhooks": logging.ERROR}
    previous = {name: logging.getLogger(name).level for name in quieted}
    for name, level in quieted.items():
        logging.getLogger(name).setLevel(level)
    try:
        yield
    finally:
        for name, level in previous.items():
            logging.getLogger(name).setLevel(level)


def _text(value: object) -> str:
    """An enum member or plain value as its wire text."""
    return str(getattr(value, "value", value))


async def run_demo(
    output: Output, *, employees: int = 500, fault_rate: float = 0.2, seed: int = 6
) -> list[DemoStep]:
    """Run every step against a fresh FakeKota, print the summary table, return the steps."""
    from kota_async.client import KotaClient
    from kota_async.testing import FakeKota

    started = time.monotonic()
    inbox = _Inbox()
    async with (
        _quiet_expected_noise(),
        FakeKota(activation_delay=0) as fake,
        _receiver(inbox) as receiver_url,
    ):
        output.line(f"FakeKota is running on {fake.url}; webhooks go to {receiver_url}")
        async with KotaClient(DEMO_API_KEY, base_url=fake.url) as kota:
            demo = _Demo(output, kota, fake, inbox)
            plan: list[tuple[str, Callable[[], Awaitable[str]]]] = [
                ("create an employer", demo.employer),
                (
                    f"bulk-load {employees} employees under faults",
                    lambda: demo.bulk_load(employees, fault_rate, seed),
                ),
                ("list employees", lambda: demo.listing(employees)),
                ("employer embed token", demo.employer_token),
                ("employee embed token", demo.employee_token),
                ("hosted link (single use)", demo.hosted_link),
                ("signed webhook", lambda: demo.webhook(receiver_url)),
                ("action-required message", demo.action_required),
                ("offboard and cancel", demo.offboard),
                ("finalize contribution report", demo.contribution_report),
            ]
            for name, action in plan:
                if not await demo.step(name, action):
                    break
    steps = demo.steps
    output.line()
    output.table(
        f"kota demo: {sum(s.ok for s in steps)}/{len(plan)} steps passed "
        f"in {time.monotonic() - started:.1f}s",
        ["step", "result", "seconds", "detail"],
        [[s.name, "ok" if s.ok else "FAILED", f"{s.seconds:.1f}", s.detail] for s in steps]
        + [[name, "skipped", "", ""] for name, _ in plan[len(steps) :]],
    )
    if len(steps) < len(plan):
        return [*steps, DemoStep("remaining steps", False, "skipped after a failure")]
    return steps
