"""Retries: what is retried, how often, how long it waits, and that a retried POST always
carries the same Idempotency-Key (so Kota creates one employee, not two)."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from fault_server import NEW_EMPLOYEE, Drop, FaultServer, Reset, Stall, problem

from kota_async import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    KotaClient,
    RateLimitError,
    ServerError,
)


def keys_sent(server: FaultServer) -> list[str | None]:
    return [r.headers.get("Idempotency-Key") for r in server.to("POST", "/employees")]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_retryable_status_is_retried_with_the_same_idempotency_key(
    kota: KotaClient, server: FaultServer, status: int
) -> None:
    server.fail("POST", "/employees", problem(status), problem(status))

    employee = await kota.employees.create(**NEW_EMPLOYEE)

    assert employee.first_name == "Ada"
    keys = keys_sent(server)
    assert len(keys) == 3
    assert len(set(keys)) == 1
    assert uuid.UUID(str(keys[0])).version == 4
    bodies = {r.body for r in server.to("POST", "/employees")}
    assert len(bodies) == 1
    assert len(server.employees) == 1


@pytest.mark.parametrize("fault", [Drop(), Reset()], ids=["disconnect", "reset"])
async def test_connection_failure_is_retried_with_the_same_key(
    kota: KotaClient, server: FaultServer, fault: Drop | Reset
) -> None:
    server.fail("POST", "/employees", fault, fault)

    await kota.employees.create(**NEW_EMPLOYEE)

    keys = keys_sent(server)
    assert len(keys) == 3
    assert len(set(keys)) == 1


async def test_timeout_is_retried_with_the_same_key(kota: KotaClient, server: FaultServer) -> None:
    server.fail("POST", "/employees", Stall(1.0))

    employee = await kota.employees.create(**NEW_EMPLOYEE, timeout=0.2)

    assert employee.email == "ada@example.com"
    keys = keys_sent(server)
    assert len(keys) == 2
    assert keys[0] == keys[1]


async def test_timeouts_exhausting_retries_raise_api_timeout_error(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail("POST", "/employees", Stall(1.0), Stall(1.0))

    with pytest.raises(APITimeoutError, match="timed out"):
        await kota.employees.create(**NEW_EMPLOYEE, timeout=0.1, max_retries=1)
    assert len(keys_sent(server)) == 2


async def test_connection_failures_exhausting_retries_raise_api_connection_error(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail("POST", "/employees", *[Reset()] * 4)

    with pytest.raises(APIConnectionError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE)
    assert not isinstance(caught.value, APITimeoutError)
    assert len(keys_sent(server)) == 4


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
async def test_client_errors_are_never_retried(
    kota: KotaClient, server: FaultServer, status: int
) -> None:
    server.fail("POST", "/employees", problem(status))

    with pytest.raises(APIError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE)

    assert caught.value.status == status
    assert len(keys_sent(server)) == 1


async def test_retries_stop_after_max_retries(kota: KotaClient, server: FaultServer) -> None:
    server.fail("POST", "/employees", *[problem(503)] * 5)

    with pytest.raises(ServerError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE)

    assert caught.value.status == 503
    assert len(keys_sent(server)) == 4  # the first attempt and 3 retries


async def test_per_call_max_retries_overrides_the_client(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail("POST", "/employees", problem(500), problem(500))

    with pytest.raises(ServerError):
        await kota.employees.create(**NEW_EMPLOYEE, max_retries=0)
    assert len(keys_sent(server)) == 1


async def test_retry_after_seconds_is_honoured(kota: KotaClient, server: FaultServer) -> None:
    server.fail("POST", "/employees", problem(429, headers={"Retry-After": "1"}))

    await kota.employees.create(**NEW_EMPLOYEE)

    first, second = server.to("POST", "/employees")
    assert second.at - first.at >= 0.95
    assert first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]


async def test_retry_after_http_date_is_honoured(kota: KotaClient, server: FaultServer) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=2), usegmt=True)
    server.fail("POST", "/employees", problem(503, headers={"Retry-After": when}))

    await kota.employees.create(**NEW_EMPLOYEE)

    first, second = server.to("POST", "/employees")
    assert second.at - first.at >= 0.9  # HTTP dates have one-second resolution


async def test_retry_after_beyond_the_cap_gives_up_at_once(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail("POST", "/employees", problem(429, headers={"Retry-After": "3600"}))
    started = time.monotonic()

    with pytest.raises(RateLimitError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE)

    assert caught.value.retry_after == 3600
    assert time.monotonic() - started < 1
    assert len(keys_sent(server)) == 1


async def test_rate_limit_error_after_retries_keeps_retry_after(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail("POST", "/employees", *[problem(429, headers={"Retry-After": "0"})] * 4)

    with pytest.raises(RateLimitError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE)
    assert caught.value.retry_after == 0
    assert len(keys_sent(server)) == 4


async def test_callers_idempotency_key_is_sent_on_every_attempt(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail("POST", "/employees", problem(502), Reset())

    await kota.employees.create(**NEW_EMPLOYEE, idempotency_key="import-row-17")

    assert keys_sent(server) == ["import-row-17"] * 3


async def test_each_logical_call_gets_its_own_key(kota: KotaClient, server: FaultServer) -> None:
    await kota.employees.create(**NEW_EMPLOYEE)
    await kota.employees.create(**NEW_EMPLOYEE)

    first, second = keys_sent(server)
    assert first != second


async def test_key_of_200_characters_is_accepted(kota: KotaClient, server: FaultServer) -> None:
    await kota.employees.create(**NEW_EMPLOYEE, idempotency_key="k" * 200)

    assert keys_sent(server) == ["k" * 200]


@pytest.mark.parametrize(
    "key", ["k" * 201, "", "line\nbreak"], ids=["201-chars", "empty", "newline"]
)
async def test_bad_idempotency_key_is_refused_before_sending(
    kota: KotaClient, server: FaultServer, key: str
) -> None:
    with pytest.raises(ValueError, match="idempotency_key"):
        await kota.employees.create(**NEW_EMPLOYEE, idempotency_key=key)

    assert server.requests == []


async def test_get_is_retried_without_an_idempotency_key(
    kota: KotaClient, server: FaultServer
) -> None:
    await kota.employees.create(**NEW_EMPLOYEE)
    server.fail("GET", "/employees/ee_000001", problem(503), Drop())

    employee = await kota.employees.retrieve("ee_000001")

    assert employee.id == "ee_000001"
    attempts = server.to("GET", "/employees/ee_000001")
    assert len(attempts) == 3
    assert all("Idempotency-Key" not in r.headers for r in attempts)


async def test_every_request_is_authenticated_and_identified(
    kota: KotaClient, server: FaultServer
) -> None:
    await kota.employees.create(**NEW_EMPLOYEE, extra_headers={"X-Tenant": "acme"})

    (sent,) = server.requests
    assert sent.headers["Authorization"].startswith("Bearer pk_test_")
    assert sent.headers["X-Tenant"] == "acme"
    assert sent.headers["Content-Type"] == "application/json"
    product, python, aiohttp_part = sent.headers["User-Agent"].split(" ")
    assert product.startswith("kota-async/")
    assert python.startswith("python/3.")
    assert aiohttp_part.startswith("aiohttp/3.")


async def test_invalid_body_is_refused_before_sending(
    kota: KotaClient, server: FaultServer
) -> None:
    bad = {**NEW_EMPLOYEE, "home_address": {"city": "London"}}

    with pytest.raises(ValueError, match="line1"):
        await kota.employees.create(**bad)
    assert server.requests == []
