"""The compiled per-model functions follow exactly the converter's rules.

Decoding and body encoding run through functions compiled once per model (`_compiled`);
error messages come from cattrs' detailed validation of the same data. If the two ever
disagreed, a user would get a bad body sent, or a good response refused with no reason, so
random damage to valid data must be accepted or refused by both alike.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kota_async._generated.models import (
    AddressModel,
    CreateEmployeeRequest,
    EmployeeResponse,
    SexAtBirth,
)
from kota_async._serde import _diagnostic, decode, encode_body

EMPLOYEE = {
    "id": "ee_1",
    "employer_id": "er_1",
    "first_name": "Ada",
    "last_name": "Lovelace",
    "date_of_birth": "1990-12-10",
    "sex_at_birth": "female",
    "national_tax_id": "QQ123456C",
    "phone_number": "+447700900000",
    "email": "ada@example.com",
    "status": "active",
    "home_address": {
        "line1": "1 Main",
        "city": "London",
        "postal_code": "N1",
        "country_code": "gb",
    },
    "offboard_on": "2026-01-01T09:00:00+00:00",
    "metadata": {"team": "a"},
    "object": "employee",
}

NEW_EMPLOYEE = {
    k: v for k, v in EMPLOYEE.items() if k not in ("id", "status", "offboard_on", "object")
} | {"start_on": "2025-01-01"}

ODD_VALUES = st.sampled_from(
    [None, 0, 1.5, True, "", "x", "2024-02-30", "2024-01-01", [], ["a"], {}, {"a": 1}]
)


def damaged(base: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    out = copy.deepcopy(base)
    target = out
    if data.draw(st.booleans()):
        target = out["home_address"]
    key = data.draw(st.sampled_from(sorted(target)))
    if data.draw(st.booleans()):
        del target[key]
    else:
        target[key] = data.draw(ODD_VALUES)
    return out


def accepts(fn: Any, *args: Any) -> bool:
    try:
        fn(*args)
    except Exception:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_decoding_accepts_and_refuses_what_the_detailed_rules_do(data: st.DataObject) -> None:
    body = damaged(EMPLOYEE, data)
    fast = accepts(decode, body, EmployeeResponse)
    detailed = accepts(_diagnostic.structure, body, EmployeeResponse)
    assert fast == detailed, body
    if fast:
        assert decode(body, EmployeeResponse) == _diagnostic.structure(body, EmployeeResponse)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_body_encoding_accepts_and_refuses_what_the_detailed_rules_do(data: st.DataObject) -> None:
    body = damaged(NEW_EMPLOYEE, data)
    fast = accepts(encode_body, CreateEmployeeRequest, body)
    detailed = accepts(_diagnostic.structure, body, CreateEmployeeRequest)
    assert fast == detailed, body


def test_a_body_takes_python_values_and_sends_their_wire_form() -> None:
    body = encode_body(
        CreateEmployeeRequest,
        NEW_EMPLOYEE
        | {
            "date_of_birth": dt.date(1990, 12, 10),
            "sex_at_birth": SexAtBirth.FEMALE,
            "home_address": AddressModel(
                line1="1 Main",
                city="London",
                postal_code="N1",
                country_code="gb",  # type: ignore[arg-type]
            ),
        },
    )
    assert body["date_of_birth"] == "1990-12-10"
    assert body["sex_at_birth"] == "female"
    assert body["home_address"] == EMPLOYEE["home_address"]


def test_a_body_keeps_fields_this_sdk_does_not_know_yet() -> None:
    body = encode_body(CreateEmployeeRequest, NEW_EMPLOYEE | {"preferred_name": "Ada"})
    assert body["preferred_name"] == "Ada"


def test_a_body_refuses_an_impossible_date_before_sending() -> None:
    try:
        encode_body(CreateEmployeeRequest, NEW_EMPLOYEE | {"date_of_birth": "1990-02-30"})
    except ValueError as exc:
        assert "date_of_birth" in str(exc)
    else:
        raise AssertionError("an impossible date was accepted")
