"""Fixtures for the FakeKota tests: a running fake, a plain aiohttp session that talks to
it like any HTTP client would, and a local webhook receiver."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from fake_helpers import API_KEY, Api, Inbox, start_inbox

from kota_async.testing import FakeKota
from kota_async.testing import fake_kota as fake_kota  # the exported fixture, re-used here


@pytest.fixture
async def fake() -> AsyncIterator[FakeKota]:
    """A FakeKota whose employers and employees activate 5 s (fake time) after creation."""
    async with FakeKota(webhook_retry_delays=(0.05, 0.05)) as server:
        yield server


@pytest.fixture
async def api(fake: FakeKota) -> AsyncIterator[Api]:
    """Plain HTTP access to `fake`, authenticated with a test key."""
    async with aiohttp.ClientSession(
        base_url=fake.url, headers={"Authorization": f"Bearer {API_KEY}"}
    ) as session:
        yield Api(session)


@pytest.fixture
async def inbox() -> AsyncIterator[Inbox]:
    """A webhook receiver on 127.0.0.1 that records every POST it gets."""
    receiver, runner = await start_inbox()
    yield receiver
    await runner.cleanup()
