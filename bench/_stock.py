"""The stock openapi-python-client output for our spec, generated at bench time.

Benchmarks compare against it side by side; it is never committed (it would be a second,
httpx-based copy of the core) and lives in a temporary folder for one run.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def stock_client() -> ModuleType:
    """Generate `stock_client` from openapi/kota.yaml into a temp dir and import it."""
    out = Path(tempfile.mkdtemp(prefix="kota-stock-")) / "stock_client"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(ROOT / "openapi" / "kota.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    sys.path.insert(0, str(out.parent))
    return importlib.import_module("stock_client")
