"""Authentication and the shape of every error FakeKota answers."""

from __future__ import annotations

import aiohttp
import pytest
from fake_helpers import Api, employer_body

from kota_async.testing import FakeKota

PROBLEM_FIELDS = {"type", "title", "status", "detail", "instance", "error_code", "trace_id"}


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer ", "Basic cGtfdGVzdF94Og==", "Bearer pk_live_real_key", "Bearer sk_test_x"],
)
async def test_requests_without_a_test_key_get_401_problem(
    fake: FakeKota, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{fake.url}/employers", json=employer_body(), headers=headers) as response,
    ):
        body = await response.json(content_type=None)
        assert response.status == 401
        assert response.content_type == "application/problem+json"
    assert body["error_code"] == "unauthorized"
    assert set(body) >= PROBLEM_FIELDS
    assert fake.employers() == []


async def test_any_pk_test_key_is_accepted(fake: FakeKota) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(
            f"{fake.url}/employers", headers={"Authorization": "Bearer pk_test_whatever"}
        ) as response,
    ):
        assert response.status == 200


async def test_unknown_id_is_404_not_found_with_trace_id(api: Api) -> None:
    reply = await api.get("/employers/er_doesnotexist")
    assert reply.status == 404
    assert reply.body["error_code"] == "not_found"
    assert reply.body["status"] == 404
    assert "er_doesnotexist" in reply.body["detail"]
    assert reply.body["trace_id"] == reply.headers["X-Request-Id"]


async def test_documented_but_unimplemented_operation_is_501(api: Api) -> None:
    reply = await api.get("/groups")
    assert reply.status == 501
    assert reply.body["error_code"] == "not_implemented"
    assert "ListGroups" in reply.body["detail"]


async def test_undocumented_path_is_404_problem(api: Api) -> None:
    reply = await api.get("/no/such/thing")
    assert reply.status == 404
    assert reply.body["error_code"] == "not_found"


async def test_wrong_method_is_405_problem(api: Api) -> None:
    reply = await api.request("DELETE", "/employers")
    assert reply.status == 405
    assert set(reply.body) >= PROBLEM_FIELDS
