"""A bulk import killed with SIGKILL halfway, then re-run with the same journal.

Everything runs as a user would run it: FakeKota is `kota fake serve` in one process, the
import is `kota employees import` in another, and the import is killed with `kill -9` while
requests are in flight (so some employees exist that the journal never heard of). The
re-run must finish the job with exactly one employee per row.
"""

from __future__ import annotations

import asyncio
import csv
import json
import os
import re
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from kota_async.client import KotaClient
from kota_async.testing.samples import employer_fields

ROWS = 300
API_KEY = "pk_test_crash"
HEADER = [
    "external_customer_id",
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
    "home_address.city",
    "home_address.postal_code",
    "home_address.country_code",
    "bank_account.account_number",
]


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(rows):
            writer.writerow(
                [
                    f"crash-{n:04d}",
                    f"Kim{n}",
                    "Crash",
                    f"kim{n}@crash.example",
                    "1991-11-11",
                    "female",
                    f"C{n:06d}",
                    "+35312345678",
                    "2025-02-01",
                    "ie",
                    f"{n} Dock Road",
                    "Cork",
                    "T12",
                    "ie",
                    f"IE12BOFI9000{n:010d}",
                ]
            )


def kota_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kota_async.cli", *args]


@pytest.fixture
async def fake_url() -> AsyncIterator[str]:
    """`kota fake serve` in its own process, slowed a little so the import takes a while."""
    server = await asyncio.create_subprocess_exec(
        *kota_command("fake", "serve", "--latency", "0.01", "--activation-delay", "0"),
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "CI": "true"},
    )
    assert server.stdout is not None
    try:
        url = ""
        while not url:
            line = (await asyncio.wait_for(server.stdout.readline(), 15)).decode()
            assert line, "kota fake serve exited before printing its URL"
            match = re.search(r"KOTA_BASE_URL=(\S+)", line)
            url = match.group(1) if match else ""
        yield url
    finally:
        server.terminate()
        await server.wait()


def journal_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


async def test_an_import_killed_halfway_finishes_on_rerun_without_duplicates(
    fake_url: str, tmp_path: Path
) -> None:
    async with KotaClient(API_KEY, base_url=fake_url) as kota:
        employer = await kota.employers.create(**employer_fields("Crash Test Ltd"))
        employer_id = str(employer.id)
        people = tmp_path / "people.csv"
        journal = tmp_path / "import.journal"
        write_csv(people, ROWS)
        env = {**os.environ, "CI": "true", "KOTA_API_KEY": API_KEY, "KOTA_BASE_URL": fake_url}
        args = kota_command(
            "employees",
            "import",
            str(people),
            "--employer-id",
            employer_id,
            "--journal",
            str(journal),
            "--concurrency",
            "8",
        )

        first = await asyncio.create_subprocess_exec(
            *args, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
        )
        deadline = asyncio.get_running_loop().time() + 30
        while journal_lines(journal) < ROWS // 3:
            assert first.returncode is None, "the import finished before it could be killed"
            assert asyncio.get_running_loop().time() < deadline
            await asyncio.sleep(0.005)
        first.send_signal(signal.SIGKILL)
        assert await first.wait() == -signal.SIGKILL
        done_before = journal_lines(journal)
        assert ROWS // 3 <= done_before < ROWS

        second = await asyncio.create_subprocess_exec(
            *args, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        out, err = await second.communicate()
        assert second.returncode == 0, err.decode()
        summary = re.search(
            r"(\d+) created, (\d+) already done \(journal\), (\d+) failed", out.decode()
        )
        assert summary is not None, out.decode()
        created, skipped, failed = map(int, summary.groups())
        assert failed == 0
        assert skipped >= done_before  # journaled rows were not sent again
        assert created + skipped == ROWS

        employees = [e async for e in kota.employees.list(employer_id=employer_id)]
        assert len(employees) == ROWS
        per_row = Counter(e.external_customer_id for e in employees)
        assert set(per_row) == {f"crash-{n:04d}" for n in range(ROWS)}
        assert max(per_row.values()) == 1

        recorded = [json.loads(line) for line in journal.read_text().splitlines()]
        assert len({entry["key"] for entry in recorded}) == ROWS
        assert {entry["employee_id"] for entry in recorded} == {str(e.id) for e in employees}
