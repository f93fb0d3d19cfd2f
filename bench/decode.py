"""Decode 10,000 employee objects into models: our cattrs path vs stock `from_dict` vs pydantic v2.

    python bench/decode.py

Prints each rate and the ratios, all measured in this one run (best of several rounds), so
machine noise hits every contender alike. Never asserts: timings are reported, not gated.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _stock import stock_client

from kota_async._generated.models import EmployeeResponse
from kota_async._serde import converter

N = 10_000
ROUNDS = 5


def employees() -> list[dict[str, Any]]:
    return [
        {
            "id": f"ee_{i:032x}",
            "platform_id": "pt_0123",
            "employer_id": "er_0123",
            "status": "active",
            "first_name": "Ada",
            "last_name": f"Lovelace {i}",
            "date_of_birth": "1990-12-10",
            "sex_at_birth": "female",
            "national_tax_id": "QQ123456C",
            "phone_number": "+447700900000",
            "email": f"ada{i}@example.com",
            "external_customer_id": None,
            "home_address": {
                "line1": "1 Main St",
                "line2": None,
                "city": "London",
                "postal_code": "N1 1AA",
                "country_code": "gb",
            },
            "nationality": "gb",
            "start_on": "2024-01-01",
            "earliest_benefits_start_date": None,
            "offboard_on": "2026-05-01T00:00:00Z",
            "metadata": {"team": "engines"},
            "object": "employee",
        }
        for i in range(N)
    ]


class PAddress(BaseModel):
    model_config = ConfigDict(extra="allow")
    line1: str
    line2: str | None = None
    line3: str | None = None
    city: str
    state: str | None = None
    postal_code: str
    country_code: str


class PBank(BaseModel):
    model_config = ConfigDict(extra="allow")
    account_number_last4: str


class PEmployee(BaseModel):
    """An equivalent of EmployeeResponse in pydantic v2 (extras allowed, like ours)."""

    model_config = ConfigDict(extra="allow")
    first_name: str
    last_name: str
    date_of_birth: dt.date
    sex_at_birth: str
    national_tax_id: str
    phone_number: str
    email: str
    platform_id: str | None = None
    id: str | None = None
    employer_id: str | None = None
    status: str | None = None
    external_customer_id: str | None = None
    home_address: PAddress | None = None
    nationality: str | None = None
    start_on: dt.date | None = None
    earliest_benefits_start_date: dt.date | None = None
    offboard_on: dt.datetime | None = None
    bank_account: PBank | None = None
    metadata: dict[str, str] | None = None
    object: str | None = None


def rate(fn: Callable[[dict[str, Any]], Any], data: list[dict[str, Any]]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for item in data:
            fn(item)
        best = min(best, time.perf_counter() - start)
    return len(data) / best


def main() -> None:
    data = employees()
    stock = importlib.import_module(stock_client().__name__ + ".models.employee_response")
    ours = converter.get_structure_hook(EmployeeResponse)
    ours(data[0], EmployeeResponse)  # compile the hooks once, outside the timing
    contenders = {
        "kota-async (cattrs)": lambda d: ours(d, EmployeeResponse),
        "stock from_dict": stock.EmployeeResponse.from_dict,
        "pydantic v2": PEmployee.model_validate,
    }
    rates = {name: rate(fn, data) for name, fn in contenders.items()}
    for name, r in rates.items():
        print(f"decode {name:<22} {r:>10,.0f} objects/s")
    ours_rate = rates["kota-async (cattrs)"]
    print(f"decode ratio kota-async / stock from_dict: {ours_rate / rates['stock from_dict']:.2f}x")
    print(f"decode ratio kota-async / pydantic v2:    {ours_rate / rates['pydantic v2']:.2f}x")


if __name__ == "__main__":
    main()
