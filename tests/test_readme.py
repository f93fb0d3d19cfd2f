"""The README's promises: its test command is what CI runs, and it lists every operation."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def first_commands() -> list[str]:
    """The commands in the README's first code block (the newcomer's two commands)."""
    block = README.split("```bash\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line and not line.startswith("#")]


def test_the_readme_opens_with_the_demo_and_the_test_command() -> None:
    demo, test = first_commands()
    assert demo.endswith("kota demo")
    assert "pytest" in test
    assert README.index("```bash") < 200, "the two commands must be the README's first lines"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _, test = first_commands()
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert ci[-1] == test


def test_the_readme_lists_every_operation() -> None:
    sys.path.insert(0, str(ROOT / "generator"))
    import regenerate

    table = regenerate.operations_table()
    assert table in README, (
        "README's operation table is stale: paste `python generator/regenerate.py --operations`"
    )
    assert table.count("\n| `kota.") == 87
