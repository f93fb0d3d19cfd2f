"""The sample arguments users build their tests on are valid and tell people apart."""

from __future__ import annotations

from kota_async._generated.models import CreateEmployeeRequest, CreateEmployerRequest
from kota_async._serde import encode_body
from kota_async.bulk import row_idempotency_key
from kota_async.testing import employee_fields, employer_fields


def test_sample_employers_and_employees_satisfy_the_spec() -> None:
    encode_body(CreateEmployerRequest, employer_fields("Acme Ltd"))
    for n in range(50):
        encode_body(CreateEmployeeRequest, employee_fields("er_1", n))


def test_each_sample_person_is_a_different_person() -> None:
    rows = [employee_fields("er_1", n) for n in range(1000)]
    assert len({row_idempotency_key(r) for r in rows}) == 1000
    assert len({r["email"] for r in rows}) == 1000


def test_changes_override_the_sample() -> None:
    row = employee_fields("er_1", 3, first_name="Zed", home_address=None)
    assert (row["first_name"], row["home_address"]) == ("Zed", None)
    assert employer_fields(registration_number="X1")["registration_number"] == "X1"
