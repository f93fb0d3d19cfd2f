"""`kota employees import` against FakeKota: bad rows are named by line and field while the
good rows are created, and the exit status says whether anything failed."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from kota_async.cli import build_parser
from kota_async.cli_import import run_import
from kota_async.cli_output import Output
from kota_async.client import KotaClient
from kota_async.testing import FakeKota
from kota_async.testing.samples import employer_fields

API_KEY = "pk_test_import"
HEADER = [
    "first_name",
    "last_name",
    "email",
    "date_of_birth",
    "sex_at_birth",
    "national_tax_id",
    "phone_number",
    "start_on",
    "nationality",
    "home_address.line1",
    "home_address.line2",
    "home_address.city",
    "home_address.postal_code",
    "home_address.country_code",
    "bank_account.account_number",
    "metadata.payroll_id",
]
DEFECTS = {
    # kind -> (column to spoil, bad value, the field the report must name)
    0: ("email", "", "email"),
    1: ("date_of_birth", "1990-02-30", "date_of_birth"),
    2: ("sex_at_birth", "unknown", "sex_at_birth"),
    3: ("home_address.country_code", "zz", "home_address.country_code"),
    4: ("first_name", "", "first_name"),
}


def good_row(n: int) -> dict[str, str]:
    return {
        "first_name": f"Sam{n}",
        "last_name": "Import",
        "email": f"sam{n}@import.example",
        "date_of_birth": "1993-07-21",
        "sex_at_birth": "male",
        "national_tax_id": f"I{n:06d}",
        "phone_number": "+35318880000",
        "start_on": "2025-04-01",
        "nationality": "ie",
        "home_address.line1": f"{n} Harbour Road",
        # a quoted multi-line cell now and then, so records and lines differ
        "home_address.line2": "Unit 4\nBlock B" if n % 97 == 0 else "",
        "home_address.city": "Dublin",
        "home_address.postal_code": "D04",
        "home_address.country_code": "ie",
        "bank_account.account_number": f"IE02AIBK9301{n:010d}",
        "metadata.payroll_id": f"P-{n}",
    }


def write_people(path: Path, rows: int) -> dict[int, str]:
    """Write `rows` records, one in ten spoilt; returns {line of a bad record: field}."""
    bad: dict[int, str] = {}
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=HEADER, lineterminator="\n")
    writer.writeheader()
    for n in range(rows):
        line = buffer.getvalue().count("\n") + 1
        row = good_row(n)
        if n % 10 == 3:
            column, value, field = DEFECTS[(n // 10) % len(DEFECTS)]
            row[column] = value
            bad[line] = field
        writer.writerow(row)
    path.write_text(buffer.getvalue())
    return bad


@pytest.fixture
async def fake() -> AsyncIterator[FakeKota]:
    async with FakeKota(activation_delay=0) as server:
        yield server


async def make_employer(url: str) -> str:
    async with KotaClient(API_KEY, base_url=url) as kota:
        employer = await kota.employers.create(**employer_fields("Import Co"))
        return str(employer.id)


async def run_kota(*argv: str, monkeypatch: pytest.MonkeyPatch, url: str) -> tuple[int, str, str]:
    """Run the import command in this event loop, as `kota ...` would; (status, out, err)."""
    monkeypatch.setenv("KOTA_API_KEY", API_KEY)
    monkeypatch.setenv("KOTA_BASE_URL", url)
    out, err = io.StringIO(), io.StringIO()
    status = await run_import(build_parser().parse_args(argv), Output(out, err))
    return status, out.getvalue(), err.getvalue()


async def test_bad_rows_are_named_by_line_and_field_and_the_good_ones_are_created(
    fake: FakeKota, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    employer_id = await make_employer(fake.url)
    people = tmp_path / "people.csv"
    bad = write_people(people, 1000)
    assert len(bad) == 100
    results = tmp_path / "results.csv"

    status, out, err = await run_kota(
        "employees",
        "import",
        str(people),
        "--employer-id",
        employer_id,
        "--concurrency",
        "32",
        "--results",
        str(results),
        monkeypatch=monkeypatch,
        url=fake.url,
    )

    assert status == 1
    assert f"{people}: 900 created, 0 already done (journal), 100 failed" in out
    reported = {
        int(m.group(1)): m.group(2)
        for m in re.finditer(rf"^{re.escape(str(people))}:(\d+): ([\w.]+): \S", err, re.M)
    }
    assert reported == bad
    assert len(err.strip().splitlines()) == 100

    held = fake.employees(employer_id)
    assert len(held) == 900
    assert all(e["metadata"]["payroll_id"].startswith("P-") for e in held)

    with results.open(newline="") as handle:
        records = list(csv.DictReader(handle))
    assert len(records) == 1000
    created = [r for r in records if r["status"] == "created"]
    assert {r["employee_id"] for r in created} == {e["id"] for e in held}
    failed = {int(r["line"]): r["field"] for r in records if r["status"] == "failed"}
    assert failed == bad


async def test_a_rerun_after_fixing_the_file_creates_only_what_is_missing(
    fake: FakeKota, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    employer_id = await make_employer(fake.url)
    people = tmp_path / "people.csv"
    journal = tmp_path / "people.journal"
    write_people(people, 40)
    argv = [
        "employees",
        "import",
        str(people),
        "--employer-id",
        employer_id,
        "--journal",
        str(journal),
    ]
    status, _, _ = await run_kota(*argv, monkeypatch=monkeypatch, url=fake.url)
    assert status == 1
    assert len(fake.employees(employer_id)) == 36

    with people.open("w", newline="") as handle:  # the user fixes the four bad rows
        writer = csv.DictWriter(handle, fieldnames=HEADER)
        writer.writeheader()
        writer.writerows(good_row(n) for n in range(40))
    status, out, err = await run_kota(*argv, monkeypatch=monkeypatch, url=fake.url)

    assert (status, err) == (0, "")
    assert "4 created, 36 already done (journal), 0 failed" in out
    assert len(fake.employees(employer_id)) == 40


async def test_a_file_with_only_required_columns_imports(
    fake: FakeKota, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    employer_id = await make_employer(fake.url)
    people = tmp_path / "minimal.csv"
    people.write_text(
        "first_name,last_name,email,date_of_birth,sex_at_birth,national_tax_id,phone_number,"
        "start_on,home_address.line1,home_address.city,home_address.postal_code,"
        "home_address.country_code\n"
        "Ann,Lee,ann@min.example,1990-01-01,female,M1,+3531,2025-01-01,1 Road,Cork,T12,ie\n"
    )
    status, _, err = await run_kota(
        "employees",
        "import",
        str(people),
        "--employer-id",
        employer_id,
        monkeypatch=monkeypatch,
        url=fake.url,
    )
    assert (status, err) == (0, ""), err
    assert [e["email"] for e in fake.employees(employer_id)] == ["ann@min.example"]


async def test_an_unknown_employer_stops_the_import_before_any_row(
    fake: FakeKota, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = tmp_path / "people.csv"
    write_people(people, 5)
    status, _, err = await run_kota(
        "employees",
        "import",
        str(people),
        "--employer-id",
        "er_doesnotexist",
        monkeypatch=monkeypatch,
        url=fake.url,
    )
    assert status == 2
    assert "there is no employer er_doesnotexist" in err
    assert fake.request_counts["CreateEmployee"] == 0
