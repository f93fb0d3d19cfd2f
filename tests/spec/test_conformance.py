"""Our spec states the same API facts as Kota's published description.

The SDK is generated from ``openapi/kota.yaml``; if a path, a parameter, a field, a type, an
enum value or a required list drifts from what Kota documents, users get a client that sends
what Kota rejects or rejects what Kota sends. These tests compare the two documents fact by
fact (prose excluded), print the coverage, and prove that the comparer notices a drift.

The one deliberate difference: every POST of ours declares an optional ``Idempotency-Key``
header (Kota's guides ask for one on every POST; the reference declares it on some only).
It is counted as an extension, not as a mismatch.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from spec_compare import Report, compare_operations, compare_webhooks
from spec_files import REFERENCE_PATH, load_reference

Spec = dict[str, Any]


@pytest.fixture(scope="module")
def reference() -> Spec:
    """Kota's description; absent in a user's clone (no ../shared), always present in CI."""
    if not REFERENCE_PATH.is_file():
        pytest.skip(f"reference spec not found at {REFERENCE_PATH}: nothing to compare against")
    return load_reference()


@pytest.fixture(scope="module")
def operations_report(our_spec: Spec, reference: Spec) -> Report:
    """The comparison of every operation (computed once, read by several tests)."""
    return compare_operations(our_spec, reference)


@pytest.fixture(scope="module")
def webhooks_report(our_spec: Spec, reference: Spec) -> Report:
    """The comparison of the webhooks section."""
    return compare_webhooks(our_spec, reference)


def _listing(report: Report) -> str:
    return "\n".join(str(m) for m in report.mismatches)


def test_operations_match_the_reference(
    operations_report: Report, spec_summary: Callable[[str], None]
) -> None:
    spec_summary(f"covered {operations_report.line('operations')}")
    spec_summary(
        f"extensions: {len(operations_report.extensions)} "
        "(optional Idempotency-Key header on POSTs the reference leaves without one)"
    )
    assert not operations_report.mismatches, _listing(operations_report)


def test_every_reference_operation_is_in_our_spec(operations_report: Report) -> None:
    assert operations_report.total > 0
    assert not operations_report.missing, operations_report.missing
    assert operations_report.covered == operations_report.total


def test_webhook_payloads_match_the_reference(
    webhooks_report: Report, spec_summary: Callable[[str], None]
) -> None:
    spec_summary(f"webhooks: {webhooks_report.line('event payloads')}")
    assert not webhooks_report.mismatches, _listing(webhooks_report)
    assert not webhooks_report.missing, webhooks_report.missing
    assert webhooks_report.covered == webhooks_report.total


def test_every_post_accepts_an_idempotency_key(our_spec: Spec, operations_report: Report) -> None:
    """The SDK sends the header on every POST, so the spec must declare it on every POST."""
    for path, item in our_spec["paths"].items():
        if "post" not in item:
            continue
        names = set()
        for param in item["post"].get("parameters", []):
            if "$ref" in param:
                name = param["$ref"].rsplit("/", 1)[-1]
                param = our_spec["components"]["parameters"][name]
            if param["in"] == "header":
                names.add(param["name"].lower())
        assert "idempotency-key" in names, f"POST {path} declares no Idempotency-Key header"
    assert all("Idempotency-Key" in e for e in operations_report.extensions)


# -- the comparer catches drift ----------------------------------------------------------------

Mutation = Callable[[Spec], None]


def _schema(spec: Spec, name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def _operation(spec: Spec, method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


def _change_enum_value(spec: Spec) -> None:
    values = _schema(spec, "EmployeeStatus")["enum"]
    values[values.index("active")] = "enabled"


def _drop_required_field(spec: Spec) -> None:
    _schema(spec, "CreateEmployerRequest")["required"].remove("legal_name")


def _rename_parameter(spec: Spec) -> None:
    for param in _operation(spec, "get", "/employees")["parameters"]:
        if param.get("name") == "employer_id":
            param["name"] = "employer"


def _change_property_type(spec: Spec) -> None:
    _schema(spec, "ReplayDeliveryResponse")["properties"]["success"]["type"] = "string"


def _change_format(spec: Spec) -> None:
    _schema(spec, "OffboardEmployeeRequest")["properties"]["offboard_on"]["format"] = "date"


def _rename_property(spec: Spec) -> None:
    props = _schema(spec, "ContactModel")["properties"]
    props["e_mail"] = props.pop("email")


def _allow_additional_properties(spec: Spec) -> None:
    _schema(spec, "CreateEmployeeBankAccount")["additionalProperties"] = True


def _change_items(spec: Spec) -> None:
    _schema(spec, "IndustryExclusionsDetails")["properties"]["excluded_industries"]["items"] = {
        "type": "integer"
    }


def _drop_response_status(spec: Spec) -> None:
    del _operation(spec, "get", "/employers/{employer_id}")["responses"]["404"]


def _change_operation_id(spec: Spec) -> None:
    _operation(spec, "post", "/employers")["operationId"] = "MakeEmployer"


def _make_body_optional(spec: Spec) -> None:
    _operation(spec, "post", "/employees")["requestBody"]["required"] = False


def _change_webhook_event_type(spec: Spec) -> None:
    spec["webhooks"]["EmployeeCreatedWebhook"]["post"]["x-kota-event-type"] = "employee.added"


def _change_webhook_payload(spec: Spec) -> None:
    _schema(spec, "EmployeeCreatedV2Webhook")["required"].remove("version")


def _change_recursive_schema(spec: Spec) -> None:
    """JsonNode refers to itself; the walk must stop and still see a change inside."""
    options = _schema(spec, "JsonNodeOptions")["properties"]
    options["property_name_case_insensitive"]["type"] = "integer"


def _require_idempotency_key(spec: Spec) -> None:
    """Optional is the documented extension; a required header would break Kota's clients."""
    spec["components"]["parameters"]["IdempotencyKey"]["required"] = True


