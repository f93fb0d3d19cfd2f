"""Bulk loading under the failures networks and busy servers produce, against FakeKota.

The promise under test: however requests fail (an error after the work was done, a dropped
connection after the work was done, 429 with Retry-After, a timeout), every row ends with
exactly one employee, and the run reports each row's id.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from kota_async.client import KotaClient
from kota_async.testing import FakeKota, FaultKind
from kota_async.testing.samples import employee_fields, employer_fields

ROWS = 2000
KINDS: list[FaultKind] = ["fail_after_commit", "drop_after_commit", "rate_limit", "latency"]


def employee(employer_id: str, n: int) -> dict[str, Any]:
    return employee_fields(
        employer_id,
        n,
        external_customer_id=f"hr-{n:05d}",
        bank_account={"account_number": f"IE64IRCE9205{n:010d}"},
    )


async def test_2000_rows_with_a_fifth_of_requests_faulted_create_each_employee_once() -> None:
    async with (
        FakeKota(activation_delay=0) as fake,
        KotaClient("pk_test_reliability", base_url=fake.url) as kota,
    ):
        employer = await kota.employers.create(**employer_fields("Reliable Ltd"))
        employer_id = str(employer.id)
        fake.faults.random(
            rate=0.2,
            kinds=KINDS,
            seed=2000,
            retry_after=0.05,
            latency=0.75,  # longer than the per-attempt timeout below: a timeout
            method="POST",
            path="/employees",
        )
        result = await kota.employees.bulk_create(
            (employee(employer_id, n) for n in range(ROWS)),
            concurrency=64,
            max_retries=10,
            timeout=0.5,
        )
        fake.faults.clear()

        injected = fake.faults.injected
        assert all(injected[kind] > 0 for kind in KINDS), injected
        assert sum(injected.values()) >= ROWS * 0.15

        assert (result.created, result.failed, result.skipped) == (ROWS, 0, 0), [
            r.message for r in result.failures[:3]
        ]
        ids = result.employee_ids
        assert all(isinstance(i, str) and i.startswith("ee_") for i in ids)
        assert len(set(ids)) == ROWS

        held = fake.employees(employer_id)
        assert len(held) == ROWS
        assert {e["id"] for e in held} == set(ids)
        per_person = Counter(e["external_customer_id"] for e in held)
        assert per_person.most_common(1)[0][1] == 1
        # each row's id is the employee made from that row
        by_id = {e["id"]: e for e in held}
        assert all(by_id[ids[n]]["external_customer_id"] == f"hr-{n:05d}" for n in range(ROWS))


async def test_a_rerun_with_the_journal_skips_what_was_done(tmp_path: Any) -> None:
    journal = tmp_path / "load.journal"
    async with (
        FakeKota(activation_delay=0) as fake,
        KotaClient("pk_test_reliability", base_url=fake.url) as kota,
    ):
        employer = await kota.employers.create(**employer_fields("Again Ltd"))
        rows = [employee(str(employer.id), n) for n in range(30)]
        first = await kota.employees.bulk_create(rows[:20], journal=journal)
        second = await kota.employees.bulk_create(rows, journal=journal)
        assert (first.created, second.created, second.skipped) == (20, 10, 20)
        assert len(fake.employees(str(employer.id))) == 30
