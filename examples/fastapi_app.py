"""A FastAPI backend that hands Kota embed tokens to its frontend and receives Kota webhooks.

Run it against a local FakeKota (no credentials needed; any ASGI server works):

    kota fake serve --port 8900 &
    KOTA_API_KEY=pk_test_local KOTA_BASE_URL=http://127.0.0.1:8900 \\
        KOTA_WEBHOOK_SECRET=whsec_local uvicorn examples.fastapi_app:app

The same integration as `examples/aiohttp_app.py`, in FastAPI's idioms:

- the `KotaClient` lives in the app's lifespan (one connection pool, closed on shutdown) and
  reaches routes through a dependency;
- ``GET /api/kota/embed-token`` mints a fresh token for the signed-in user, with ids from
  your records of that user (``X-Demo-User`` stands in for your session), and returns only
  ``{token, expires_at, expires_in}``;
- ``POST /webhooks/kota`` reads the *raw* body (re-serialised JSON would no longer match the
  signature), verifies it with `verify_delivery`, and hands the event to a
  `WebhookReceiver`'s `process`, which de-duplicates redeliveries and dispatches by type.
  Answers follow the receiver's contract: 400 for a bad signature, 500 when a handler
  failed (so Kota redelivers), 200 otherwise.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from kota_async import KotaClient
from kota_async.errors import SignatureVerificationError
from kota_async.webhooks import Event, RequiredAction, WebhookReceiver, verify_delivery

__all__ = ["Account", "Inbox", "create_app"]

ACTION_REQUIRED = (
    "employer.health_insurance.quote.action_required",
    "employee.health_insurance.offer.action_required",
)


@dataclass(frozen=True)
class Account:
    """Your platform's user, as your database knows them (no ``employee_id``: an admin)."""

    employer_id: str
    employee_id: str | None = None


@dataclass
class Inbox:
    """Where this example puts what webhooks produced; a real app would queue emails."""

    events: list[Event] = field(default_factory=list)
    messages: list[RequiredAction] = field(default_factory=list)


# Dependencies live at module level: FastAPI resolves the (string) annotations of routes
# in this module's namespace, where a function local to `create_app` would not be found.


def kota_client(request: Request) -> KotaClient:
    """The app's one `KotaClient` (opened by the lifespan)."""
    kota: KotaClient = request.app.state.kota
    return kota


def current_account(request: Request, x_demo_user: Annotated[str, Header()] = "") -> Account:
    """The signed-in user's Kota ids, from your records; 401 when nobody is signed in."""
    account: Account | None = request.app.state.accounts.get(x_demo_user)
    if account is None:
        raise HTTPException(status_code=401, detail="sign in first")
    return account


def create_app(
    *,
    webhook_secret: str,
    accounts: Mapping[str, Account],
    api_key: str | None = None,
    base_url: str | None = None,
) -> FastAPI:
    """Build the app. ``api_key``/``base_url`` default to KOTA_API_KEY/KOTA_BASE_URL."""
    inbox = Inbox()
    receiver = WebhookReceiver(webhook_secret)

    @receiver.on("*")
    async def remember(event: Event) -> None:
        inbox.events.append(event)

    @receiver.on(*ACTION_REQUIRED)
    async def tell_the_customer(event: Event) -> None:
        action = RequiredAction.from_event(event)
        if action is not None:
            inbox.messages.append(action)  # e.g. email action.title / action.text()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with KotaClient(api_key, base_url=base_url) as kota:
            app.state.kota = kota
            yield

    app = FastAPI(lifespan=lifespan)
    app.state.inbox = inbox
    app.state.accounts = dict(accounts)

    @app.get("/api/kota/embed-token")
    async def embed_token(
        account: Annotated[Account, Depends(current_account)],
        kota: Annotated[KotaClient, Depends(kota_client)],
    ) -> dict[str, Any]:
        """A new Embed session token for the signed-in user (employer or employee UI)."""
        if account.employee_id is None:
            token = await kota.sessions.employer_token(account.employer_id)
        else:
            token = await kota.sessions.employee_token(account.employer_id, account.employee_id)
        return token.to_frontend()

    @app.post("/webhooks/kota")
    async def kota_webhook(request: Request) -> Response:
        """Verify, de-duplicate and dispatch one delivery."""
        payload = await request.body()
        try:
            event = verify_delivery(payload, request.headers, webhook_secret)
        except SignatureVerificationError as exc:
            return PlainTextResponse(str(exc), status_code=400)
        try:
            handled = await receiver.process(event)
        except Exception:
            return PlainTextResponse("handler failed", status_code=500)
        return JSONResponse({"received": True, "duplicate": not handled})

    return app


def _app_from_environment() -> FastAPI:
    accounts = {"admin": Account(employer_id=os.environ.get("DEMO_EMPLOYER_ID", "er_demo"))}
    return create_app(webhook_secret=os.environ.get("KOTA_WEBHOOK_SECRET", ""), accounts=accounts)


def __getattr__(name: str) -> Any:
    # `uvicorn examples.fastapi_app:app` builds the app from the environment on demand, so
    # importing this module (as the tests do) needs no configuration.
    if name == "app":
        return _app_from_environment()
    raise AttributeError(name)
