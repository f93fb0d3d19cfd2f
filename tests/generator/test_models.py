"""What users rely on when the generated models meet real JSON (through kota_async._serde)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import pytest

from kota_async._generated.models import (
    AddressModel,
    CreateEmployerRequest,
    EmployeeResponse,
    EmployeeStatus,
    SelectedOptionResponse,
)
from kota_async._generated.types import UNSET
from kota_async._serde import ShapeError, decode, encode, encode_body, encode_query, format_path


def employee_json(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "ee_1",
        "employer_id": "er_1",
        "first_name": "Ada",
        "last_name": "Lovelace",
        "date_of_birth": "1990-12-10",
        "sex_at_birth": "female",
        "national_tax_id": "QQ123456C",
        "phone_number": "+447700900000",
        "email": "ada@example.com",
        "status": "pending",
        "offboard_on": None,
        "object": "employee",
    }
    data.update(changes)
    return data


def test_a_response_decodes_into_typed_fields() -> None:
    ee = decode(employee_json(), EmployeeResponse)
    assert ee.id == "ee_1"
    assert ee.date_of_birth == dt.date(1990, 12, 10)
    assert ee.status is EmployeeStatus.PENDING
    assert ee.object_ == "employee"  # `object` on the wire


def test_absent_is_unset_and_null_is_none_and_both_survive_a_round_trip() -> None:
    ee = decode(employee_json(), EmployeeResponse)
    assert ee.offboard_on is None
    assert ee.external_customer_id is UNSET
    out = encode(ee)
    assert out["offboard_on"] is None
    assert "external_customer_id" not in out
    assert out["object"] == "employee"


def test_unknown_fields_are_kept_and_sent_back() -> None:
    ee = decode(employee_json(new_field={"x": 1}), EmployeeResponse)
    assert ee.additional_properties == {"new_field": {"x": 1}}
    assert encode(ee)["new_field"] == {"x": 1}


def test_an_unknown_enum_value_does_not_crash() -> None:
    ee = decode(employee_json(status="on_sabbatical"), EmployeeResponse)
    assert isinstance(ee.status, EmployeeStatus)
    assert ee.status == "on_sabbatical"
    assert ee.status.name == "UNKNOWN"
    assert encode(ee)["status"] == "on_sabbatical"


def test_date_times_are_parsed_with_their_zone() -> None:
    ee = decode(employee_json(offboard_on="2025-03-01T09:30:00Z"), EmployeeResponse)
    assert ee.offboard_on == dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"first_name": 7}, "$.first_name"),
        ({"date_of_birth": "not a date"}, "$.date_of_birth"),
        ({"home_address": ["not", "an", "object"]}, "$.home_address"),
        ({"email": None}, "$.email"),
    ],
)
def test_an_off_shape_response_names_the_path(changes: dict[str, Any], path: str) -> None:
    with pytest.raises(ShapeError, match=path.replace("$", r"\$")):
        decode(employee_json(**changes), EmployeeResponse)


def test_a_missing_required_field_is_named() -> None:
    data = employee_json()
    del data["email"]
    with pytest.raises(ShapeError, match=r"required field missing @ \$\.email"):
        decode(data, EmployeeResponse)


def test_self_referencing_models_decode() -> None:
    tree = decode(
        {"option_id": "a", "sub_options": [{"option_id": "b", "sub_options": None}]},
        SelectedOptionResponse,
    )
    assert isinstance(tree.sub_options, list)
    assert tree.sub_options[0].option_id == "b"


ADDRESS = {"line1": "1 Main St", "city": "London", "postal_code": "N1 1AA", "country_code": "gb"}


def test_a_body_takes_nested_objects_as_models_or_dicts() -> None:
    as_dict = encode_body(
        CreateEmployerRequest,
        {"legal_name": "Acme", "legal_address": ADDRESS, "contact": {"name": "A", "email": "a@x"}},
    )
    as_model = encode_body(
        CreateEmployerRequest,
        {
            "legal_name": "Acme",
            "legal_address": AddressModel(**ADDRESS),  # type: ignore[arg-type]
            "contact": {"name": "A", "email": "a@x"},
        },
    )
    assert as_dict == as_model
    assert as_dict["legal_address"] == ADDRESS


def test_a_bad_body_argument_fails_before_sending_and_names_the_field() -> None:
    with pytest.raises(ValueError, match=r"legal_address\.postal_code"):
        encode_body(
            CreateEmployerRequest,
            {
                "legal_name": "Acme",
                "legal_address": {"line1": "x", "city": "y", "country_code": "gb"},
                "contact": {"name": "A", "email": "a@x"},
            },
        )


def test_dates_in_a_body_are_sent_as_iso_strings() -> None:
    body = encode_body(
        CreateEmployerRequest,
        {
            "legal_name": "Acme",
            "legal_address": ADDRESS,
            "contact": {"name": "A", "email": "a@x"},
            "earliest_benefits_start_date": dt.date(2026, 1, 1),
        },
    )
    assert body["earliest_benefits_start_date"] == "2026-01-01"


def test_query_values_are_encoded_for_the_wire() -> None:
    assert encode_query(
        {"a": True, "b": EmployeeStatus.ACTIVE, "c": dt.date(2026, 2, 3), "d": UNSET, "e": [1, 2]}
    ) == [("a", "true"), ("b", "active"), ("c", "2026-02-03"), ("e", "1"), ("e", "2")]


def test_path_ids_are_escaped_and_empty_ids_refused() -> None:
    assert format_path("/employees/{employee_id}", {"employee_id": "ee_1/../x"}) == (
        "/employees/ee_1%2F..%2Fx"
    )
    for bad in ("", "  ", None, 5):
        with pytest.raises(ValueError, match="employee_id"):
            format_path("/employees/{employee_id}", {"employee_id": bad})


def test_importing_the_package_loads_no_model() -> None:
    code = (
        "import sys, kota_async; "
        "print(sum(m.startswith('kota_async._generated.models.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
