"""Shared fixtures of the spec tests, and the summary lines they print after the run.

The conformance figures (``covered N/87 operations, M mismatches``) are the headline of the
spec work, so they are written to the terminal summary where they show without ``-s``, and to
stderr for runs that capture nothing.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from spec_files import load_spec

_SUMMARY = pytest.StashKey[list[str]]()
_TALLY = pytest.StashKey[Counter[str]]()


@pytest.fixture(scope="session")
def our_spec() -> dict[str, Any]:
    """Our spec, parsed once per run; tests that change it must work on a copy."""
    return load_spec()


@pytest.fixture
def spec_summary(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Record a line for the end-of-run summary (and echo it to stderr right away)."""
    lines = request.config.stash.setdefault(_SUMMARY, [])

    def record(line: str) -> None:
        print(line, file=sys.stderr)
        lines.append(line)

    return record


@pytest.fixture
def contract_tally(request: pytest.FixtureRequest) -> Counter[str]:
    """Counts of what the Prism contract test could check, summed over its operations."""
    return request.config.stash.setdefault(_TALLY, Counter())


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Print the recorded spec figures in their own section at the end of the run."""
    recorded: list[str] = config.stash.get(_SUMMARY, [])
    lines = list(recorded)
    tally = config.stash.get(_TALLY, Counter())
    if tally:
        lines.append(
            f"prism contract: {tally['accepted']}/{tally['called']} operations called through the "
            f"SDK drew no request violation; {tally['typed']} answers decoded into typed models, "
            f"{tally['request_only']} held to the request side only"
        )
    if lines:
        terminalreporter.write_sep("-", "openapi spec")
        for line in lines:
            terminalreporter.write_line(line)
