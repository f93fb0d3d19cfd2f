"""Regenerate `kota_async/_generated/` from `openapi/kota.yaml`: the only writer of that folder.

    python generator/regenerate.py            # rewrite kota_async/_generated
    python generator/regenerate.py --check    # exit 1 if it is out of date (the drift test)

openapi-python-client parses the spec and renders our templates (generator/templates: attrs
models with no serialization code, one module per operation describing its call, no HTTP
library at all). We then render what the stock generator has no slot for: the resource
namespaces (`resources.py`), the webhook event registry (`events.py`) and the spec as JSON
(`openapi.json`, for FakeKota's request validation). Everything is formatted with the pinned
ruff, so two runs are byte-identical.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from openapi_python_client import Project, _get_document
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

sys.path.insert(0, str(Path(__file__).parent))
import naming
from normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "kota.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
TARGET = ROOT / "kota_async" / "_generated"
DROPPED = ("client.py", "errors.py")  # the stock HTTP client: ours is handwritten


def _raw(text: Any) -> str:
    return text.get_untrusted_value() if hasattr(text, "get_untrusted_value") else str(text)


def _events(document: dict[str, Any], data: GeneratorData) -> list[dict[str, str]]:
    classes = {m.class_info.name for m in data.models}
    schemas = document["components"]["schemas"]
    events = []
    for key, item in document.get("webhooks", {}).items():
        op = item["post"]
        schema_name = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].split("/")[
            -1
        ]
        props = schemas[schema_name].get("properties", {})
        family = "v2" if "version" in props else "v1"
        class_name = naming.identifier(schema_name)
        if class_name not in classes:
            raise naming.NamingError(f"webhook {key}: no model named {class_name}")
        events.append({"type": op["x-kota-event-type"], "family": family, "class_name": class_name})
    return sorted(events, key=lambda e: (e["type"], e["family"]))


def generate(out: Path) -> None:
    """Render the whole generated package into `out` (which must not exist)."""
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, SPEC, "utf-8", True, out
    )
    document = _get_document(source=SPEC, timeout=5)
    if isinstance(document, GeneratorError):
        raise SystemExit(f"cannot read {SPEC}: {document.detail}")
    data = GeneratorData.from_dict(normalize(document), config=config)
    if isinstance(data, GeneratorError):
        raise SystemExit(f"cannot parse {SPEC}: {data.detail}")
    operations = naming.build_operations(data, document)
    by_name = {op.module: op for op in operations}
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    project.env.filters["raw"] = _raw
    project.env.globals["kota_operation"] = lambda ep: by_name[_raw(ep.name).replace("-", "_")]
    errors = [e for e in project.build() if e.level.value == "error" or e.header]
    if errors:
        raise SystemExit("\n".join(f"{e.header}: {e.detail}" for e in errors))
    for name in DROPPED:
        (out / name).unlink()
    tree = naming.build_tree(operations)
    type_names = sorted({name for op in operations for name in op.modules})
    env = project.env
    (out / "resources.py").write_text(
        env.get_template("resources.py.jinja").render(nodes=tree.walk(), type_names=type_names)
    )
    (out / "events.py").write_text(
        env.get_template("events.py.jinja").render(events=_events(document, data))
    )
    (out / "openapi.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    _format(out)


def _format(out: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    settings = ["--config", str(ROOT / "pyproject.toml"), "--no-cache", "--quiet"]
    fix = ["check", *settings, "--fix-only", "--select", "F401,I,UP,F841", "--exit-zero"]
    subprocess.run([*ruff, *fix, str(out)], check=True, cwd=ROOT)
    subprocess.run([*ruff, "format", *settings, str(out)], check=True, cwd=ROOT)


def _differences(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [f"only in {cmp.left}: {n}" for n in cmp.left_only]
    out += [f"only in {cmp.right}: {n}" for n in cmp.right_only]
    out += [f"differs: {Path(cmp.left, n)}" for n in cmp.diff_files]
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    out += [f"differs: {Path(a, n)}" for n in mismatch if f"differs: {Path(a, n)}" not in out]
    out += [f"unreadable: {n}" for n in errors]
    for sub in cmp.common_dirs:
        out += _differences(a / sub, b / sub)
    return out


def check(target: Path = TARGET) -> list[str]:
    """Regenerate into a temporary folder and list how `target` differs from it."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "_generated"
        generate(fresh)
        return _differences(fresh, target)


def operations() -> list[naming.Operation]:
    """Every operation as the SDK exposes it (for the README's table and its test)."""
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, SPEC, "utf-8", True, None
    )
    document = _get_document(source=SPEC, timeout=5)
    assert not isinstance(document, GeneratorError)
    data = GeneratorData.from_dict(normalize(document), config=config)
    assert not isinstance(data, GeneratorError)
    return naming.build_operations(data, document)


def operations_table() -> str:
    """The README's table of operations, one row per operation."""
    rows = ["| call | HTTP | returns |", "| --- | --- | --- |"]
    for op in operations():
        args = ", ".join(a.py for a in op.path_params)
        call = f"`kota.{'.'.join((*op.namespace, op.verb))}({args})`"
        rows.append(f"| {call} | `{op.method} {op.path}` | `{op.return_type}` |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report drift, write nothing")
    parser.add_argument("--operations", action="store_true", help="print the README table")
    args = parser.parse_args(argv)
    if args.operations:
        print(operations_table())
        return 0
    if args.check:
        drift = check()
        for line in drift:
            print(line)
        return 1 if drift else 0
    with tempfile.TemporaryDirectory(dir=TARGET.parent) as tmp:
        fresh = Path(tmp) / "_generated"
        generate(fresh)
        shutil.rmtree(TARGET, ignore_errors=True)
        fresh.rename(TARGET)
    print(f"regenerated {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
