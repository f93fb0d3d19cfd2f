"""Employer and employee lifecycles: pending -> active, offboarding and its cancellation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiohttp
from fake_helpers import Api, employee_body

from kota_async.testing import FakeKota


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


async def test_new_employee_is_pending_until_checks_finish(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    assert employee["status"] == "pending"
    fake.advance_time(4)
    assert (await api.get(f"/employees/{employee['id']}")).body["status"] == "pending"
    fake.advance_time(2)
    assert (await api.get(f"/employees/{employee['id']}")).body["status"] == "active"
    updates = [e for e in fake.events("employee.updated") if e["data"]["id"] == employee["id"]]
    assert [u["data"]["status"] for u in updates] == ["active"]


async def test_activation_waits_for_earliest_benefits_start_date(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    start = (fake.clock.today() + timedelta(days=3)).isoformat()
    employee = await api.employee(employer["id"], earliest_benefits_start_date=start)
    fake.advance_time(timedelta(days=2))
    assert (await api.get(f"/employees/{employee['id']}")).body["status"] == "pending"
    fake.advance_time(timedelta(days=1))
    assert (await api.get(f"/employees/{employee['id']}")).body["status"] == "active"


async def test_zero_activation_delay_activates_on_the_next_request() -> None:
    async with (
        FakeKota(activation_delay=0) as fake,
        aiohttp.ClientSession(
            base_url=fake.url, headers={"Authorization": "Bearer pk_test_x"}
        ) as session,
    ):
        api = Api(session)
        employer = await api.employer()
        assert employer["status"] == "pending"
        assert (await api.get(f"/employers/{employer['id']}")).body["status"] == "active"


async def test_update_replaces_given_fields_only(api: Api) -> None:
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    reply = await api.put(
        f"/employees/{employee['id']}",
        {
            "email": "new@liffey.example",
            "home_address": {"line1": "1 New St", "city": "Galway", "postal_code": "H91"},
        },
    )
    assert reply.status == 200
    assert reply.body["email"] == "new@liffey.example"
    assert reply.body["first_name"] == employee["first_name"]
    assert reply.body["home_address"] == {
        "line1": "1 New St",
        "city": "Galway",
        "postal_code": "H91",
        "country_code": "ie",
    }


async def test_offboarding_then_cancel_restores_the_employee(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    fake.advance_time(10)
    when = fake.clock.now() + timedelta(days=30)

    offboarded = await api.post(
        f"/employees/{employee['id']}/offboard",
        {"offboard_on": _iso(when), "offboard_reason": "Resigned"},
    )
    assert offboarded.status == 200
    assert offboarded.body["status"] == "offboarding"
    assert offboarded.body["offboard_on"].startswith(when.strftime("%Y-%m-%dT%H:%M:%S"))

    twice = await api.post(
        f"/employees/{employee['id']}/offboard",
        {"offboard_on": _iso(when), "offboard_reason": "Again"},
    )
    assert twice.status == 400
    assert twice.body["error_code"] == "invalid_state"

    cancelled = await api.post(f"/employees/{employee['id']}/offboard/cancel")
    assert cancelled.status == 200
    assert cancelled.body["status"] == "active"
    assert cancelled.body["offboard_on"] is None

    fake.advance_time(timedelta(days=31))
    assert (await api.get(f"/employees/{employee['id']}")).body["status"] == "active"
    assert fake.events("employee.offboarded") == []


async def test_offboarding_completes_on_its_date(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    when = fake.clock.now() + timedelta(days=2)
    await api.post(
        f"/employees/{employee['id']}/offboard",
        {"offboard_on": _iso(when), "offboard_reason": "Contract ended"},
    )
    fake.advance_time(timedelta(days=2, seconds=1))
    assert (await api.get(f"/employees/{employee['id']}")).body["status"] == "inactive"
    [event] = fake.events("employee.offboarded")
    assert event["data"]["id"] == employee["id"]
    assert event["data"]["status"] == "inactive"
    cancel = await api.post(f"/employees/{employee['id']}/offboard/cancel")
    assert cancel.body["error_code"] == "invalid_state"


async def test_cancel_is_refused_from_the_offboarding_day_on(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    when = datetime.combine(fake.clock.today(), datetime.max.time(), UTC).replace(microsecond=0)
    await api.post(
        f"/employees/{employee['id']}/offboard",
        {"offboard_on": _iso(when), "offboard_reason": "Last day today"},
    )
    reply = await api.post(f"/employees/{employee['id']}/offboard/cancel")
    assert reply.status == 400
    assert reply.body["error_code"] == "invalid_state"


async def test_cancel_without_offboarding_is_invalid_state(api: Api) -> None:
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    reply = await api.post(f"/employees/{employee['id']}/offboard/cancel")
    assert reply.status == 400
    assert reply.body["error_code"] == "invalid_state"
    missing = await api.post("/employees/ee_missing/offboard/cancel")
    assert missing.status == 404


async def test_offboarding_an_employer_offboards_its_employees_for_good(
    api: Api, fake: FakeKota
) -> None:
    employer = await api.employer()
    employees = [await api.employee(employer["id"], n) for n in range(2)]
    reply = await api.post(f"/employers/{employer['id']}/offboard")
    assert reply.status == 200
    assert reply.body["status"] == "offboarding"
    assert reply.body["offboard_on"] is not None
    assert {e["data"]["id"] for e in fake.events("employer.offboarded")} == {employer["id"]}

    for employee in employees:
        current = (await api.get(f"/employees/{employee['id']}")).body
        assert current["status"] == "inactive"
        cancel = await api.post(f"/employees/{employee['id']}/offboard/cancel")
        assert cancel.body["error_code"] == "invalid_state"

    refused = await api.post("/employees", employee_body(employer["id"], 7))
    assert refused.status == 400
    assert refused.body["error_code"] == "invalid_state"
    again = await api.post(f"/employers/{employer['id']}/offboard")
    assert again.body["error_code"] == "invalid_state"


async def test_employee_for_unknown_employer_names_the_field(api: Api, fake: FakeKota) -> None:
    reply = await api.post("/employees", employee_body("er_nobody"))
    assert reply.status == 400
    assert list(reply.body["errors"]) == ["employer_id"]
    assert fake.employees() == []


async def test_status_filter_lists_only_matching_employees(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    first = await api.employee(employer["id"], 1)
    fake.advance_time(6)
    second = await api.employee(employer["id"], 2)
    active = await api.get("/employees", filter="active")
    pending = await api.get("/employees", filter="pending")
    both = await api.get("/employees", filter="pending,active")
    assert [e["id"] for e in active.body["items"]] == [first["id"]]
    assert [e["id"] for e in pending.body["items"]] == [second["id"]]
    assert both.body["total_count"] == 2
