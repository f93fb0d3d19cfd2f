"""Every answer of FakeKota has the shape our spec documents for that operation."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from fake_helpers import Api, Inbox, Reply

from kota_async.testing import FakeKota
from kota_async.testing.spec import load_spec
from kota_async.testing.validation import Errors


def _strip_event_data(body: Any) -> Any:
    # The spec types an event's `data` as a .NET JsonNode (an artefact of Kota's generator);
    # what Kota sends there is the object, checked separately against the webhook schemas.
    if isinstance(body, dict) and "items" in body:
        return {**body, "items": [_strip_event_data(item) for item in body["items"]]}
    if isinstance(body, dict) and "data" in body:
        return {**body, "data": None}
    return body


def assert_documented(operation_id: str, reply: Reply) -> None:
    operation = load_spec().operations[operation_id]
    check = operation.responses.get(str(reply.status))
    assert check is not None, f"{operation_id} does not document status {reply.status}"
    body = reply.body
    if operation_id in ("ListEvents", "RetrieveEvent"):
        body = _strip_event_data(body)
    errors: Errors = {}
    check(body, "", errors)
    assert errors == {}, f"{operation_id} {reply.status}: {errors}"


async def test_success_bodies_match_the_spec(api: Api, fake: FakeKota, inbox: Inbox) -> None:
    fake.add_webhook_endpoint(inbox.url, "whsec_shapes")
    created = await api.post("/employers", _employer())
    assert_documented("CreateEmployer", created)
    employer_id = created.body["id"]
    assert_documented("ListEmployers", await api.get("/employers"))
    assert_documented("RetrieveEmployer", await api.get(f"/employers/{employer_id}"))
    assert_documented(
        "UpdateEmployer",
        await api.put(f"/employers/{employer_id}", {"legal_address": _address(country=False)}),
    )

    employee = await api.post("/employees", _employee(employer_id))
    assert_documented("CreateEmployee", employee)
    employee_id = employee.body["id"]
    fake.advance_time(10)
    assert_documented("ListEmployees", await api.get("/employees", employer_id=employer_id))
    assert_documented("RetrieveEmployee", await api.get(f"/employees/{employee_id}"))
    assert_documented(
        "UpdateEmployee",
        await api.put(
            f"/employees/{employee_id}", {"bank_account": {"account_number": "12345678"}}
        ),
    )
    when = (fake.clock.now() + timedelta(days=20)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert_documented(
        "OffboardEmployee",
        await api.post(
            f"/employees/{employee_id}/offboard", {"offboard_on": when, "offboard_reason": "x"}
        ),
    )
    assert_documented(
        "CancelOffboardingEmployee", await api.post(f"/employees/{employee_id}/offboard/cancel")
    )

    assert_documented(
        "CreateEmbedSession",
        await api.post("/embed/sessions", {"employer_id": employer_id, "employee_id": employee_id}),
    )
    assert_documented(
        "CreateHostedSession",
        await api.post(
            "/hosted/sessions", {"employer_id": employer_id, "employee_id": employee_id}
        ),
    )

    reports = await api.get("/contribution_reports", employer_id=employer_id)
    assert_documented("ListContributionReports", reports)
    report_id = reports.body["items"][0]["id"]
    assert_documented(
        "RetrieveContributionReport", await api.get(f"/contribution_reports/{report_id}")
    )
    assert_documented(
        "ListEmployeeBreakdownsForContributionReport",
        await api.get(f"/contribution_reports/{report_id}/employee_breakdowns"),
    )
    assert_documented(
        "RetrieveEmployeeBreakdownForContributionReport",
        await api.get(f"/contribution_reports/{report_id}/employee_breakdowns/{employee_id}"),
    )
    assert_documented(
        "FinalizeContributionReport", await api.post(f"/contribution_reports/{report_id}/finalize")
    )

    quote = fake.quote_action_required(employer_id)["data"]
    offer = fake.offer_action_required(employee_id)["data"]
    assert_documented(
        "ListEmployerHealthInsuranceQuotes",
        await api.get(f"/employers/{employer_id}/health_insurance/quotes"),
    )
    assert_documented(
        "RetrieveEmployerHealthInsuranceQuote",
        await api.get(f"/employers/{employer_id}/health_insurance/quotes/{quote['id']}"),
    )
    assert_documented(
        "ListEmployeeHealthInsuranceOffers",
        await api.get(f"/employees/{employee_id}/health_insurance/offers"),
    )
    assert_documented(
        "RetrieveEmployeeHealthInsuranceOffer",
        await api.get(f"/employees/{employee_id}/health_insurance/offers/{offer['id']}"),
    )

    events = await api.get("/events", page_size="100")
    assert_documented("ListEvents", events)
    event_id = events.body["items"][0]["id"]
    assert_documented("RetrieveEvent", await api.get(f"/events/{event_id}"))
    assert_documented("ReplayEvent", await api.post(f"/events/{event_id}/replay"))
    endpoints = await api.get("/webhooks/endpoints")
    assert_documented("ListWebhookEndpoints", endpoints)
    assert_documented(
        "RetrieveWebhookEndpoint",
        await api.get(f"/webhooks/endpoints/{endpoints.body['items'][0]['id']}"),
    )
    assert_documented("OffboardEmployer", await api.post(f"/employers/{employer_id}/offboard"))


async def test_error_bodies_match_the_documented_problem_schemas(api: Api) -> None:
    assert_documented("RetrieveEmployer", await api.get("/employers/er_missing"))
    assert_documented("CreateEmployer", await api.post("/employers", {"legal_name": 3}))
    assert_documented("ListEmployees", await api.get("/employees", page_size="0"))


async def test_webhook_payloads_match_the_spec_webhook_schemas(
    api: Api, fake: FakeKota, inbox: Inbox
) -> None:
    spec = load_spec()
    schemas = {
        (hook["post"]["x-kota-event-type"], "v2" if "V2" in name else "v1"): hook["post"][
            "requestBody"
        ]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        for name, hook in spec.document["webhooks"].items()
    }
    fake.add_webhook_endpoint(inbox.url, "whsec_a")
    fake.add_webhook_endpoint(inbox.url, "whsec_b", version="v2")
    employer = await api.post("/employers", _employer())
    employee = await api.post("/employees", _employee(employer.body["id"]))
    fake.quote_action_required(employer.body["id"])
    fake.offer_action_required(employee.body["id"])
    await fake.wait_for_deliveries()
    assert len(inbox.received) == 8
    for received in inbox.received:
        payload = json.loads(received.body)
        family = "v2" if "version" in payload else "v1"
        errors: Errors = {}
        spec.schema_check(schemas[(payload["type"], family)])(payload, "", errors)
        assert errors == {}, (payload["type"], family, errors)


def _address(*, country: bool = True) -> dict[str, Any]:
    address = {"line1": "3 Dock Road", "city": "Limerick", "postal_code": "V94"}
    return {**address, "country_code": "ie"} if country else address


def _employer() -> dict[str, Any]:
    return {
        "legal_name": "Shannon Tools Ltd",
        "legal_address": _address(),
        "contact": {"name": "Ciara Walsh", "email": "ciara@shannon.example"},
        "earliest_benefits_start_date": "2025-01-01",
        "metadata": {"crm_id": "A-1"},
    }


def _employee(employer_id: str) -> dict[str, Any]:
    return {
        "employer_id": employer_id,
        "external_customer_id": "cust-1",
        "first_name": "Niall",
        "last_name": "Ryan",
        "date_of_birth": "1988-07-01",
        "sex_at_birth": "male",
        "home_address": _address(),
        "nationality": "ie",
        "national_tax_id": "7654321A",
        "start_on": "2025-03-01",
        "phone_number": "+353861112222",
        "email": "niall@shannon.example",
        "bank_account": {"account_number": "IE29AIBK93115212345678"},
        "metadata": {"id": "emp-77"},
    }