MUTATIONS: list[tuple[Mutation, str, str]] = [
    (_change_enum_value, "operations", "(EmployeeStatus).enum"),
    (
        _drop_required_field,
        "operations",
        "POST /employers request application/json body(CreateEmployerRequest).required",
    ),
    (_rename_parameter, "operations", "GET /employees parameter query:employer"),
    (_change_property_type, "operations", "success.type"),
    (_change_format, "operations", "offboard_on.format"),
    (_rename_property, "operations", "(ContactModel).e_mail"),
    (
        _allow_additional_properties,
        "operations",
        "(CreateEmployeeBankAccount).additionalProperties",
    ),
    (_change_items, "operations", "excluded_industries.items.type"),
    (_drop_response_status, "operations", "GET /employers/{employer_id} 404"),
    (_change_operation_id, "operations", "POST /employers operationId"),
    (_make_body_optional, "operations", "POST /employees request required"),
    (_change_webhook_event_type, "webhooks", "EmployeeCreatedWebhook x-kota-event-type"),
    (_change_webhook_payload, "webhooks", "(EmployeeCreatedV2Webhook).required"),
    (_change_recursive_schema, "operations", "property_name_case_insensitive.type"),
    (_require_idempotency_key, "operations", "parameter header:idempotency-key"),
]


@pytest.mark.parametrize(
    ("mutate", "section", "expected"), MUTATIONS, ids=[m[0].__name__.lstrip("_") for m in MUTATIONS]
)
def test_the_comparer_reports_a_drift(
    our_spec: Spec, reference: Spec, mutate: Mutation, section: str, expected: str
) -> None:
    mutated = copy.deepcopy(our_spec)
    mutate(mutated)
    compare = compare_operations if section == "operations" else compare_webhooks
    report = compare(mutated, reference)
    assert report.mismatches, f"{mutate.__name__.lstrip('_')} went unnoticed"
    assert any(expected in m.where for m in report.mismatches), _listing(report)


def test_a_dropped_operation_lowers_the_coverage(our_spec: Spec, reference: Spec) -> None:
    mutated = copy.deepcopy(our_spec)
    del mutated["paths"]["/events/{event_id}/replay"]
    report = compare_operations(mutated, reference)
    assert report.covered == report.total - 1
    assert report.missing == ["POST /events/{event_id}/replay"]


def test_a_bare_ref_and_a_single_allof_ref_are_the_same_schema() -> None:
    ours = _tiny_spec({"allOf": [{"$ref": "#/components/schemas/Thing"}]})
    reference = _tiny_spec({"$ref": "#/components/schemas/Thing"})
    assert compare_operations(ours, reference).mismatches == []


def test_a_nullable_wrapper_is_not_the_bare_ref() -> None:
    ours = _tiny_spec({"type": "null", "allOf": [{"$ref": "#/components/schemas/Thing"}]})
    reference = _tiny_spec({"$ref": "#/components/schemas/Thing"})
    assert [m.where for m in compare_operations(ours, reference).mismatches]


def test_a_self_referencing_schema_is_walked_once() -> None:
    node: dict[str, Any] = {
        "type": "object",
        "properties": {"child": {"$ref": "#/components/schemas/Thing"}},
    }
    ours = _tiny_spec({"$ref": "#/components/schemas/Thing"}, thing=node)
    changed = copy.deepcopy(node)
    changed["properties"]["size"] = {"type": "integer"}
    reference = _tiny_spec({"$ref": "#/components/schemas/Thing"}, thing=changed)
    report = compare_operations(ours, reference)
    assert [m.where for m in report.mismatches] == [
        "GET /things 200 application/json body(Thing).size"
    ]


def _tiny_spec(body: dict[str, Any], thing: dict[str, Any] | None = None) -> Spec:
    """A one-operation spec around a response body schema, for the comparer's own tests."""
    return {
        "openapi": "3.1.0",
        "paths": {
            "/things": {
                "get": {
                    "operationId": "ListThings",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": body}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Thing": thing or {"type": "object", "properties": {}}}},
    }
