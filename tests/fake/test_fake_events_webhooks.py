"""Events for every change, and signed webhook deliveries a receiver can verify."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

from fake_helpers import Api, Inbox

from kota_async.testing import SIGNATURE_HEADER, FakeKota
from kota_async.testing.spec import load_spec
from kota_async.webhooks import construct_event

SECRET = "whsec_fake_suite"


def _signature_ok(body: bytes, header: str, secret: str) -> bool:
    parts = dict(part.split("=", 1) for part in header.split(","))
    expected = hmac.new(secret.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256)
    return hmac.compare_digest(expected.hexdigest(), parts["v1"]) and (
        abs(int(parts["t"]) - time.time()) < 300
    )


async def test_every_mutation_records_an_event_named_as_in_the_spec(
    api: Api, fake: FakeKota
) -> None:
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    await api.put(f"/employees/{employee['id']}", {"email": "changed@liffey.example"})
    await api.put(f"/employers/{employer['id']}", {"legal_name": "Liffey Group Ltd"})
    await api.post(f"/employers/{employer['id']}/offboard")
    types = [e["type"] for e in fake.events()]
    assert types[:5] == [
        "employer.created",
        "employee.created",
        "employee.updated",
        "employer.updated",
        "employer.offboarded",
    ]
    assert set(types) <= load_spec().event_types


async def test_events_list_newest_first_and_can_be_retrieved(api: Api) -> None:
    employer = await api.employer()
    await api.employee(employer["id"])
    listed = await api.get("/events")
    assert [e["type"] for e in listed.body["items"]] == ["employee.created", "employer.created"]
    oldest_first = await api.get("/events", order_direction="asc")
    assert [e["type"] for e in oldest_first.body["items"]] == [
        "employer.created",
        "employee.created",
    ]
    event = listed.body["items"][0]
    assert (await api.get(f"/events/{event['id']}")).body == event
    assert event["data"]["first_name"] == "Sam0"
    assert event["api_version"] == "1.0"


async def test_v2_events_carry_a_thin_reference(api: Api) -> None:
    employer = await api.employer(metadata={"crm": "42"})
    reply = await api.get("/events", version="v2")
    [event] = reply.body["items"]
    assert event["data"] == {
        "id": employer["id"],
        "metadata": {"crm": "42"},
        "resource_type": "employer",
        "object": "employer",
    }


async def test_events_older_than_30_days_are_gone(api: Api, fake: FakeKota) -> None:
    await api.employer()
    [created] = fake.events()
    fake.advance_time(31 * 24 * 3600)
    assert (await api.get(f"/events/{created['id']}")).status == 404
    listed = await api.get("/events", page_size="100")
    assert created["id"] not in {e["id"] for e in listed.body["items"]}


async def test_webhook_is_delivered_signed_and_verifiable(
    api: Api, fake: FakeKota, inbox: Inbox
) -> None:
    endpoint = fake.add_webhook_endpoint(inbox.url, SECRET)
    employer = await api.employer()
    await fake.wait_for_deliveries()

    [delivery] = inbox.received
    header = delivery.headers[SIGNATURE_HEADER]
    assert _signature_ok(delivery.body, header, SECRET)
    assert not _signature_ok(delivery.body, header, "whsec_wrong")
    payload = json.loads(delivery.body)
    assert payload["type"] == "employer.created"
    assert payload["object"] == "event"
    assert payload["data"] == employer
    assert fake.deliveries[0].endpoint_id == endpoint["id"]

    event = construct_event(delivery.body, header, SECRET)
    assert event.type == "employer.created"
    assert event.id == payload["id"]


async def test_endpoints_only_get_the_events_they_subscribed_to(
    api: Api, fake: FakeKota, inbox: Inbox
) -> None:
    fake.add_webhook_endpoint(inbox.url, SECRET, events=["employee.created"])
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    await fake.wait_for_deliveries()
    assert [json.loads(r.body)["data"]["id"] for r in inbox.received] == [employee["id"]]


async def test_failed_deliveries_are_retried(api: Api, fake: FakeKota, inbox: Inbox) -> None:
    inbox.status = 500
    fake.add_webhook_endpoint(inbox.url, SECRET, events=["employer.created"])
    await api.employer()
    deliveries = await fake.wait_for_deliveries()
    assert [d.attempt for d in deliveries] == [1, 2, 3]
    assert not any(d.success for d in deliveries)
    assert {d.status for d in deliveries} == {500}
    assert len({json.loads(r.body)["id"] for r in inbox.received}) == 1


async def test_replay_delivers_again_and_reports_the_outcome(
    api: Api, fake: FakeKota, inbox: Inbox
) -> None:
    await api.employer()
    event_id = fake.events()[0]["id"]
    fake.add_webhook_endpoint(inbox.url, SECRET)
    reply = await api.post(f"/events/{event_id}/replay")
    assert reply.status == 200
    assert reply.body["event_id"] == event_id
    [delivery] = reply.body["deliveries"]
    assert delivery["success"] is True
    assert delivery["response_status_code"] == 200
    assert delivery["delivery_id"].startswith("evtd_")
    assert json.loads(inbox.received[0].body)["id"] == event_id


async def test_registered_endpoints_are_listed_without_their_secret(
    api: Api, fake: FakeKota
) -> None:
    endpoint = fake.add_webhook_endpoint("http://127.0.0.1:9/hooks", SECRET, version="v2")
    listed = await api.get("/webhooks/endpoints")
    [item] = listed.body["items"]
    assert item["id"] == endpoint["id"]
    assert item["endpoint_url"] == "http://127.0.0.1:9/hooks"
    assert "secret" not in item
    assert (await api.get(f"/webhooks/endpoints/{endpoint['id']}")).body == item
    assert (await api.get("/webhooks/endpoints/whe_nothing")).status == 404


async def test_action_required_events_carry_the_required_action(
    api: Api, fake: FakeKota, inbox: Inbox
) -> None:
    fake.add_webhook_endpoint(inbox.url, SECRET)
    employer = await api.employer()
    employee = await api.employee(employer["id"])
    quote_event = fake.quote_action_required(employer["id"], due_at="2030-01-15")
    offer_event = fake.offer_action_required(employee["id"], reason="Pick your plan")
    await fake.wait_for_deliveries()

    assert quote_event["type"] == "employer.health_insurance.quote.action_required"
    assert quote_event["data"]["required_action"]["due_at"] == "2030-01-15"
    assert offer_event["data"]["required_action"]["reason"] == "Pick your plan"
    assert set(offer_event["data"]["required_action"]) == {
        "reason",
        "reason_description",
        "code",
        "due_at",
    }
    received = {json.loads(r.body)["type"] for r in inbox.received}
    assert {quote_event["type"], offer_event["type"]} <= received

    quotes = await api.get(f"/employers/{employer['id']}/health_insurance/quotes")
    assert [q["id"] for q in quotes.body["items"]] == [quote_event["data"]["id"]]
    offer = await api.get(
        f"/employees/{employee['id']}/health_insurance/offers/{offer_event['data']['id']}"
    )
    assert offer.body == offer_event["data"]


async def test_events_default_to_v2_when_every_endpoint_takes_v2(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    assert "legal_name" in (await api.get("/events")).body["items"][0]["data"]
    fake.add_webhook_endpoint("http://127.0.0.1:9/v2-only", SECRET, version="v2")
    [event] = (await api.get("/events")).body["items"]
    assert event["api_version"] == "V2"
    assert event["data"]["id"] == employer["id"]
    assert "legal_name" not in event["data"]
    assert (await api.get(f"/events/{event['id']}")).body == event
