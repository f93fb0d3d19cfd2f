"""`kota fake serve`: run FakeKota as a standalone server for manual testing and other tools.

Point anything at it (this SDK, curl, another language's client) with any ``pk_test_`` key.
It prints the two environment variables to export, then serves until Ctrl-C or SIGTERM.
State lives in memory and is gone when it stops.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
from typing import Any

from kota_async.cli_output import Output

__all__ = ["add_parser", "serve"]

DEMO_API_KEY = "pk_test_local"
"""The key the printed instructions suggest; FakeKota accepts any ``pk_test_`` key."""


def add_parser(subparsers: Any) -> None:
    """Register ``fake serve`` under the ``kota`` command's subcommands."""
    fake = subparsers.add_parser("fake", help="a local, in-memory Kota for testing")
    commands = fake.add_subparsers(dest="fake_command", required=True)
    parser = commands.add_parser(
        "serve",
        help="serve FakeKota on 127.0.0.1 until interrupted",
        description="Serve FakeKota on 127.0.0.1 (in memory; nothing is kept after it stops).",
    )
    parser.add_argument(
        "--port", type=int, default=0, help="port to listen on (default: any free port)"
    )
    parser.add_argument(
        "--latency",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="delay every request by this much (to watch progress bars, or test timeouts)",
    )
    parser.add_argument(
        "--activation-delay",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="how long new employers and employees stay pending (default 5)",
    )
    parser.set_defaults(handler=_handle_serve)


def _handle_serve(args: argparse.Namespace, output: Output) -> int:
    if not 0 <= args.port <= 65535:
        output.problem("kota: --port must be between 0 and 65535")
        return 2
    if args.latency < 0 or args.activation_delay < 0:
        output.problem("kota: --latency and --activation-delay must not be negative")
        return 2
    try:
        asyncio.run(
            serve(args.port, output, latency=args.latency, activation_delay=args.activation_delay)
        )
    except OSError as exc:
        output.problem(f"kota: cannot serve on port {args.port}: {exc.strerror or exc}")
        return 2
    return 0


async def serve(
    port: int, output: Output, *, latency: float = 0.0, activation_delay: float = 5.0
) -> None:
    """Run a FakeKota on 127.0.0.1:``port`` until SIGINT or SIGTERM."""
    from kota_async.testing import FakeKota

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with FakeKota(port=port, activation_delay=activation_delay) as fake:
        if latency:
            fake.faults.latency(latency)
        output.line(f"FakeKota is serving on {fake.url} (Ctrl-C to stop)")
        output.line(f"  export KOTA_BASE_URL={fake.url}")
        output.line(f"  export KOTA_API_KEY={DEMO_API_KEY}")
        await stop.wait()
    output.line("FakeKota stopped")
