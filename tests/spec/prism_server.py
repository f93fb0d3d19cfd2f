"""Run the Prism mock server on our spec for the length of a test module.

Prism (``@stoplight/prism-cli``, pinned in package.json) validates each request against
``openapi/kota.yaml``. With ``--errors`` a request that breaks the spec is answered with a
4xx problem document instead of a mock, and every answer carries the violations it found in
an ``sl-violations`` header. ``-d --seed`` makes it generate response bodies from the
schemas, the same ones for the same sequence of calls.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from spec_files import REPO, SPEC_PATH

PRISM_BIN = REPO / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 45.0


class PrismError(RuntimeError):
    """Prism did not start; the message carries the tail of its log."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1.0):
            return True
    except urllib.error.HTTPError:
        return True  # any HTTP answer (Prism says 404/401 here) means it is serving
    except OSError:
        return False


@contextmanager
def running_prism(log_path: Path, spec_path: Path = SPEC_PATH) -> Iterator[str]:
    """Start Prism on a free loopback port, yield its base URL, and stop it afterwards."""
    port = free_port()
    command = [
        str(PRISM_BIN), "mock", str(spec_path),
        "-h", "127.0.0.1", "-p", str(port),
        "--errors", "-d", "--seed", "kota-async",
    ]  # fmt: skip
    with log_path.open("wb") as log:
        # A session of its own, so stopping it also stops any helper process it forks.
        process = subprocess.Popen(
            command, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not _answers(f"{base_url}/__prism_ready"):
            if process.poll() is not None or time.monotonic() > deadline:
                tail = log_path.read_text(errors="replace")[-3000:]
                raise PrismError(f"Prism did not start (exit code {process.poll()}):\n{tail}")
            time.sleep(0.1)
        yield base_url
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
