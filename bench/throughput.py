"""Benchmark: how much a `KotaClient` call costs next to the alternatives.

    python bench/throughput.py [--calls 5000] [--concurrency 64] [--rounds 5]

A stub server (its own process, so this process holds only client work) answers
`POST /employees` with a canned employee. The same number of `employees.create` calls, with
the same worker count, go through:

1. `KotaClient`: validation of the body, an Idempotency-Key per call, the retry loop, and
   the answer decoded into an `EmployeeResponse` model;
2. a hand-written aiohttp loop: the same JSON body and headers, `json.loads` of the answer,
   nothing else (the floor any aiohttp-based client is measured against);
3. the stock openapi-python-client output for our spec (httpx), generated into a temp dir
   at bench time, called through its `create_employee.asyncio`.

KotaClient and raw aiohttp run in pairs, back to back, alternating who goes first, so load
from elsewhere on the machine hits both sides of a pair; their ratio is the median of the
per-pair ratios. The stock client is ~10x slower, so it runs once by default
(`--stock-rounds`). Client CPU time per call is printed too: it is what the SDK adds, and
is steadier than wall-clock rates on a busy machine. The bars (KotaClient >= 0.8x raw
aiohttp, >= 1.5x stock httpx) are printed next to the ratios; the script never asserts on
timing.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from types import ModuleType
from typing import Any

import aiohttp
import httpx
from _stock import stock_client
from aiohttp import web

from kota_async.client import KotaClient

API_KEY = "pk_test_bench_throughput"

NEW_EMPLOYEE: dict[str, Any] = {
    "employer_id": "er_bench",
    "first_name": "Grace",
    "last_name": "Hopper",
    "date_of_birth": "1986-12-09",
    "sex_at_birth": "female",
    "home_address": {
        "line1": "1 Harbour St",
        "city": "Dublin",
        "postal_code": "D02",
        "country_code": "ie",
    },
    "national_tax_id": "IE1234567T",
    "start_on": "2025-01-01",
    "phone_number": "+35312345678",
    "email": "grace@example.com",
}

CANNED_EMPLOYEE = json.dumps(
    {
        **NEW_EMPLOYEE,
        "platform_id": "pt_bench",
        "id": "ee_3b1333d87d9d4fd6ad83ba7f6b0e951a",
        "status": "pending",
        "metadata": {"payroll_id": "P-17"},
        "object": "employee",
    }
).encode()

Call = Callable[[], Awaitable[object]]
Result = tuple[float, float]
"""(calls per second, client CPU microseconds per call) of one measured run."""

WARMUP = 300
"""Calls made (and not timed) before each measurement: connections open, code paths warm."""


def serve() -> None:
    """The stub: print the port, then answer every POST /employees with the canned body."""

    async def create(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(body=CANNED_EMPLOYEE, content_type="application/json")

    async def run() -> None:
        app = web.Application()
        app.router.add_post("/employees", create)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        print(runner.addresses[0][1], flush=True)
        await asyncio.Event().wait()

    asyncio.run(run())


async def drive(call: Call, calls: int, concurrency: int) -> float:
    """Make `calls` calls with `concurrency` workers; return calls per second."""
    remaining = iter(range(calls))

    async def worker() -> None:
        for _ in remaining:
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return calls / (time.perf_counter() - started)


async def measure(call: Call, calls: int, concurrency: int) -> Result:
    """Warm up, then return (calls per second, client CPU microseconds per call)."""
    await drive(call, min(WARMUP, calls), concurrency)
    cpu = time.process_time()
    rate = await drive(call, calls, concurrency)
    return rate, (time.process_time() - cpu) / calls * 1e6


async def run_kota(url: str, calls: int, concurrency: int) -> Result:
    async with KotaClient(API_KEY, base_url=url, max_connections=concurrency) as kota:
        create = kota.employees.create

        async def call() -> object:
            return await create(**NEW_EMPLOYEE)

        return await measure(call, calls, concurrency)


async def run_raw(url: str, calls: int, concurrency: int) -> Result:
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        target = url + "/employees"
        auth = f"Bearer {API_KEY}"

        async def call() -> object:
            headers = {
                "Authorization": auth,
                "Content-Type": "application/json",
                "Idempotency-Key": str(uuid.uuid4()),
            }
            body = json.dumps(NEW_EMPLOYEE).encode()
            async with session.post(target, data=body, headers=headers) as resp:
                answer = await resp.read()
                if resp.status != 200:
                    raise RuntimeError(f"stub answered {resp.status}")
                return json.loads(answer)

        return await measure(call, calls, concurrency)


async def run_stock(stock: ModuleType, url: str, calls: int, concurrency: int) -> Result:
    create_employee = importlib.import_module(f"{stock.__name__}.api.employees.create_employee")
    request_model = importlib.import_module(f"{stock.__name__}.models").CreateEmployeeRequest
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    client = stock.AuthenticatedClient(base_url=url, token=API_KEY, httpx_args={"limits": limits})
    async with client:

        async def call() -> object:
            result = await create_employee.asyncio(
                client=client,
                body=request_model.from_dict(NEW_EMPLOYEE),
                idempotency_key=str(uuid.uuid4()),
            )
            if result is None:
                raise RuntimeError("the stock client parsed no employee")
            return result

        return await measure(call, calls, concurrency)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=5, help="KotaClient / raw aiohttp pairs")
    parser.add_argument("--stock-rounds", type=int, default=1, help="stock httpx runs")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return

    stock = stock_client()
    calls, concurrency = args.calls, args.concurrency
    runs: dict[str, list[Result]] = {"KotaClient": [], "raw aiohttp": [], "stock httpx": []}
    pair: list[tuple[str, Callable[[str, int, int], Coroutine[None, None, Result]]]] = [
        ("KotaClient", run_kota),
        ("raw aiohttp", run_raw),
    ]
    stub = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert stub.stdout is not None
        url = f"http://127.0.0.1:{stub.stdout.readline().strip()}"
        for round_no in range(args.rounds):
            for name, runner in pair if round_no % 2 == 0 else pair[::-1]:
                runs[name].append(asyncio.run(runner(url, calls, concurrency)))
        for _ in range(args.stock_rounds):
            runs["stock httpx"].append(asyncio.run(run_stock(stock, url, calls, concurrency)))
    finally:
        stub.terminate()
        stub.wait()

    print(f"throughput: {calls} x employees.create at concurrency {concurrency}")
    for name, results in runs.items():
        rates = ", ".join(f"{rate:.0f}" for rate, _ in results)
        cpu = statistics.median(c for _, c in results)
        print(f"  {name:<12} {cpu:5.0f} us client CPU/call; calls/s per run: {rates}")
    kota, raw, stock_rate = (statistics.median(r for r, _ in runs[n]) for n in runs)
    pairs = zip(runs["KotaClient"], runs["raw aiohttp"], strict=True)
    vs_raw = statistics.median(k / r for (k, _), (r, _) in pairs)
    print(
        f"throughput: KotaClient {kota:.0f}/s = {vs_raw:.2f}x raw aiohttp ({raw:.0f}/s) "
        f"[bar >= 0.8x], {kota / stock_rate:.2f}x stock httpx ({stock_rate:.0f}/s) [bar >= 1.5x]"
    )


if __name__ == "__main__":
    main()
