"""Developer tasks: `nox -s tests lint typecheck generate bench`.

Each session installs the project from its own files (`pip install -e '.[dev]'`), so a
fresh machine needs only Python, Node (for the Prism contract test) and nox.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent


def _install(session: nox.Session) -> None:
    session.install("-e", ".[dev]")


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite (Prism is installed from package-lock.json first)."""
    _install(session)
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff, on the whole tree (generated code included)."""
    _install(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package, generated code included."""
    _install(session)
    session.run("mypy")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate kota_async/_generated from openapi/kota.yaml."""
    _install(session)
    session.run("python", "generator/regenerate.py")


@nox.session
def bench(session: nox.Session) -> None:
    """Every benchmark in bench/, each printing its ratios measured side by side."""
    _install(session)
    for script in sorted((ROOT / "bench").glob("[!_]*.py")):
        session.run("python", str(script), *session.posargs)
