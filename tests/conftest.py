"""Shared test settings. Each area keeps its own fixtures in its own folder."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "kota-openapi.json"
