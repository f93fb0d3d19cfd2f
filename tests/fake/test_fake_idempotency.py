"""Idempotency keys: replay for the same request, 409 for a different one, kept one hour."""

from __future__ import annotations

from fake_helpers import Api, employee_body, employer_body

from kota_async.testing import FakeKota


async def test_same_key_same_request_replays_the_original_answer(api: Api, fake: FakeKota) -> None:
    first = await api.post("/employers", employer_body(), key="key-1")
    again = await api.post("/employers", employer_body(), key="key-1")
    assert first.status == again.status == 200
    assert again.body == first.body
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert [e["id"] for e in fake.employers()] == [first.body["id"]]


async def test_key_order_in_the_body_does_not_make_a_different_request(api: Api) -> None:
    body = employer_body()
    reordered = dict(reversed(list(body.items())))
    first = await api.post("/employers", body, key="key-order")
    again = await api.post("/employers", reordered, key="key-order")
    assert again.body["id"] == first.body["id"]


async def test_same_key_different_body_is_409_idempotency_error(api: Api, fake: FakeKota) -> None:
    await api.post("/employers", employer_body(), key="key-2")
    other = await api.post("/employers", employer_body(legal_name="Other Ltd"), key="key-2")
    assert other.status == 409
    assert other.body["error_code"] == "idempotency_error"
    assert len(fake.employers()) == 1


async def test_same_key_on_another_path_is_409(api: Api) -> None:
    employer = await api.employer()
    await api.post(f"/employers/{employer['id']}/offboard", key="key-3")
    reply = await api.post("/employers", employer_body(), key="key-3")
    assert reply.status == 409


async def test_keys_expire_after_one_hour(api: Api, fake: FakeKota) -> None:
    first = await api.post("/employers", employer_body(), key="key-4")
    fake.advance_time(59 * 60)
    assert (await api.post("/employers", employer_body(), key="key-4")).body == first.body
    fake.advance_time(61)
    later = await api.post("/employers", employer_body(), key="key-4")
    assert later.status == 200
    assert later.body["id"] != first.body["id"]
    assert len(fake.employers()) == 2


async def test_refused_requests_do_not_use_up_the_key(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    bad = employee_body(employer["id"], email=None)
    assert (await api.post("/employees", bad, key="key-5")).status == 400
    good = await api.post("/employees", employee_body(employer["id"]), key="key-5")
    assert good.status == 200
    assert len(fake.employees()) == 1


async def test_business_errors_are_replayed_too(api: Api, fake: FakeKota) -> None:
    employer = await api.employer()
    offboard = f"/employers/{employer['id']}/offboard"
    assert (await api.post(offboard)).status == 200
    first = await api.post(offboard, key="key-6")
    again = await api.post(offboard, key="key-6")
    assert first.status == again.status == 400
    assert again.body == first.body
    assert again.body["error_code"] == "invalid_state"


async def test_keys_are_scoped_to_the_api_key(api: Api, fake: FakeKota) -> None:
    await api.post("/employers", employer_body(), key="shared")
    other = await api.request(
        "POST",
        "/employers",
        json=employer_body(legal_name="Other Ltd"),
        headers={"Idempotency-Key": "shared", "Authorization": "Bearer pk_test_other_platform"},
    )
    assert other.status == 200
    assert len(fake.employers()) == 2
