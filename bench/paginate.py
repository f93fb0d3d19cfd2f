"""Benchmark: listing 10,000 employees page by page, sequentially vs with `prefetch=8`.

    python bench/paginate.py [--items 10000] [--page-size 100] [--latency-ms 20] [--rounds 3]

A stub server (its own process) serves `GET /employees` from precomputed pages and waits
`--latency-ms` before each answer, like a real API across a network. The same listing is
iterated with `async for` twice per round: one page at a time, then with `prefetch=8`
(up to 8 page requests in flight once `total_count` is known). Both must yield every item
exactly once, in order; the script checks that, then prints the median times and their
ratio next to the issue's bar (>= 5x). It never asserts on timing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time

from aiohttp import web

from kota_async.client import KotaClient

API_KEY = "pk_test_bench_paginate"


def employee(number: int) -> dict[str, object]:
    """One EmployeeResponse body; the id encodes its position in the listing."""
    return {
        "platform_id": "pt_bench",
        "id": f"ee_{number:08d}",
        "employer_id": "er_bench",
        "status": "active",
        "first_name": f"First{number}",
        "last_name": "Bench",
        "date_of_birth": "1990-05-17",
        "sex_at_birth": "male",
        "national_tax_id": f"T{number:08d}",
        "start_on": "2025-01-01",
        "phone_number": "+35312345678",
        "email": f"e{number}@example.com",
        "object": "employee",
    }


def serve(items: int, latency: float) -> None:
    """The stub: print the port, then serve pages of `items` employees after `latency`."""
    everyone = [employee(n) for n in range(items)]
    cache: dict[tuple[int, int], bytes] = {}

    async def list_employees(request: web.Request) -> web.Response:
        page = int(request.query.get("page", "1"))
        size = int(request.query.get("page_size", "10"))
        body = cache.get((page, size))
        if body is None:
            chunk = everyone[(page - 1) * size : page * size]
            body = json.dumps(
                {
                    "items": chunk,
                    "page": page,
                    "page_size": len(chunk),
                    "total_count": items,
                    "has_next_page": page * size < items,
                    "has_previous_page": page > 1,
                }
            ).encode()
            cache[(page, size)] = body
        await asyncio.sleep(latency)
        return web.Response(body=body, content_type="application/json")

    async def run() -> None:
        app = web.Application()
        app.router.add_get("/employees", list_employees)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        print(runner.addresses[0][1], flush=True)
        await asyncio.Event().wait()

    asyncio.run(run())


async def list_all(url: str, page_size: int, prefetch: int, expected: int) -> float:
    """Iterate the whole listing; return seconds taken (after checking order and count)."""
    async with KotaClient(API_KEY, base_url=url) as kota:
        started = time.perf_counter()
        ids = [e.id async for e in kota.employees.list(page_size=page_size, prefetch=prefetch)]
        elapsed = time.perf_counter() - started
    if ids != [f"ee_{n:08d}" for n in range(expected)]:
        raise RuntimeError(f"prefetch={prefetch} did not yield every item once, in order")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--prefetch", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.items, args.latency_ms / 1000)
        return

    command = [sys.executable, __file__, "--serve", "--items", str(args.items)]
    command += ["--latency-ms", str(args.latency_ms)]
    stub = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    sequential: list[float] = []
    prefetched: list[float] = []
    try:
        assert stub.stdout is not None
        url = f"http://127.0.0.1:{stub.stdout.readline().strip()}"
        asyncio.run(list_all(url, args.page_size, 0, args.items))  # warm the stub's page cache
        for _ in range(args.rounds):
            sequential.append(asyncio.run(list_all(url, args.page_size, 0, args.items)))
            prefetched.append(asyncio.run(list_all(url, args.page_size, args.prefetch, args.items)))
    finally:
        stub.terminate()
        stub.wait()

    seq, pre = statistics.median(sequential), statistics.median(prefetched)
    print(
        f"paginate: {args.items} items, page_size {args.page_size}, "
        f"{args.latency_ms:g} ms latency: sequential {seq:.2f} s ({args.items / seq:.0f} items/s), "
        f"prefetch={args.prefetch} {pre:.2f} s ({args.items / pre:.0f} items/s) = "
        f"{seq / pre:.1f}x [bar >= 5x]"
    )


if __name__ == "__main__":
    main()
