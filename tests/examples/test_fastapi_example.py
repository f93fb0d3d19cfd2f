"""`examples/fastapi_app.py` against FakeKota: tokens for the frontend, webhooks in.

The app runs in this event loop through httpx's ASGI transport. FakeKota delivers webhooks
over real HTTP, so a small aiohttp server on 127.0.0.1 passes each delivery (raw bytes and
headers, untouched) to the ASGI app and its answer back: the app sees exactly what Kota
would send, and FakeKota sees exactly what the app answered.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from fastapi import FastAPI
from fastapi_app import Account, Inbox, create_app

from kota_async.client import KotaClient
from kota_async.testing import FakeKota

SECRET = "whsec_example_fastapi"


@pytest.fixture
async def app(fake: FakeKota, ids: tuple[str, str]) -> AsyncIterator[FastAPI]:
    employer_id, employee_id = ids
    application = create_app(
        webhook_secret=SECRET,
        accounts={"admin": Account(employer_id), "worker": Account(employer_id, employee_id)},
        api_key="pk_test_examples",
        base_url=fake.url,
    )
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def http(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://app.test") as client:
        yield client


@pytest.fixture
async def public_url(http: httpx.AsyncClient) -> AsyncIterator[str]:
    """A real 127.0.0.1 URL whose requests reach the ASGI app unchanged."""

    async def relay(request: web.Request) -> web.Response:
        answer = await http.post(
            request.path, content=await request.read(), headers=dict(request.headers)
        )
        return web.Response(status=answer.status_code, body=answer.content)

    bridge = web.Application()
    bridge.router.add_post("/webhooks/kota", relay)
    server = TestServer(bridge, host="127.0.0.1")
    await server.start_server()
    try:
        yield str(server.make_url(""))
    finally:
        await server.close()


def inbox(app: FastAPI) -> Inbox:
    box: Inbox = app.state.inbox
    return box


async def test_each_user_gets_a_fresh_token_for_their_own_ui(
    http: httpx.AsyncClient, fake: FakeKota, ids: tuple[str, str]
) -> None:
    employer_id, employee_id = ids
    admin = (await http.get("/api/kota/embed-token", headers={"X-Demo-User": "admin"})).json()
    again = (await http.get("/api/kota/embed-token", headers={"X-Demo-User": "admin"})).json()
    worker = (await http.get("/api/kota/embed-token", headers={"X-Demo-User": "worker"})).json()
    assert set(admin) == {"token", "expires_at", "expires_in"}
    assert admin["token"] != again["token"]
    sessions = fake.sessions.embed_sessions
    assert sessions[admin["token"]].employee_id is None
    assert sessions[admin["token"]].employer_id == employer_id
    assert sessions[worker["token"]].employee_id == employee_id
    assert (await http.get("/api/kota/embed-token")).status_code == 401


async def test_webhooks_are_verified_dispatched_and_deduplicated(
    app: FastAPI, public_url: str, fake: FakeKota, ids: tuple[str, str]
) -> None:
    employer_id, _ = ids
    fake.add_webhook_endpoint(public_url + "/webhooks/kota", SECRET)
    event = fake.quote_action_required(employer_id)
    deliveries = await fake.wait_for_deliveries()
    assert deliveries and all(d.status == 200 for d in deliveries)
    (message,) = inbox(app).messages
    assert message.title == event["data"]["required_action"]["reason"]

    # Kota redelivers (here: a replay); the app acknowledges it without acting twice.
    async with KotaClient("pk_test_examples", base_url=fake.url) as kota:
        replay = await kota.events.replay(event["id"])
    assert [d.response_status_code for d in replay.deliveries] == [200]
    assert len(inbox(app).messages) == 1
    handled = [e.id for e in inbox(app).events if e.type == event["type"]]
    assert handled == [event["id"]]


async def test_a_delivery_signed_with_another_secret_is_refused(
    app: FastAPI, public_url: str, fake: FakeKota, ids: tuple[str, str]
) -> None:
    employer_id, _ = ids
    fake.add_webhook_endpoint(public_url + "/webhooks/kota", "whsec_not_ours")
    fake.quote_action_required(employer_id)
    deliveries = await fake.wait_for_deliveries()
    assert deliveries and all(d.status == 400 for d in deliveries)
    assert inbox(app).events == []
