"""`examples/aiohttp_app.py` against FakeKota: tokens for the frontend, webhooks in."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from aiohttp_app import INBOX, Account, create_app

from kota_async.testing import FakeKota
from kota_async.webhooks import KOTA_SIGNATURE_HEADER, sign

SECRET = "whsec_example_aiohttp"

AppClient = TestClient[web.Request, web.Application]


@pytest.fixture
async def app_client(fake: FakeKota, ids: tuple[str, str]) -> AsyncIterator[AppClient]:
    employer_id, employee_id = ids
    app = create_app(
        webhook_secret=SECRET,
        accounts={
            "admin": Account(employer_id),
            "worker": Account(employer_id, employee_id),
        },
        api_key="pk_test_examples",
        base_url=fake.url,
    )
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        yield client


async def test_each_user_gets_a_fresh_token_for_their_own_ui(
    app_client: AppClient, fake: FakeKota, ids: tuple[str, str]
) -> None:
    employer_id, employee_id = ids
    answers = []
    for user in ("admin", "admin", "worker"):
        response = await app_client.get("/api/kota/embed-token", headers={"X-Demo-User": user})
        assert response.status == 200
        answers.append(await response.json())
    assert all(set(a) == {"token", "expires_at", "expires_in"} for a in answers)
    assert all(0 < a["expires_in"] <= 3600 for a in answers)
    first, again, worker = (fake.sessions.embed_sessions[a["token"]] for a in answers)
    assert first.token != again.token  # never cached
    assert (first.employer_id, first.employee_id) == (employer_id, None)
    assert (worker.employer_id, worker.employee_id) == (employer_id, employee_id)


async def test_no_token_without_a_signed_in_user(app_client: AppClient) -> None:
    response = await app_client.get("/api/kota/embed-token")
    assert response.status == 401


async def test_a_kota_action_required_webhook_becomes_a_message(
    app_client: AppClient, fake: FakeKota, ids: tuple[str, str]
) -> None:
    _, employee_id = ids
    fake.add_webhook_endpoint(str(app_client.make_url("/webhooks/kota")), SECRET)
    fake.offer_action_required(employee_id, due_at="2030-01-31")
    deliveries = await fake.wait_for_deliveries()
    assert deliveries and all(d.status == 200 for d in deliveries)

    inbox = app_client.app[INBOX]
    assert "employee.health_insurance.offer.action_required" in [e.type for e in inbox.events]
    (message,) = inbox.messages
    offer = fake.insurance.offers[next(iter(fake.insurance.offers))]
    assert message.title == offer["required_action"]["reason"]
    assert message.body == offer["required_action"]["reason_description"]
    assert message.due is not None and message.due.isoformat() == "2030-01-31"


async def test_a_forged_webhook_is_refused(app_client: AppClient) -> None:
    body = b'{"id":"evt_1","type":"employee.updated","api_version":"1.0","data":{}}'
    async with aiohttp.ClientSession() as session:
        response = await session.post(
            app_client.make_url("/webhooks/kota"),
            data=body,
            headers={KOTA_SIGNATURE_HEADER: sign(body, "whsec_someone_else")},
        )
        assert response.status == 400
    assert app_client.app[INBOX].events == []
