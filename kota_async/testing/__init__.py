"""Test helpers for code that uses kota-async: an in-memory Kota, a pytest fixture, samples.

`FakeKota` is a local Kota server (127.0.0.1, any free port) with Kota's semantics, for
tests, demos and development without Kota credentials; `fake_kota` is a pytest fixture
that runs one per test. `FakeClock` and `Faults` are the types of `fake.clock` and
`fake.faults`. The fixture is imported lazily so that using FakeKota outside pytest does
not need pytest installed. `employer_fields` and `employee_fields` give valid arguments
for the first calls of an integration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kota_async.testing.clock import FakeClock
from kota_async.testing.delivery import SIGNATURE_HEADER, Delivery
from kota_async.testing.faults import FAULT_KINDS, FaultKind, Faults
from kota_async.testing.samples import employee_fields, employer_fields
from kota_async.testing.server import FakeKota

if TYPE_CHECKING:
    from kota_async.testing.fixture import fake_kota

__all__ = [
    "FAULT_KINDS",
    "SIGNATURE_HEADER",
    "Delivery",
    "FakeClock",
    "FakeKota",
    "FaultKind",
    "Faults",
    "employee_fields",
    "employer_fields",
    "fake_kota",
]


def __getattr__(name: str) -> Any:
    if name == "fake_kota":
        from kota_async.testing.fixture import fake_kota

        return fake_kota
    raise AttributeError(f"module 'kota_async.testing' has no attribute {name!r}")
