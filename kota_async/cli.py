"""The `kota` command: ``kota demo``, ``kota employees import``, ``kota fake serve``.

Installed with the package (``pip install 'kota-async[cli]'`` adds rich for progress bars;
without it the command still works, in plain text). Each subcommand lives in its own module
(`cli_demo`, `cli_import`, `cli_fake`), registers its arguments with `add_parser`, and
returns an exit status: 0 success, 1 the work ran but something in it failed (e.g. a bad
row), 2 the command could not run as asked (bad arguments, missing API key, unreadable file).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kota_async import cli_demo, cli_fake, cli_import
from kota_async._version import __version__
from kota_async.cli_output import Output

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the whole command (exposed for docs and tests)."""
    parser = argparse.ArgumentParser(
        prog="kota",
        description="Tools for the Kota API: a no-credentials demo, CSV import, a local fake.",
    )
    parser.add_argument("--version", action="version", version=f"kota-async {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    cli_demo.add_parser(commands)
    cli_import.add_parser(commands)
    cli_fake.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args = build_parser().parse_args(argv)
    output = Output()
    try:
        status: int = args.handler(args, output)
    except KeyboardInterrupt:
        output.problem("kota: interrupted")
        return 130
    return status


if __name__ == "__main__":
    sys.exit(main())
