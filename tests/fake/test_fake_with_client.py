"""The SDK's own client against FakeKota: what a user's test suite looks like."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from fake_helpers import employee_body, employer_body

from kota_async._transport import RetryPolicy
from kota_async.client import KotaClient
from kota_async.errors import BadRequestError, InvalidStateError, NotFoundError
from kota_async.testing import FakeKota


@pytest.fixture
async def kota(fake: FakeKota) -> AsyncIterator[KotaClient]:
    """A client for the fake with quick retries."""
    async with KotaClient(api_key="pk_test_x", base_url=fake.url, timeout=2.0) as client:
        client._transport.retry_policy = RetryPolicy(base_delay=0.001, max_delay=0.01)
        yield client


def _employee_fields(employer_id: str, n: int) -> dict[str, Any]:
    body = employee_body(employer_id, n)
    body["date_of_birth"] = dt.date.fromisoformat(body["date_of_birth"])
    body["start_on"] = dt.date.fromisoformat(body["start_on"])
    return body


async def test_create_list_and_retrieve_through_the_client(kota: KotaClient) -> None:
    employer = await kota.employers.create(**employer_body())
    created = [
        await kota.employees.create(**_employee_fields(str(employer.id), n)) for n in range(12)
    ]
    listed = [
        str(e.id) async for e in kota.employees.list(employer_id=str(employer.id), page_size=5)
    ]
    assert sorted(listed) == sorted(str(e.id) for e in created)
    again = await kota.employees.retrieve(str(created[0].id))
    assert again.email == created[0].email


async def test_errors_arrive_as_the_sdks_exceptions(kota: KotaClient) -> None:
    with pytest.raises(NotFoundError) as missing:
        await kota.employers.retrieve("er_missing")
    assert missing.value.error_code == "not_found"
    assert missing.value.trace_id

    with pytest.raises(BadRequestError) as invalid:
        await kota.employees.create(**_employee_fields("er_nobody", 1))
    assert "employer_id" in invalid.value.errors

    employer = await kota.employers.create(**employer_body())
    await kota.employers.offboard(str(employer.id))
    with pytest.raises(InvalidStateError):
        await kota.employers.offboard(str(employer.id))


async def test_client_retries_through_faults_without_duplicates(
    kota: KotaClient, fake: FakeKota
) -> None:
    employer = await kota.employers.create(**employer_body())
    fake.faults.fail_after_commit(1, method="POST", path="/employees")
    fake.faults.drop_after_commit(1, method="POST", path="/employees")
    fake.faults.rate_limit(1, retry_after=0, method="POST", path="/employees")
    employees = [
        await kota.employees.create(**_employee_fields(str(employer.id), n)) for n in range(3)
    ]
    assert len({str(e.id) for e in employees}) == 3
    assert len(fake.employees()) == 3
    assert fake.faults.injected == {"fail_after_commit": 1, "drop_after_commit": 1, "rate_limit": 1}


async def test_session_helpers_against_the_fake(kota: KotaClient) -> None:
    employer = await kota.employers.create(**employer_body())
    employee = await kota.employees.create(**_employee_fields(str(employer.id), 0))
    token = await kota.sessions.employee_token(str(employer.id), str(employee.id))
    assert 3500 < token.expires_in() <= 3600
    link = await kota.sessions.hosted_link(str(employer.id), str(employee.id))
    async with aiohttp.ClientSession() as browser:
        statuses = []
        for _ in range(2):
            async with browser.get(link.url) as response:
                statuses.append(response.status)
    assert statuses == [200, 410]


async def test_the_exported_fixture_serves_a_fresh_fake(fake_kota: FakeKota) -> None:
    async with KotaClient(api_key="pk_test_fixture", base_url=fake_kota.url) as kota:
        employer = await kota.employers.create(**employer_body())
        again = await kota.employers.retrieve(str(employer.id))
    assert again.status == "active"
    assert len(fake_kota.employers()) == 1
