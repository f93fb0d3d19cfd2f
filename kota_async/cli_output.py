"""What the `kota` command prints: progress, messages and tables, with or without rich.

rich (the ``cli`` extra) draws a live progress bar on a terminal. Logs are not terminals:
under CI, or when the output is piped, a live bar either prints nothing until the end or
floods the log with redraws, so there the same progress becomes a plain line every tenth of
the way. Without rich installed everything still works, in plain text.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from types import TracebackType
from typing import IO, Any

__all__ = ["Output", "ProgressBar"]


def _rich_available() -> bool:
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


class Output:
    """Where the command writes: normal lines to stdout, problems to stderr.

    ``live`` is true when stdout is a terminal outside CI and rich is installed: only then
    are progress bars drawn in place.
    """

    def __init__(self, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> None:
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.rich = _rich_available()
        in_ci = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
        self.live = self.rich and self.stdout.isatty() and not in_ci
        self._console: Any = None

    @property
    def console(self) -> Any:
        """The rich Console over stdout (only when rich is installed)."""
        if self._console is None:
            from rich.console import Console

            # Off a terminal rich assumes 80 columns; logs and files can afford more.
            width = None if self.stdout.isatty() else 120
            self._console = Console(file=self.stdout, highlight=False, width=width)
        return self._console

    def line(self, text: str = "") -> None:
        """Print one line of normal output."""
        print(text, file=self.stdout, flush=True)

    def problem(self, text: str) -> None:
        """Print one line about something that went wrong (stderr, so it survives `> file`)."""
        print(text, file=self.stderr, flush=True)

    def table(self, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Print a titled table: rich's box table when available, aligned text otherwise."""
        if self.rich:
            from rich.table import Table

            table = Table(title=title, title_justify="left")
            for header in headers:
                table.add_column(header, overflow="fold")
            for row in rows:
                table.add_row(*row)
            self.console.print(table)
            return
        widths = [
            max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)
        ]
        self.line(title)
        self.line("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
        self.line("  ".join("-" * w for w in widths))
        for row in rows:
            self.line("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())

    def progress(self, description: str, total: int | None) -> ProgressBar:
        """A progress display for ``total`` steps (unknown total: counts only)."""
        return ProgressBar(self, description, total)


class ProgressBar:
    """A live rich bar on a terminal, or a plain line at every 10% (and at the end) elsewhere.

    Use as a context manager; `note()` prints a message without tearing the bar.
    """

    def __init__(self, output: Output, description: str, total: int | None) -> None:
        self.output = output
        self.description = description
        self.total = total
        self.done = 0
        self.summary = ""
        self._rich: Any = None
        self._task: Any = None
        self._next_report = 0.1
        self._started = time.monotonic()

    def __enter__(self) -> ProgressBar:
        if self.output.live:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self._rich = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[summary]}"),
                TimeElapsedColumn(),
                console=self.output.console,
            )
            self._rich.start()
            self._task = self._rich.add_task(self.description, total=self.total, summary="")
        return self

    def advance(self, done: int, summary: str = "") -> None:
        """Record that ``done`` steps are finished; ``summary`` is a short status text."""
        self.done = done
        self.summary = summary
        if self._rich is not None:
            self._rich.update(self._task, completed=done, summary=summary)
            return
        if self.total:
            while done >= self.total * self._next_report and self._next_report <= 1.0:
                percent = round(self._next_report * 100)
                self.output.line(
                    f"{self.description}: {done}/{self.total} ({percent}%) {summary}".rstrip()
                )
                self._next_report = round(self._next_report + 0.1, 1)

    def note(self, text: str) -> None:
        """Print a problem line above the bar (stderr when no bar is drawn)."""
        if self._rich is not None:
            self._rich.console.print(text, markup=False, highlight=False)
        else:
            self.output.problem(text)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._rich is not None:
            self._rich.stop()
        elif not self.total:
            elapsed = time.monotonic() - self._started
            self.output.line(f"{self.description}: {self.done} in {elapsed:.1f}s {self.summary}")
