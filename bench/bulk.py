"""Benchmark: `bulk_create` against a plain aiohttp loop, into the same FakeKota.

    python bench/bulk.py [--rows 10000] [--concurrency 64]

FakeKota runs in its own process (``kota fake serve``), so this process holds only the
client side and its peak RSS is the loader's. Three phases post the same employee bodies,
each under its own employer:

1. `bulk_create` without a journal;
2. `bulk_create` with a journal (one fsync per batch of finished rows);
3. a raw aiohttp loop: the same number of workers, the same JSON bodies, a fresh
   Idempotency-Key per request, no validation, no retries, no typed models. It runs once
   before phase 1 and once after phase 2, and the mean is the baseline, so a server that
   slows down as it fills up does not favour either side.

It prints rows/s and this process's CPU time per row for each phase, the peak RSS after
phase 1 (the raw run before it needs less, and a peak only grows, so it is the loader's),
and the ratio of phase 1 to the baseline. The issue's bar is >= 0.7x and < 200 MB. The
script only reports; it never asserts on timing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from kota_async.bulk import bulk_create
from kota_async.client import KotaClient
from kota_async.testing.samples import employee_fields, employer_fields

API_KEY = "pk_test_bench"


def employee_bodies(employer_id: str, rows: int) -> Iterator[dict[str, Any]]:
    """The same `rows` CreateEmployeeRequest bodies for any employer."""
    return (employee_fields(employer_id, n) for n in range(rows))


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def start_fake() -> tuple[subprocess.Popen[str], str]:
    """Start ``kota fake serve`` in a child process and return it with its URL."""
    process = subprocess.Popen(
        # Activation at once: each phase pays for its own employees' activation, instead of
        # the next phase paying for the previous one's five seconds later.
        [sys.executable, "-m", "kota_async.cli", "fake", "serve", "--activation-delay", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "CI": "true"},
    )
    assert process.stdout is not None
    for line in process.stdout:
        match = re.search(r"KOTA_BASE_URL=(\S+)", line)
        if match:
            return process, match.group(1)
    raise RuntimeError("kota fake serve exited before printing its URL")


async def make_employer(kota: KotaClient, name: str) -> str:
    """A fresh employer to load one phase's employees into."""
    employer = await kota.employers.create(**employer_fields(name))
    return str(employer.id)


@dataclass
class Phase:
    """What one phase measured: wall time, this process's CPU time, rows that succeeded."""

    seconds: float
    cpu_seconds: float
    done: int


async def phase_bulk(url: str, rows: int, concurrency: int, journal: Path | None) -> Phase:
    """Load `rows` employees with `bulk_create`."""
    async with KotaClient(API_KEY, base_url=url, max_connections=concurrency) as kota:
        employer_id = await make_employer(kota, f"Bench bulk {uuid.uuid4().hex[:6]}")
        bodies = list(employee_bodies(employer_id, rows))
        started, cpu = time.perf_counter(), time.process_time()
        result = await bulk_create(kota, bodies, concurrency=concurrency, journal=journal)
        phase = Phase(time.perf_counter() - started, time.process_time() - cpu, result.created)
    if result.failed:
        print(f"  ({result.failed} rows failed; first: {result.failures[0].message})")
    return phase


async def phase_raw(url: str, rows: int, concurrency: int) -> Phase:
    """Post the same bodies with a bare aiohttp loop (done: 200 answers)."""
    async with KotaClient(API_KEY, base_url=url) as kota:
        employer_id = await make_employer(kota, f"Bench raw {uuid.uuid4().hex[:6]}")
    bodies = iter(list(employee_bodies(employer_id, rows)))
    ok = 0
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker() -> None:
            nonlocal ok
            for body in bodies:
                async with session.post(
                    f"{url}/employees",
                    data=json.dumps(body, separators=(",", ":")).encode(),
                    headers={**headers, "Idempotency-Key": str(uuid.uuid4())},
                ) as response:
                    json.loads(await response.read())
                    ok += response.status == 200

        started, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return Phase(time.perf_counter() - started, time.process_time() - cpu, ok)


def report(label: str, rows: int, concurrency: int, phase: Phase) -> float:
    """Print one phase's line; returns its rows/s."""
    rate = rows / phase.seconds
    print(
        f"{label:<22} {rows} rows  concurrency {concurrency}  {phase.seconds:6.2f} s  "
        f"{rate:7.0f} rows/s  client CPU {phase.cpu_seconds / rows * 1000:.3f} ms/row  "
        f"({phase.done} ok)"
    )
    return rate


async def run(rows: int, concurrency: int) -> None:
    """Run the phases against one FakeKota process and print the results."""
    process, url = start_fake()
    try:
        await phase_raw(url, min(rows, 500), concurrency)  # warm the server up; not reported
        before = await phase_raw(url, rows, concurrency)
        bulk = await phase_bulk(url, rows, concurrency, journal=None)
        bulk_rate = report("bulk_create", rows, concurrency, bulk)
        print(f"{'':<22} peak RSS {peak_rss_mb():.1f} MB (client process, bar < 200 MB)")
        with tempfile.TemporaryDirectory() as scratch:
            journaled = await phase_bulk(
                url, rows, concurrency, journal=Path(scratch) / "bench.journal"
            )
        report("bulk_create + journal", rows, concurrency, journaled)
        after = await phase_raw(url, rows, concurrency)
        raw = Phase(
            (before.seconds + after.seconds) / 2,
            (before.cpu_seconds + after.cpu_seconds) / 2,
            min(before.done, after.done),
        )
        raw_rate = report("raw aiohttp loop", rows, concurrency, raw)
        print(
            f"ratio bulk_create / raw aiohttp: {bulk_rate / raw_rate:.2f}x (bar >= 0.7x; raw is "
            f"the mean of a run before and after the bulk phases: {rows / before.seconds:.0f} "
            f"and {rows / after.seconds:.0f} rows/s)"
        )
    finally:
        process.terminate()
        process.wait(timeout=10)


def main() -> None:
    """Parse the options and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    asyncio.run(run(args.rows, args.concurrency))


if __name__ == "__main__":
    main()
