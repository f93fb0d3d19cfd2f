"""`kota demo` and `kota fake serve` run as a user (or CI) runs them: as a process, with no
terminal and CI=true."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.request
from urllib.error import HTTPError

import pytest

DEMO_STEPS = [
    "create an employer",
    "bulk-load 500 employees under faults",
    "list employees",
    "employer embed token",
    "employee embed token",
    "hosted link (single use)",
    "signed webhook",
    "action-required message",
    "offboard and cancel",
    "finalize contribution report",
]


def kota(*args: str) -> list[str]:
    return [sys.executable, "-m", "kota_async.cli", *args]


def test_the_demo_walks_the_whole_integration_and_exits_0() -> None:
    finished = subprocess.run(
        kota("demo"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, "CI": "true"},
    )
    out = finished.stdout
    assert finished.returncode == 0, out + finished.stderr
    assert "10/10 steps passed" in out
    for step in DEMO_STEPS:
        assert re.search(rf"^\[ok \] {re.escape(step)}: ", out, re.M), step
    assert "500/500 created" in out
    assert "500 in 5 pages, none twice" in out
    # the bulk load really was faulted, and every kind of fault was survived
    for kind in ("500s after commit", "drops after commit", "429s", "timeouts"):
        assert re.search(rf"\d+ {kind}", out), kind
    # no live-redraw control codes in a log
    assert "\x1b[" not in out
    assert finished.stderr == ""


def test_fake_serve_prints_where_it_listens_and_stops_cleanly_on_sigint() -> None:
    server = subprocess.Popen(
        kota("fake", "serve"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "CI": "true"},
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        assert first.startswith("FakeKota is serving on http://127.0.0.1:")
        url = first.split()[4]
        assert f"export KOTA_BASE_URL={url}" in server.stdout.readline()
        assert "export KOTA_API_KEY=pk_test_" in server.stdout.readline()

        request = urllib.request.Request(f"{url}/employers", headers={"Authorization": ""})
        with pytest.raises(HTTPError) as refused:
            urllib.request.urlopen(request, timeout=5)
        assert refused.value.code == 401
        assert json.loads(refused.value.read())["status"] == 401

        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=10) == 0
        assert "FakeKota stopped" in server.stdout.read()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_fake_serve_refuses_a_bad_port() -> None:
    finished = subprocess.run(
        kota("fake", "serve", "--port", "70000"), capture_output=True, text=True, timeout=30
    )
    assert finished.returncode == 2
    assert "--port" in finished.stderr
