"""Client configuration, lifecycle, and keeping the API key out of everything printable."""

from __future__ import annotations

import asyncio
import logging
import threading

import aiohttp
import pytest
from aiohttp import web
from fault_server import API_KEY, NEW_EMPLOYEE, FaultServer, Reset, problem

from kota_async import APIConnectionError, ConfigurationError, KotaClient, NotFoundError


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KOTA_API_KEY", raising=False)
    monkeypatch.delenv("KOTA_BASE_URL", raising=False)


@pytest.mark.parametrize(
    ("key", "url"),
    [("pk_test_abc123", "https://test.api.kota.io"), ("pk_live_abc123", "https://api.kota.io")],
)
def test_key_prefix_picks_the_base_url(key: str, url: str) -> None:
    assert KotaClient(key).base_url == url


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOTA_API_KEY", "pk_live_fromenv")
    assert KotaClient().livemode
    monkeypatch.setenv("KOTA_BASE_URL", "http://127.0.0.1:8765/")
    assert KotaClient().base_url == "http://127.0.0.1:8765"


def test_explicit_arguments_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOTA_API_KEY", "pk_live_fromenv")
    monkeypatch.setenv("KOTA_BASE_URL", "https://proxy.example")
    client = KotaClient("pk_test_explicit", base_url="https://other.example/kota")
    assert not client.livemode
    assert client.base_url == "https://other.example/kota"


def test_missing_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="KOTA_API_KEY"):
        KotaClient()


@pytest.mark.parametrize("key", ["sk_live_supersecret", "pk_prod_supersecret", "pk_test_"])
def test_bad_key_is_refused_without_echoing_it(key: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        KotaClient(key)
    assert "supersecret" not in str(caught.value)


@pytest.mark.parametrize(
    "url", ["http://api.kota.io", "http://10.0.0.5:8080", "http://kota.internal", "ftp://x.io"]
)
def test_plain_http_is_refused_off_loopback(url: str) -> None:
    with pytest.raises(ConfigurationError):
        KotaClient("pk_test_abc", base_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9000", "http://localhost:9000", "http://[::1]:9000", "https://x.io"]
)
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    assert KotaClient("pk_test_abc", base_url=url).base_url == url


@pytest.mark.parametrize(
    "kwargs", [{"timeout": 0}, {"max_retries": -1}, {"max_connections": 0}], ids=str
)
def test_nonsense_limits_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError):
        KotaClient("pk_test_abc", **kwargs)  # type: ignore[arg-type]


def test_repr_never_shows_the_key() -> None:
    client = KotaClient(API_KEY)
    assert API_KEY not in repr(client)
    assert API_KEY not in repr(client.sessions)
    assert "test" in repr(client)


async def test_debug_logs_describe_attempts_but_never_key_or_body(
    kota: KotaClient, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.fail("POST", "/employees", problem(503, headers={"X-Trace-Id": "trace-log-1"}))
    caplog.set_level(logging.DEBUG, logger="kota_async")

    await kota.employees.create(**NEW_EMPLOYEE, idempotency_key="idem-secret-1")

    lines = [r.getMessage() for r in caplog.records if r.name == "kota_async"]
    assert len(lines) == 2
    assert "POST /employees -> 503 attempt=1" in lines[0]
    assert "trace_id=trace-log-1" in lines[0]
    assert "POST /employees -> 200 attempt=2" in lines[1]
    everything = "\n".join(lines)
    for secret in (API_KEY, "idem-secret-1", "Lovelace", "QQ123456C"):
        assert secret not in everything


async def test_exception_text_never_contains_the_key(kota: KotaClient, server: FaultServer) -> None:
    async def echo_auth(request: web.Request, body: bytes) -> web.Response:
        return web.json_response(
            {"title": "Bad key", "detail": f"Rejected {request.headers['Authorization']}"},
            status=404,
        )

    server.route("GET", "/employees/ee_echo", echo_auth)

    with pytest.raises(NotFoundError) as caught:
        await kota.employees.retrieve("ee_echo")
    assert API_KEY not in str(caught.value)
    assert API_KEY not in repr(caught.value)


async def test_connection_error_text_never_contains_the_key(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail("POST", "/employees", Reset())

    with pytest.raises(APIConnectionError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE, max_retries=0)
    assert API_KEY not in str(caught.value)


async def test_a_closed_client_says_so(server: FaultServer) -> None:
    async with KotaClient(API_KEY, base_url=server.url) as client:
        await client.employees.create(**NEW_EMPLOYEE)

    with pytest.raises(RuntimeError, match="closed"):
        await client.employees.create(**NEW_EMPLOYEE)
    assert "closed" in repr(client)


async def test_a_client_is_bound_to_the_loop_it_first_ran_in(server: FaultServer) -> None:
    client = KotaClient(API_KEY, base_url=server.url)
    await client.employees.create(**NEW_EMPLOYEE)
    errors: list[BaseException] = []

    def other_loop() -> None:
        try:
            asyncio.run(client.employees.retrieve("ee_000001"))
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=other_loop)
    thread.start()
    thread.join()
    await client.close()

    assert len(errors) == 1
    assert isinstance(errors[0], RuntimeError)
    assert "different event loop" in str(errors[0])


async def test_a_callers_session_is_used_and_left_open(server: FaultServer) -> None:
    async with aiohttp.ClientSession(headers={"X-From-Session": "yes"}) as session:
        async with KotaClient(API_KEY, base_url=server.url, session=session) as client:
            await client.employees.create(**NEW_EMPLOYEE)
        assert not session.closed
    assert server.requests[0].headers["X-From-Session"] == "yes"


async def test_max_connections_caps_concurrency(server: FaultServer) -> None:
    server.latency = 0.02
    async with KotaClient(API_KEY, base_url=server.url, max_connections=3) as client:
        await asyncio.gather(*(client.employees.create(**NEW_EMPLOYEE) for _ in range(12)))

    assert len(server.employees) == 12
    assert server.max_in_flight == 3


@pytest.mark.parametrize(
    "url",
    [
        "https://user:pk_test_leak@api.kota.io",
        "https://api.kota.io/?key=pk_test_leak",
        "pk_test_leak",
    ],
)
def test_a_bad_base_url_is_refused_without_echoing_it(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        KotaClient("pk_test_ok", base_url=url)
    assert "pk_test_leak" not in str(caught.value)
