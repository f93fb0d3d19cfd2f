"""Contribution reports: seeded per employer, breakdowns per covered employee, finalize."""

from __future__ import annotations

from fake_helpers import Api

from kota_async.testing import FakeKota


async def _active_employees(api: Api, fake: FakeKota, employer_id: str, count: int) -> list[str]:
    ids = [(await api.employee(employer_id, n))["id"] for n in range(count)]
    fake.advance_time(6)
    return ids


async def test_every_new_employer_has_an_open_report_for_this_month(
    api: Api, fake: FakeKota
) -> None:
    employer = await api.employer()
    reply = await api.get("/contribution_reports", employer_id=employer["id"])
    [report] = reply.body["items"]
    today = fake.clock.today()
    assert report["status"] == "open"
    assert report["period"]["from_date"] == today.replace(day=1).isoformat()
    assert report["period"]["to_date"][:7] == today.isoformat()[:7]


async def test_breakdowns_cover_active_employees_with_both_shares(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    ids = await _active_employees(api, fake, employer["id"], 3)
    await api.employee(employer["id"], 99)  # still pending: not covered yet
    report = (await api.get("/contribution_reports", employer_id=employer["id"])).body["items"][0]

    reply = await api.get(f"/contribution_reports/{report['id']}/employee_breakdowns")
    assert sorted(b["employee_id"] for b in reply.body["items"]) == sorted(ids)
    for breakdown in reply.body["items"]:
        assert breakdown["currency"] == "eur"
        health = breakdown["health_insurance"]
        assert health["employer_contributions"] and health["employee_contributions"]
        employer_total = sum(c["amount"] for c in health["employer_contributions"])
        employee_total = sum(c["amount"] for c in health["employee_contributions"])
        assert employer_total > employee_total > 0

    one = await api.get(f"/contribution_reports/{report['id']}/employee_breakdowns/{ids[0]}")
    assert one.status == 200
    assert one.body == next(b for b in reply.body["items"] if b["employee_id"] == ids[0])


async def test_finalize_freezes_the_report_once(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    ids = await _active_employees(api, fake, employer["id"], 2)
    report = (await api.get("/contribution_reports", employer_id=employer["id"])).body["items"][0]

    finalized = await api.post(f"/contribution_reports/{report['id']}/finalize")
    assert finalized.status == 200
    assert finalized.body["status"] == "finalized"
    assert finalized.body["finalized_at"] is not None
    [event] = fake.events("contribution_report.finalized")
    assert event["data"]["id"] == report["id"]

    again = await api.post(f"/contribution_reports/{report['id']}/finalize")
    assert again.status == 400
    assert again.body["error_code"] == "invalid_state"

    await _active_employees(api, fake, employer["id"], 1)  # joins after finalizing
    frozen = await api.get(f"/contribution_reports/{report['id']}/employee_breakdowns")
    assert sorted(b["employee_id"] for b in frozen.body["items"]) == sorted(ids)
    assert {b["status"] for b in frozen.body["items"]} == {"finalized"}


async def test_reports_made_for_tests_can_be_filtered(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    march = fake.create_contribution_report(employer["id"], year=2024, month=3)
    assert march["period"] == {"from_date": "2024-03-01", "to_date": "2024-03-31"}
    by_month = await api.get("/contribution_reports", year="2024", month="3")
    assert [r["id"] for r in by_month.body["items"]] == [march["id"]]
    await api.post(f"/contribution_reports/{march['id']}/finalize")
    finalized = await api.get("/contribution_reports", status="finalized")
    assert [r["id"] for r in finalized.body["items"]] == [march["id"]]
    bad = await api.get("/contribution_reports", status="closed")
    assert list(bad.body["errors"]) == ["status"]


async def test_unknown_report_is_404(api: Api) -> None:
    assert (await api.get("/contribution_reports/ctr_nothing")).status == 404
    assert (await api.post("/contribution_reports/ctr_nothing/finalize")).status == 404
