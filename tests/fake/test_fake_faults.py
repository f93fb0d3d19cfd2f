"""Fault injection: each kind, and what a client that retries with the same key sees."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from fake_helpers import API_KEY, Api, employee_body, employer_body

from kota_async.testing import FAULT_KINDS, FakeKota


async def test_fail_next_refuses_without_doing_the_work(api: Api, fake: FakeKota) -> None:
    fake.faults.fail_next(2, status=503)
    first = await api.post("/employers", employer_body())
    second = await api.post("/employers", employer_body())
    third = await api.post("/employers", employer_body())
    assert (first.status, second.status, third.status) == (503, 503, 200)
    assert first.body["error_code"] == "service_unavailable"
    assert len(fake.employers()) == 1
    assert fake.faults.injected["fail"] == 2


async def test_fail_after_commit_does_the_work_and_a_retry_gets_the_original(
    api: Api, fake: FakeKota
) -> None:
    fake.faults.fail_after_commit(1)
    failed = await api.post("/employers", employer_body(), key="after-commit")
    assert failed.status == 500
    assert failed.body["error_code"] == "internal_error"
    [stored] = fake.employers()

    retried = await api.post("/employers", employer_body(), key="after-commit")
    assert retried.status == 200
    assert retried.body["id"] == stored["id"]
    assert len(fake.employers()) == 1


async def test_drop_after_commit_closes_the_connection_after_the_work(
    api: Api, fake: FakeKota
) -> None:
    fake.faults.drop_after_commit(1)
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await api.post("/employers", employer_body(), key="dropped")
    [stored] = fake.employers()
    retried = await api.post("/employers", employer_body(), key="dropped")
    assert retried.body["id"] == stored["id"]
    assert len(fake.employers()) == 1


async def test_latency_beyond_the_client_timeout_is_a_timeout_that_still_completes(
    fake: FakeKota,
) -> None:
    fake.faults.latency(0.4, n=1)
    headers = {"Authorization": f"Bearer {API_KEY}", "Idempotency-Key": "slow"}
    async with aiohttp.ClientSession(base_url=fake.url, headers=headers) as session:
        with pytest.raises(asyncio.TimeoutError):
            await session.post(
                "/employers", json=employer_body(), timeout=aiohttp.ClientTimeout(total=0.1)
            )
        # The retry overtakes the slow original; the original then finds the key used.
        async with session.post("/employers", json=employer_body()) as retry:
            retried = await retry.json()
        await asyncio.sleep(1.0)  # the original wakes up and finds its key already answered
    assert [e["id"] for e in fake.employers()] == [retried["id"]]
    assert fake.faults.injected["latency"] == 1


async def test_a_timed_out_request_that_is_never_retried_still_completes(fake: FakeKota) -> None:
    fake.faults.latency(0.3, n=1)
    headers = {"Authorization": f"Bearer {API_KEY}", "Idempotency-Key": "given-up"}
    async with aiohttp.ClientSession(base_url=fake.url, headers=headers) as session:
        with pytest.raises(asyncio.TimeoutError):
            await session.post(
                "/employers", json=employer_body(), timeout=aiohttp.ClientTimeout(total=0.05)
            )
    for _ in range(40):
        if fake.employers():
            break
        await asyncio.sleep(0.05)
    assert len(fake.employers()) == 1


async def test_rate_limit_answers_429_with_retry_after(api: Api, fake: FakeKota) -> None:
    fake.faults.rate_limit(2, retry_after=3)
    limited = [await api.get("/employers") for _ in range(2)]
    assert [r.status for r in limited] == [429, 429]
    assert limited[0].headers["Retry-After"] == "3"
    assert limited[0].body["error_code"] == "rate_limited"
    assert (await api.get("/employers")).status == 200


async def test_faults_can_target_a_method_and_path(api: Api, fake: FakeKota) -> None:
    fake.faults.fail_next(1, method="POST", path="/employees")
    assert (await api.post("/employers", employer_body())).status == 200
    assert (await api.get("/employees")).status == 200
    employer = fake.employers()[0]
    assert (await api.post("/employees", employee_body(employer["id"]))).status == 500
    assert (await api.post("/employees", employee_body(employer["id"]))).status == 200


async def test_random_mode_faults_about_the_rate_and_is_repeatable_with_a_seed() -> None:
    outcomes: list[list[int]] = []
    for _ in range(2):
        async with FakeKota() as fake:
            fake.faults.random(rate=0.3, kinds=["fail", "rate_limit"], seed=7, retry_after=0)
            async with aiohttp.ClientSession(
                base_url=fake.url, headers={"Authorization": f"Bearer {API_KEY}"}
            ) as session:
                statuses = []
                for _ in range(200):
                    async with session.get("/employers") as response:
                        statuses.append(response.status)
            outcomes.append(statuses)
            assert sum(fake.faults.injected.values()) == sum(s != 200 for s in statuses)
    assert outcomes[0] == outcomes[1]
    faulted = sum(s != 200 for s in outcomes[0])
    assert 35 <= faulted <= 85
    assert {500, 429} <= set(outcomes[0])


async def test_clear_stops_every_fault(api: Api, fake: FakeKota) -> None:
    fake.faults.random(rate=1.0, kinds=FAULT_KINDS, seed=1)
    fake.faults.fail_next(5)
    fake.faults.clear()
    assert not fake.faults.active
    assert (await api.get("/employers")).status == 200


def test_bad_arguments_are_refused() -> None:
    fake = FakeKota()
    with pytest.raises(ValueError):
        fake.faults.fail_next(0)
    with pytest.raises(ValueError):
        fake.faults.random(rate=1.5)
    with pytest.raises(ValueError):
        fake.faults.random(kinds=["explode"])  # type: ignore[list-item]


async def test_closing_does_not_wait_for_long_injected_latency() -> None:
    fake = await FakeKota().start()
    fake.faults.latency(30)
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {API_KEY}"}) as session:
        pending = asyncio.ensure_future(session.get(f"{fake.url}/employers"))
        await asyncio.sleep(0.1)
        started = asyncio.get_running_loop().time()
        await fake.close()
        assert asyncio.get_running_loop().time() - started < 3
        with pytest.raises(aiohttp.ClientError):
            await pending
