"""Fixtures for the example apps: a running FakeKota with one employer and one employee.

The examples are scripts in `examples/`, not part of the package; the folder is put on
`sys.path` here so the tests import them the way a reader would run them.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from kota_async.client import KotaClient
from kota_async.testing import FakeKota
from kota_async.testing.samples import employer_fields

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
if str(EXAMPLES) not in sys.path:
    sys.path.insert(0, str(EXAMPLES))

API_KEY = "pk_test_examples"


@pytest.fixture
async def fake() -> AsyncIterator[FakeKota]:
    # No webhook retries: a refused delivery is part of what some tests check.
    async with FakeKota(activation_delay=0, webhook_retry_delays=()) as server:
        yield server


@pytest.fixture
async def ids(fake: FakeKota) -> tuple[str, str]:
    """(employer_id, employee_id) of a freshly onboarded employee."""
    async with KotaClient(API_KEY, base_url=fake.url) as kota:
        employer = await kota.employers.create(**employer_fields("Example Platform Customer"))
        employee = await kota.employees.create(
            employer_id=str(employer.id),
            first_name="Ola",
            last_name="Example",
            date_of_birth=dt.date(1992, 3, 4),
            sex_at_birth="female",
            home_address={
                "line1": "6 Example Street",
                "city": "Dublin",
                "postal_code": "D08",
                "country_code": "ie",
            },
            national_tax_id="EX123",
            start_on=dt.date(2025, 1, 1),
            phone_number="+35310000000",
            email="ola@customer.example",
        )
        return str(employer.id), str(employee.id)
