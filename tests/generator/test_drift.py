"""The generated core is exactly what the generator makes from the spec, and nothing else."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generator"))

import regenerate  # noqa: E402


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "_generated"
    regenerate.generate(out)
    return out


def test_generated_code_is_up_to_date_with_the_spec(fresh: Path) -> None:
    drift = regenerate._differences(fresh, regenerate.TARGET)
    assert drift == [], "kota_async/_generated is stale: run `nox -s generate`\n" + "\n".join(drift)


def test_a_hand_edit_of_a_generated_file_is_caught(fresh: Path, tmp_path: Path) -> None:
    edited = tmp_path / "_generated"
    shutil.copytree(regenerate.TARGET, edited, ignore=shutil.ignore_patterns("__pycache__"))
    model = edited / "models" / "employee_response.py"
    model.write_text(model.read_text() + "\n# a quick fix, by hand\n")
    drift = regenerate._differences(fresh, edited)
    assert drift == [f"differs: {fresh / 'models' / 'employee_response.py'}"]


def test_generation_is_deterministic(fresh: Path, tmp_path: Path) -> None:
    again = tmp_path / "_generated"
    regenerate.generate(again)
    assert regenerate._differences(fresh, again) == []


def test_the_generated_package_uses_no_httpx() -> None:
    found = subprocess.run(
        ["grep", "-rln", "httpx", str(ROOT / "kota_async")], capture_output=True, text=True
    )
    assert found.stdout == ""


def test_check_mode_reports_drift_with_exit_status(tmp_path: Path) -> None:
    copy = tmp_path / "_generated"
    shutil.copytree(regenerate.TARGET, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "types.py").write_text("# edited\n")
    assert any("types.py" in line for line in regenerate.check(copy))
