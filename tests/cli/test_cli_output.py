"""What the command prints when it is not drawing on a terminal: logs stay readable."""

from __future__ import annotations

import io

import pytest

from kota_async.cli_output import Output


def plain_output() -> tuple[Output, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    return Output(out, err), out, err


def test_off_a_terminal_progress_is_a_line_every_tenth_not_a_redraw() -> None:
    output, out, _ = plain_output()
    assert not output.live
    with output.progress("loading", 50) as bar:
        for done in range(1, 51):
            bar.advance(done, f"{done} created")
    lines = out.getvalue().splitlines()
    assert len(lines) == 10
    assert lines[0] == "loading: 5/50 (10%) 5 created"
    assert lines[-1] == "loading: 50/50 (100%) 50 created"


def test_problems_noted_during_progress_go_to_stderr() -> None:
    output, out, err = plain_output()
    with output.progress("loading", 2) as bar:
        bar.note("people.csv:3: email: is required")
    assert err.getvalue() == "people.csv:3: email: is required\n"
    assert out.getvalue() == ""


def test_without_rich_a_table_is_aligned_text(monkeypatch: pytest.MonkeyPatch) -> None:
    output, out, _ = plain_output()
    monkeypatch.setattr(output, "rich", False)
    output.table("summary", ["step", "result"], [["employer", "ok"], ["bulk load", "FAILED"]])
    assert out.getvalue().splitlines() == [
        "summary",
        "step       result",
        "---------  ------",
        "employer   ok",
        "bulk load  FAILED",
    ]


def test_ci_never_gets_a_live_display(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("CI", "true")
    assert not Output(Terminal(), io.StringIO()).live
    monkeypatch.delenv("CI")
    assert Output(Terminal(), io.StringIO()).live
