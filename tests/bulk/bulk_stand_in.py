"""A small in-process stand-in for `kota.employees`, for testing the bulk loader's own logic.

It behaves like Kota where the loader depends on it: a repeated Idempotency-Key with the
same body replays the first answer, a different body is a 409. Scripted failures let a test
make particular rows fail. The end-to-end reliability tests use the real FakeKota instead.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from kota_async.errors import IdempotencyError

Failure = Callable[[dict[str, Any]], Exception | None]


@attrs.define
class Created:
    """What `create` answers: just the part the loader reads."""

    id: str


class StandInEmployees:
    """Records calls; creates an employee per new key; replays or refuses a reused key."""

    def __init__(self, *, delay: float = 0.0) -> None:
        self.delay = delay
        self.calls: list[dict[str, Any]] = []
        self.by_key: dict[str, tuple[dict[str, Any], Created]] = {}
        self.failures: list[Failure] = []
        self.in_flight = 0
        self.peak_in_flight = 0
        self._ids = itertools.count(1)

    @property
    def created(self) -> int:
        return len(self.by_key)

    async def create(self, **kwargs: Any) -> Created:
        self.calls.append(kwargs)
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
            body = {k: v for k, v in kwargs.items() if k not in ("idempotency_key", "max_retries")}
            for failure in self.failures:
                error = failure(body)
                if error is not None:
                    raise error
            key = kwargs["idempotency_key"]
            if key in self.by_key:
                first_body, answer = self.by_key[key]
                if first_body != body:
                    raise IdempotencyError("409 key reused", status=409)
                return answer
            answer = Created(id=f"ee_{next(self._ids):06d}")
            self.by_key[key] = (body, answer)
            return answer
        finally:
            self.in_flight -= 1


class StandInClient:
    """Exposes `.employees` like `KotaClient` does."""

    def __init__(self, employees: StandInEmployees) -> None:
        self.employees = employees


def make_row(n: int, **overrides: Any) -> dict[str, Any]:
    """A valid CreateEmployeeRequest body for employee number `n`."""
    row: dict[str, Any] = {
        "employer_id": "er_bulktest",
        "first_name": f"First{n}",
        "last_name": f"Last{n}",
        "date_of_birth": "1990-01-01",
        "sex_at_birth": "female",
        "home_address": {
            "line1": f"{n} Main Street",
            "city": "Dublin",
            "postal_code": "D01",
            "country_code": "ie",
        },
        "national_tax_id": f"TAX{n:06d}",
        "start_on": "2024-01-01",
        "phone_number": "+353100000",
        "email": f"person{n}@example.com",
    }
    row.update(overrides)
    return row


def fail_when(predicate: Callable[[Mapping[str, Any]], bool], error: Exception) -> Failure:
    """A scripted failure: raise `error` for bodies matching `predicate`."""

    def check(body: dict[str, Any]) -> Exception | None:
        return error if predicate(body) else None

    return check
