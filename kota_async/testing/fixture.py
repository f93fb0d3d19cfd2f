"""A pytest fixture that gives each test a fresh, running FakeKota.

Import it into your `conftest.py` (or list this module in `pytest_plugins`)::

    from kota_async.testing import fake_kota  # noqa: F401

    async def test_creates_employer(fake_kota):
        async with KotaClient(api_key="pk_test_x", base_url=fake_kota.url) as kota:
            ...

It needs pytest and pytest-asyncio (any mode: it is declared as an asyncio fixture).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from kota_async.testing.server import FakeKota

__all__ = ["fake_kota"]


@pytest_asyncio.fixture
async def fake_kota() -> AsyncIterator[FakeKota]:
    """A FakeKota started for one test and closed after it (employees activate on the next
    request; use `fake_kota.advance_time()` for anything slower)."""
    async with FakeKota(activation_delay=0) as fake:
        yield fake
