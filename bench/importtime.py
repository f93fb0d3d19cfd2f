"""Benchmark: what `import kota_async` costs, next to `import aiohttp`.

    python bench/importtime.py [--runs 9]

Each measurement is a fresh interpreter timing one import statement from inside (so
interpreter start-up is not counted). Subjects alternate run by run and the median is
reported. The issue's bar: `import kota_async` <= 1.5x `import aiohttp`. For context it
also times `from kota_async import KotaClient`, which loads the client, aiohttp and the
resource namespaces (models still load one by one, on first use). It never asserts.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

SUBJECTS = {
    "import aiohttp": "import aiohttp",
    "import kota_async": "import kota_async",
    "from kota_async import KotaClient": "from kota_async import KotaClient",
}

PROBE = "import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"


def time_import(statement: str) -> float:
    """Seconds one fresh interpreter spends on `statement`."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(statement=statement)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    for statement in SUBJECTS.values():
        time_import(statement)  # warm the OS file cache and __pycache__
    samples: dict[str, list[float]] = {name: [] for name in SUBJECTS}
    for _ in range(args.runs):
        for name, statement in SUBJECTS.items():
            samples[name].append(time_import(statement))

    median = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    base = median["import aiohttp"]
    client = median["from kota_async import KotaClient"]
    print(
        f"importtime (median of {args.runs} fresh processes): import kota_async "
        f"{median['import kota_async']:.1f} ms = {median['import kota_async'] / base:.2f}x "
        f"import aiohttp ({base:.1f} ms) [bar <= 1.5x]; "
        f"from kota_async import KotaClient {client:.1f} ms = {client / base:.2f}x"
    )


if __name__ == "__main__":
    main()
