"""page/page_size pagination of list endpoints, newest first."""

from __future__ import annotations

from fake_helpers import Api


async def test_pages_walk_every_item_once_newest_first(api: Api) -> None:
    employer = await api.employer()
    created = [(await api.employee(employer["id"], n))["id"] for n in range(23)]

    seen: list[str] = []
    pages = []
    page = 1
    while True:
        reply = await api.get(
            "/employees", employer_id=employer["id"], page=str(page), page_size="10"
        )
        assert reply.status == 200
        pages.append(reply.body)
        seen.extend(item["id"] for item in reply.body["items"])
        if not reply.body["has_next_page"]:
            break
        page += 1

    assert seen == list(reversed(created))
    assert [len(p["items"]) for p in pages] == [10, 10, 3]
    assert all(p["total_count"] == 23 and p["page_size"] == 10 for p in pages)
    assert [p["has_previous_page"] for p in pages] == [False, True, True]


async def test_defaults_are_page_1_of_10(api: Api) -> None:
    employer = await api.employer()
    for n in range(12):
        await api.employee(employer["id"], n)
    reply = await api.get("/employees")
    assert (reply.body["page"], reply.body["page_size"]) == (1, 10)
    assert len(reply.body["items"]) == 10
    assert reply.body["has_next_page"] is True


async def test_page_past_the_end_is_empty_not_an_error(api: Api) -> None:
    await api.employer()
    reply = await api.get("/employers", page="5")
    assert reply.status == 200
    assert reply.body["items"] == []
    assert reply.body["total_count"] == 1
    assert reply.body["has_next_page"] is False


async def test_employer_filter_only_lists_that_employers_employees(api: Api) -> None:
    first, second = await api.employer(), await api.employer(legal_name="Other Ltd")
    mine = {(await api.employee(first["id"], n))["id"] for n in range(3)}
    await api.employee(second["id"], 9)
    reply = await api.get("/employees", employer_id=first["id"], page_size="100")
    assert {item["id"] for item in reply.body["items"]} == mine
    assert reply.body["total_count"] == 3
