"""Embed session tokens and single-use hosted session links."""

from __future__ import annotations

from datetime import datetime

import aiohttp
from fake_helpers import Api

from kota_async.testing import FakeKota


def _seconds_until(expiry: str, fake: FakeKota) -> float:
    return (datetime.fromisoformat(expiry) - fake.clock.now()).total_seconds()


async def test_employer_and_employee_embed_tokens_expire(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    for_employer = await api.post("/embed/sessions", {"employer_id": employer["id"]})
    for_employee = await api.post(
        "/embed/sessions", {"employer_id": employer["id"], "employee_id": employee["id"]}
    )
    assert for_employer.status == for_employee.status == 200
    assert set(for_employer.body) == {"token", "expiry"}
    assert for_employer.body["token"] != for_employee.body["token"]
    assert 3590 < _seconds_until(for_employer.body["expiry"], fake) <= 3600


async def test_embed_token_for_someone_elses_employee_is_404(api: Api) -> None:
    first, second = await api.employer(), await api.employer(legal_name="Other Ltd")
    employee = await api.employee(second["id"])
    reply = await api.post(
        "/embed/sessions", {"employer_id": first["id"], "employee_id": employee["id"]}
    )
    assert reply.status == 404
    assert (await api.post("/embed/sessions", {"employer_id": "er_nobody"})).status == 404


async def test_offboarded_employer_gets_no_sessions(api: Api) -> None:
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    await api.post(f"/employers/{employer['id']}/offboard")
    embed = await api.post("/embed/sessions", {"employer_id": employer["id"]})
    hosted = await api.post(
        "/hosted/sessions", {"employer_id": employer["id"], "employee_id": employee["id"]}
    )
    assert embed.body["error_code"] == hosted.body["error_code"] == "invalid_state"


async def test_hosted_link_works_once(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    reply = await api.post(
        "/hosted/sessions", {"employer_id": employer["id"], "employee_id": employee["id"]}
    )
    assert reply.status == 200
    assert 3590 < _seconds_until(reply.body["expiry"], fake) <= 3600
    link = reply.body["link"]
    assert link.startswith(fake.url)
    async with aiohttp.ClientSession() as browser:
        async with browser.get(link) as first:
            page = await first.text()
            assert first.status == 200
        async with browser.get(link) as second:
            assert second.status == 410
            assert (await second.json(content_type=None))["error_code"] == "link_used"
    assert employee["id"] in page


async def test_hosted_link_expires_after_60_minutes(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    reply = await api.post(
        "/hosted/sessions", {"employer_id": employer["id"], "employee_id": employee["id"]}
    )
    fake.advance_time(60 * 60 + 1)
    async with aiohttp.ClientSession() as browser, browser.get(reply.body["link"]) as response:
        assert response.status == 410
        assert (await response.json(content_type=None))["error_code"] == "link_expired"


async def test_hosted_link_needs_an_employee_of_that_employer(api: Api) -> None:
    employer = await api.employer()
    reply = await api.post("/hosted/sessions", {"employer_id": employer["id"]})
    assert reply.status == 400
    assert list(reply.body["errors"]) == ["employee_id"]
    missing = await api.post(
        "/hosted/sessions", {"employer_id": employer["id"], "employee_id": "ee_nobody"}
    )
    assert missing.status == 404
