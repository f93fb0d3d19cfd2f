"""Where the spec tests find our spec and Kota's reference, and how they read them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "openapi" / "kota.yaml"
# The reference lives in ../shared beside the repository: CI has it, a user's clone does not.
REFERENCE_PATH = (
    Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "kota-openapi.json"
)


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """Parse our spec, with libyaml when present (five times faster than pure Python)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return document


def load_reference(path: Path = REFERENCE_PATH) -> dict[str, Any]:
    """Parse Kota's published description."""
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document
