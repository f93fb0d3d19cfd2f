"""Fixtures: a running fault server and a `KotaClient` pointed at it (fast retries)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fault_server import API_KEY, FAST_RETRIES, FaultServer, start

from kota_async import KotaClient


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    """A running `FaultServer` on 127.0.0.1 (random port)."""
    fault_server = FaultServer()
    runner = await start(fault_server)
    yield fault_server
    await runner.cleanup()


@pytest.fixture
async def kota(server: FaultServer) -> AsyncIterator[KotaClient]:
    """A client for the fault server with 3 retries and millisecond backoff."""
    async with KotaClient(API_KEY, base_url=server.url, timeout=5.0) as client:
        client._transport.retry_policy = FAST_RETRIES
        yield client
