"""An aiohttp backend that hands Kota embed tokens to its frontend and receives Kota webhooks.

Run it against a local FakeKota (no credentials needed):

    kota fake serve --port 8900 &
    KOTA_API_KEY=pk_test_local KOTA_BASE_URL=http://127.0.0.1:8900 \\
        KOTA_WEBHOOK_SECRET=whsec_local python examples/aiohttp_app.py

What it shows, in the order a platform needs it:

- one `KotaClient` for the app's lifetime (it pools connections), opened on startup and
  closed on cleanup;
- ``GET /api/kota/embed-token``: a *fresh* token on every call (the guides say never to
  cache them), for the signed-in user. The ids come from your own records of that user,
  never from the browser, so nobody can ask for another employer's token. The browser gets
  only ``{token, expires_at, expires_in}``: never the API key;
- ``POST /webhooks/kota``: `WebhookReceiver` verifies the signature, drops redeliveries and
  dispatches by event type; an ``*.action_required`` event becomes a message to the
  customer in Kota's own words (`RequiredAction`).

Sign-in is out of scope here: ``X-Demo-User`` stands in for your session cookie.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

from aiohttp import web

from kota_async import KotaClient
from kota_async.webhooks import Event, RequiredAction, WebhookReceiver

__all__ = ["Account", "Inbox", "create_app", "main"]

ACTION_REQUIRED = (
    "employer.health_insurance.quote.action_required",
    "employee.health_insurance.offer.action_required",
)


@dataclass(frozen=True)
class Account:
    """Your platform's user, as your database knows them: their Kota ids.

    An employer admin has no ``employee_id``; an employee has both.
    """

    employer_id: str
    employee_id: str | None = None


@dataclass
class Inbox:
    """Where this example puts what webhooks produced; a real app would queue emails."""

    events: list[Event] = field(default_factory=list)
    messages: list[RequiredAction] = field(default_factory=list)


CLIENT = web.AppKey("kota_client", KotaClient)
ACCOUNTS = web.AppKey("accounts", dict[str, Account])
INBOX = web.AppKey("inbox", Inbox)


def _current_account(request: web.Request) -> Account:
    user = request.headers.get("X-Demo-User", "")
    account = request.app[ACCOUNTS].get(user)
    if account is None:
        raise web.HTTPUnauthorized(text="sign in first")
    return account


async def embed_token(request: web.Request) -> web.Response:
    """A new Embed session token for the signed-in user (employer or employee UI)."""
    account = _current_account(request)
    kota = request.app[CLIENT]
    if account.employee_id is None:
        token = await kota.sessions.employer_token(account.employer_id)
    else:
        token = await kota.sessions.employee_token(account.employer_id, account.employee_id)
    return web.json_response(token.to_frontend())


def _webhook_receiver(secret: str, inbox: Inbox) -> WebhookReceiver:
    receiver = WebhookReceiver(secret)

    @receiver.on("*")
    async def remember(event: Event) -> None:
        inbox.events.append(event)

    @receiver.on(*ACTION_REQUIRED)
    async def tell_the_customer(event: Event) -> None:
        action = RequiredAction.from_event(event)
        if action is not None:
            inbox.messages.append(action)  # e.g. email action.title / action.text()

    return receiver


def create_app(
    *,
    webhook_secret: str,
    accounts: Mapping[str, Account],
    api_key: str | None = None,
    base_url: str | None = None,
) -> web.Application:
    """Build the app. ``api_key``/``base_url`` default to KOTA_API_KEY/KOTA_BASE_URL."""
    app = web.Application()
    app[ACCOUNTS] = dict(accounts)
    app[INBOX] = Inbox()

    async def kota_client(app: web.Application) -> AsyncIterator[None]:
        async with KotaClient(api_key, base_url=base_url) as kota:
            app[CLIENT] = kota
            yield

    app.cleanup_ctx.append(kota_client)
    receiver = _webhook_receiver(webhook_secret, app[INBOX])
    app.router.add_get("/api/kota/embed-token", embed_token)
    app.router.add_post("/webhooks/kota", receiver.handle)
    return app


def main() -> None:
    """Serve on 127.0.0.1:8080 with one demo employer admin (ids from the environment)."""
    accounts = {"admin": Account(employer_id=os.environ.get("DEMO_EMPLOYER_ID", "er_demo"))}
    app = create_app(webhook_secret=os.environ["KOTA_WEBHOOK_SECRET"], accounts=accounts)
    web.run_app(app, host="127.0.0.1", port=8080)


if __name__ == "__main__":
    main()
