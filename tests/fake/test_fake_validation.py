"""Request validation against our spec: a 400 that names every offending field."""

from __future__ import annotations

from typing import Any

import pytest
from fake_helpers import Api, employee_body, employer_body

from kota_async.testing import FakeKota
from kota_async.testing.spec import load_spec
from kota_async.testing.validation import Errors, SchemaCompiler


async def _refused(api: Api, path: str, body: Any) -> dict[str, list[str]]:
    reply = await api.post(path, body)
    assert reply.status == 400, reply.body
    assert reply.body["error_code"] == "validation_error"
    assert reply.headers["Content-Type"].startswith("application/problem+json")
    errors: dict[str, list[str]] = reply.body["errors"]
    return errors


async def test_missing_required_fields_are_each_named(api: Api, fake: FakeKota) -> None:
    body = employer_body()
    del body["legal_name"], body["contact"]
    errors = await _refused(api, "/employers", body)
    assert set(errors) == {"legal_name", "contact"}
    assert fake.employers() == []


async def test_nested_fields_are_named_by_path(api: Api) -> None:
    body = employer_body(legal_address={"line1": 7, "city": "Dublin", "country_code": "ie"})
    errors = await _refused(api, "/employers", body)
    assert set(errors) == {"legal_address.line1", "legal_address.postal_code"}


async def test_unknown_fields_are_refused(api: Api) -> None:
    errors = await _refused(api, "/employers", employer_body(legal_nmae="typo"))
    assert list(errors) == ["legal_nmae"]


async def test_enum_and_date_formats_are_checked(api: Api) -> None:
    employer = await api.employer()
    body = employee_body(employer["id"], sex_at_birth="unknown", date_of_birth="12/04/1991")
    errors = await _refused(api, "/employees", body)
    assert set(errors) == {"sex_at_birth", "date_of_birth"}
    assert "male" in errors["sex_at_birth"][0]


async def test_large_enums_are_described_not_listed(api: Api) -> None:
    body = employer_body(
        legal_address={"line1": "x", "city": "y", "postal_code": "z", "country_code": "IE"}
    )
    errors = await _refused(api, "/employers", body)
    assert list(errors) == ["legal_address.country_code"]
    assert len(errors["legal_address.country_code"][0]) < 120


async def test_nullable_fields_accept_null_and_reject_other_types(api: Api) -> None:
    ok = await api.post("/employers", employer_body(registration_number=None, metadata=None))
    assert ok.status == 200
    errors = await _refused(api, "/employers", employer_body(registration_number=12))
    assert errors == {"registration_number": ["must be null or a string"]}


async def test_pattern_of_id_fields_is_checked(api: Api) -> None:
    errors = await _refused(api, "/embed/sessions", {"employer_id": "acme"})
    assert list(errors) == ["employer_id"]


async def test_body_that_is_not_json_or_missing(api: Api) -> None:
    reply = await api.request("POST", "/employers", headers={"Content-Type": "application/json"})
    assert reply.status == 400
    assert list(reply.body["errors"]) == ["body"]
    async with api.session.post("/employers", data=b"{not json") as response:
        body = await response.json(content_type=None)
    assert response.status == 400
    assert body["errors"] == {"body": ["is not valid JSON"]}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": "two"}, "page"),
        ({"page": "0"}, "page"),
        ({"page_size": "101"}, "page_size"),
        ({"page_size": "99999999999"}, "page_size"),
        ({"employer_id": "acme"}, "employer_id"),
        ({"filter": "active,sleeping"}, "filter"),
    ],
)
async def test_query_parameters_are_validated(api: Api, params: dict[str, str], field: str) -> None:
    reply = await api.get("/employees", **params)
    assert reply.status == 400
    assert field in reply.body["errors"]


async def test_enum_query_parameters_are_checked(api: Api) -> None:
    assert (await api.get("/events", order_direction="sideways")).status == 400
    assert (await api.get("/events", order_direction="asc", version="v2")).status == 200
    assert (await api.get("/events", created_after="yesterday")).status == 400


async def test_path_parameters_are_checked_against_their_pattern(api: Api) -> None:
    reply = await api.get("/employees/not-an-employee-id")
    assert reply.status == 400
    assert list(reply.body["errors"]) == ["employee_id"]


# The validator on its own, for the JSON-Schema keywords the spec uses.


def _errors(schema: dict[str, Any], value: Any, schemas: dict[str, Any] | None = None) -> Errors:
    errors: Errors = {}
    SchemaCompiler(schemas or {}).compile(schema)(value, "", errors)
    return errors


def test_type_lists_allow_each_listed_type() -> None:
    schema = {"type": ["null", "integer"]}
    assert _errors(schema, None) == {}
    assert _errors(schema, 3) == {}
    assert _errors(schema, True) == {"body": ["must be null or an integer"]}


def test_nullable_reference_is_null_or_the_referenced_shape() -> None:
    schemas = {"Sex": {"type": "string", "enum": ["male", "female"]}}
    schema = {"type": "null", "allOf": [{"$ref": "#/components/schemas/Sex"}]}
    assert _errors(schema, None, schemas) == {}
    assert _errors(schema, "male", schemas) == {}
    assert list(_errors(schema, "other", schemas)) == ["body"]


def test_recursive_references_compile_and_validate() -> None:
    schemas = {
        "Node": {
            "type": "object",
            "properties": {
                "child": {"$ref": "#/components/schemas/Node"},
                "n": {"type": "integer"},
            },
            "additionalProperties": False,
        }
    }
    check = {"$ref": "#/components/schemas/Node"}
    assert _errors(check, {"child": {"child": {"n": 1}}}, schemas) == {}
    assert _errors(check, {"child": {"child": {"n": "x"}}}, schemas) == {
        "child.child.n": ["must be an integer"]
    }


def test_array_items_are_named_by_index() -> None:
    schema = {"type": "array", "items": {"type": "string", "format": "date"}}
    assert _errors(schema, ["2025-01-31", "2025-02-30", 5]) == {
        "[1]": ["must be a date (YYYY-MM-DD)"],
        "[2]": ["must be a string"],
    }


def test_additional_properties_schema_applies_to_extra_members() -> None:
    schema = {"type": "object", "additionalProperties": {"type": "string"}}
    assert _errors(schema, {"a": "x", "b": 2}) == {"b": ["must be a string"]}


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2025-01-31T09:00:00Z", True),
        ("2025-01-31T09:00:00.123+01:00", True),
        ("2025-01-31 09:00:00", False),
        ("2025-13-01T00:00:00Z", False),
        ("2025-01-31", False),
    ],
)
def test_date_time_format(value: str, ok: bool) -> None:
    assert (_errors({"type": "string", "format": "date-time"}, value) == {}) is ok


def test_every_request_body_schema_of_the_spec_compiles() -> None:
    spec = load_spec()
    with_bodies = [op for op in spec.operations.values() if op.body is not None]
    assert len(with_bodies) > 20
    for op in with_bodies:
        errors: Errors = {}
        assert op.body is not None
        op.body({}, "", errors)  # must not raise, whatever it reports
