"""`kota.sessions`: embed tokens and hosted links, fresh each time, safe to hand to a browser."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp import web
from fault_server import API_KEY, FaultServer

from kota_async import KotaClient
from kota_async.sessions import HostedLink, SessionToken


async def test_employer_token_posts_only_the_employer(
    kota: KotaClient, server: FaultServer
) -> None:
    token = await kota.sessions.employer_token("er_abc")

    (sent,) = server.to("POST", "/embed/sessions")
    assert sent.json() == {"employer_id": "er_abc"}
    assert sent.headers["Idempotency-Key"]
    assert isinstance(token, SessionToken)
    assert token.token.startswith("est_")
    assert token.expires_at == datetime(2030, 1, 1, tzinfo=UTC)
    assert not token.is_expired()


async def test_employer_token_for_an_eor_customer(kota: KotaClient, server: FaultServer) -> None:
    await kota.sessions.employer_token("er_abc", external_customer_id="cust-9")

    (sent,) = server.to("POST", "/embed/sessions")
    assert sent.json() == {"employer_id": "er_abc", "external_customer_id": "cust-9"}


async def test_employee_token_sends_both_ids(kota: KotaClient, server: FaultServer) -> None:
    token = await kota.sessions.employee_token("er_abc", "ee_def")

    (sent,) = server.to("POST", "/embed/sessions")
    assert sent.json() == {"employer_id": "er_abc", "employee_id": "ee_def"}
    assert (token.employer_id, token.employee_id) == ("er_abc", "ee_def")


async def test_hosted_link(kota: KotaClient, server: FaultServer) -> None:
    link = await kota.sessions.hosted_link("er_abc", "ee_def")

    (sent,) = server.to("POST", "/hosted/sessions")
    assert sent.json() == {"employer_id": "er_abc", "employee_id": "ee_def"}
    assert isinstance(link, HostedLink)
    assert link.url.startswith("https://hosted.example/s/")
    assert link.expires_at == datetime(2030, 1, 1, 1, tzinfo=UTC)


async def test_every_call_mints_a_fresh_one(kota: KotaClient, server: FaultServer) -> None:
    first = await kota.sessions.hosted_link("er_abc", "ee_def")
    second = await kota.sessions.hosted_link("er_abc", "ee_def")

    assert first.url != second.url
    keys = [r.headers["Idempotency-Key"] for r in server.to("POST", "/hosted/sessions")]
    assert len(keys) == 2
    assert keys[0] != keys[1]


@pytest.mark.parametrize(
    ("employer_id", "employee_id"),
    [("", "ee_def"), ("er_abc", ""), ("ee_def", "er_abc"), ("er_abc", None)],
    ids=["no-employer", "no-employee", "swapped", "none"],
)
async def test_employee_helpers_need_both_ids(
    kota: KotaClient, server: FaultServer, employer_id: str, employee_id: str
) -> None:
    with pytest.raises(ValueError, match="_id"):
        await kota.sessions.employee_token(employer_id, employee_id)
    with pytest.raises(ValueError, match="_id"):
        await kota.sessions.hosted_link(employer_id, employee_id)
    assert server.requests == []


async def test_to_frontend_is_json_safe_and_holds_no_api_key(
    kota: KotaClient, server: FaultServer
) -> None:
    token = await kota.sessions.employee_token("er_abc", "ee_def")
    link = await kota.sessions.hosted_link("er_abc", "ee_def")

    for item, credential in ((token.to_frontend(), "token"), (link.to_frontend(), "url")):
        text = json.dumps(item)
        assert API_KEY not in text
        assert set(item) == {credential, "expires_at", "expires_in"}
        assert datetime.fromisoformat(item["expires_at"]).year == 2030
        assert item["expires_in"] > 0


async def test_repr_masks_the_credential(kota: KotaClient) -> None:
    token = await kota.sessions.employer_token("er_abc")
    link = await kota.sessions.hosted_link("er_abc", "ee_def")

    assert token.token not in repr(token)
    assert link.url not in repr(link)
    assert "er_abc" in repr(token)


async def test_expiry_helpers_count_down_from_the_servers_expiry(
    kota: KotaClient, server: FaultServer
) -> None:
    soon = datetime.now(UTC) + timedelta(seconds=20)

    async def short_lived(request: web.Request, body: bytes) -> web.Response:
        return web.json_response({"token": "est_short", "expiry": soon.isoformat()})

    server.route("POST", "/embed/sessions", short_lived)
    token = await kota.sessions.employer_token("er_abc")

    assert 15 < token.expires_in() <= 20
    assert token.is_expired()  # within the default 30 s leeway
    assert not token.is_expired(leeway=0)
    assert not token.is_expired(leeway=timedelta(seconds=5))
    assert token.is_expired(leeway=0, now=soon + timedelta(seconds=1))
    assert token.expires_in(now=soon + timedelta(minutes=1)) == 0.0
