"""The bulk loader's contract, checked against a stand-in `employees.create`.

These cover what a caller relies on regardless of the server: keys derived from row
identity, bad rows reported (with the field) without stopping the others, bounded
concurrency, progress callbacks, and the journal making a re-run skip finished rows.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from bulk_stand_in import Created, StandInClient, StandInEmployees, fail_when, make_row

from kota_async.bulk import (
    BulkProgress,
    Journal,
    JournalError,
    RowValidationError,
    bulk_create,
    row_idempotency_key,
)
from kota_async.errors import BadRequestError, ServerError


def _client(delay: float = 0.0) -> tuple[StandInClient, StandInEmployees]:
    employees = StandInEmployees(delay=delay)
    return StandInClient(employees), employees


def test_key_is_stable_and_follows_row_identity() -> None:
    row = make_row(1)
    assert row_idempotency_key(row) == row_idempotency_key(dict(row))
    # The e-mail identifies the row: case and surrounding spaces do not make a new employee.
    assert row_idempotency_key(row) == row_idempotency_key(
        make_row(1, email="  PERSON1@Example.com ")
    )
    # Other fields may be corrected between runs without changing the key.
    assert row_idempotency_key(row) == row_idempotency_key(make_row(1, first_name="Fixed"))
    assert row_idempotency_key(row) != row_idempotency_key(make_row(2))
    assert row_idempotency_key(row) != row_idempotency_key(make_row(1, employer_id="er_other"))
    assert row_idempotency_key(row) != row_idempotency_key(row, key_namespace="second-load")
    # An external id, when present, is the identity and the e-mail no longer matters.
    a = make_row(1, external_customer_id="emp-1")
    b = make_row(2, external_customer_id="emp-1")
    assert row_idempotency_key(a) == row_idempotency_key(b)


def test_a_row_without_identity_cannot_be_keyed() -> None:
    row = make_row(1)
    del row["email"]
    with pytest.raises(RowValidationError) as caught:
        row_idempotency_key(row)
    assert caught.value.field == "email"


async def test_every_row_is_created_once_and_reported_in_input_order() -> None:
    client, employees = _client(delay=0.001)
    rows = [make_row(n) for n in range(50)]
    result = await bulk_create(client, rows, concurrency=8)
    assert (result.created, result.skipped, result.failed) == (50, 0, 0)
    assert result.ok
    assert [r.index for r in result.results] == list(range(50))
    assert len(set(result.employee_ids)) == 50
    assert employees.created == 50
    assert len(employees.calls) == 50
    for call, row in zip(
        sorted(employees.calls, key=lambda c: str(c["email"])),
        sorted(rows, key=lambda r: str(r["email"])),
        strict=True,
    ):
        assert call["idempotency_key"] == row_idempotency_key(row)


async def test_concurrency_is_bounded() -> None:
    client, employees = _client(delay=0.005)
    await bulk_create(client, (make_row(n) for n in range(40)), concurrency=5)
    assert employees.peak_in_flight == 5


async def test_bad_rows_are_reported_with_their_field_and_the_rest_go_on() -> None:
    client, employees = _client()
    employees.failures.append(
        fail_when(
            lambda body: body["first_name"] == "First3",
            ValueError(
                "invalid arguments for CreateEmployeeRequest: "
                "expected a string @ $.home_address.city"
            ),
        )
    )
    employees.failures.append(
        fail_when(
            lambda body: body["first_name"] == "First4",
            BadRequestError(
                "400 invalid", status=400, errors={"national_tax_id": ["is not valid"]}
            ),
        )
    )
    no_email = make_row(1)
    del no_email["email"]
    rows = [
        make_row(0),
        no_email,
        make_row(2, idempotency_key="mine"),
        make_row(3),
        make_row(4),
        make_row(5, email="person0@example.com"),  # same person as row 0
        make_row(6),
    ]
    result = await bulk_create(client, rows, concurrency=3)
    by_index = {r.index: r for r in result.results}
    assert [i for i, r in by_index.items() if r.ok] == [0, 6]
    assert by_index[1].field == "email"
    assert isinstance(by_index[1].error, RowValidationError)
    assert by_index[2].field == "idempotency_key"
    assert by_index[3].field == "home_address.city"
    assert isinstance(by_index[3].error, RowValidationError)
    assert by_index[4].field == "national_tax_id"
    assert isinstance(by_index[4].error, BadRequestError)
    assert by_index[5].field == "email"
    assert isinstance(by_index[5].error, RowValidationError)
    assert by_index[5].error.duplicate_of == 0
    assert result.failed == 5
    assert not result.ok
    # Rows refused before sending cost no request.
    assert len(employees.calls) == 4


async def test_unexpected_errors_are_collected_not_raised() -> None:
    client, employees = _client()
    employees.failures.append(
        fail_when(lambda body: body["first_name"] == "First1", ServerError("503", status=503))
    )
    employees.failures.append(
        fail_when(lambda body: body["first_name"] == "First2", RuntimeError("boom"))
    )
    result = await bulk_create(client, [make_row(n) for n in range(4)])
    assert [r.status for r in result.results] == ["created", "failed", "failed", "created"]
    assert isinstance(result.results[1].error, ServerError)
    assert isinstance(result.results[2].error, RuntimeError)


async def test_per_call_options_reach_the_client() -> None:
    client, employees = _client()
    await bulk_create(client, [make_row(1)], max_retries=9, timeout=2.5)
    assert employees.calls[0]["max_retries"] == 9
    assert employees.calls[0]["timeout"] == 2.5


async def test_progress_is_reported_once_per_row() -> None:
    client, _ = _client()
    seen: list[BulkProgress] = []
    bad = make_row(2)
    del bad["employer_id"]
    await bulk_create(client, [make_row(0), make_row(1), bad], on_progress=seen.append)
    assert [p.done for p in seen] == [1, 2, 3]
    assert all(p.total == 3 for p in seen)
    assert (seen[-1].created, seen[-1].failed, seen[-1].skipped) == (2, 1, 0)
    assert {p.row.index for p in seen} == {0, 1, 2}


async def test_total_is_unknown_for_a_generator() -> None:
    client, _ = _client()
    seen: list[BulkProgress] = []
    await bulk_create(client, (make_row(n) for n in range(3)), on_progress=seen.append)
    assert [p.total for p in seen] == [None, None, None]


async def test_a_rerun_with_the_journal_sends_nothing_for_finished_rows(tmp_path: Path) -> None:
    journal = tmp_path / "load.journal"
    client, employees = _client()
    rows = [make_row(n) for n in range(20)]
    first = await bulk_create(client, rows[:12], journal=journal)
    assert first.created == 12
    assert len(journal.read_text().splitlines()) == 12

    employees.by_key.clear()  # as if Kota's one-hour key window had passed
    calls_before = len(employees.calls)
    second = await bulk_create(client, rows, journal=journal)
    assert (second.created, second.skipped, second.failed) == (8, 12, 0)
    assert len(employees.calls) - calls_before == 8
    assert second.employee_ids[:12] == first.employee_ids
    assert len(journal.read_text().splitlines()) == 20


async def test_failed_rows_are_not_journaled_and_are_retried_next_run(tmp_path: Path) -> None:
    journal = tmp_path / "load.journal"
    client, employees = _client()
    employees.failures.append(
        fail_when(lambda body: body["first_name"] == "First1", ServerError("500", status=500))
    )
    rows = [make_row(n) for n in range(3)]
    assert (await bulk_create(client, rows, journal=journal)).failed == 1
    employees.failures.clear()
    again = await bulk_create(client, rows, journal=journal)
    assert (again.created, again.skipped) == (1, 2)
    assert employees.created == 3


async def test_a_torn_last_line_is_dropped_and_the_file_stays_appendable(
    tmp_path: Path,
) -> None:
    path = tmp_path / "j"
    good = json.dumps({"kind": "created", "key": "k1", "employee_id": "ee_1", "row": 0})
    path.write_text(good + "\n" + '{"kind": "created", "key": "k2", "empl')
    journal = Journal(path).open()
    assert journal.finished == {"k1": "ee_1"}
    assert path.read_text() == good + "\n"
    await journal.record("k3", "ee_3", 2)
    await journal.aclose()
    reopened = Journal(path).open()
    assert reopened.finished == {"k1": "ee_1", "k3": "ee_3"}
    await reopened.aclose()


async def test_a_whole_last_entry_without_newline_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "j"
    entry = json.dumps({"kind": "created", "key": "k1", "employee_id": "ee_1", "row": 0})
    path.write_text(entry)
    journal = Journal(path).open()
    await journal.record("k2", "ee_2", 1)
    await journal.aclose()
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert [line["key"] for line in lines] == ["k1", "k2"]
    reopened = Journal(path).open()
    assert reopened.finished == {"k1": "ee_1", "k2": "ee_2"}
    await reopened.aclose()


def test_a_corrupt_line_in_the_middle_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j"
    path.write_text('{"key": "k1", "employee_id": "ee_1"}\nnot json\n{"key": "k2"}\n')
    with pytest.raises(JournalError, match=":2:"):
        Journal(path).open()


async def test_an_unwritable_journal_stops_the_run(tmp_path: Path) -> None:
    client, _ = _client()
    with pytest.raises(JournalError):
        await bulk_create(client, [make_row(1)], journal=tmp_path / "missing-dir" / "j")


async def test_concurrency_must_be_positive() -> None:
    client, _ = _client()
    with pytest.raises(ValueError, match="concurrency"):
        await bulk_create(client, [], concurrency=0)


class _DeclaredEmployees:
    """A `create` that declares its fields, as the generated method does."""

    def __init__(self) -> None:
        self.calls = 0

    async def create(
        self,
        *,
        employer_id: str,
        email: str,
        first_name: str,
        nickname: str | None = None,
        **options: object,
    ) -> Created:
        self.calls += 1
        return Created(id=f"ee_{self.calls}")


async def test_fields_the_method_does_not_declare_or_requires_are_caught_before_sending() -> None:
    employees = _DeclaredEmployees()
    client = SimpleNamespace(employees=employees)
    rows = [
        {"employer_id": "er_1", "email": "a@x.io", "first_name": "A"},
        {"employer_id": "er_1", "email": "b@x.io", "frist_name": "B"},
        {"employer_id": "er_1", "email": "c@x.io", "nickname": "C"},
    ]
    result = await bulk_create(client, rows)
    assert [r.status for r in result.results] == ["created", "failed", "failed"]
    assert result.results[1].field == "frist_name"
    assert "not an employee field" in result.results[1].message
    assert result.results[2].field == "first_name"
    assert result.results[2].message == "first_name is required"
    assert employees.calls == 1
