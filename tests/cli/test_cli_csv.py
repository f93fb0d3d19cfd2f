"""Reading the import CSV: the columns a user writes become the request bodies Kota needs.

These run without a server: they check the file format (documented in
`kota_async.cli_import`) and the command's refusals before anything is sent.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml  # type: ignore[import-untyped, unused-ignore]

from kota_async.cli import main
from kota_async.cli_import import COLUMNS, METADATA_PREFIX, CsvFormatError, parse_csv

ROOT = Path(__file__).resolve().parents[2]


def _read(text: str) -> tuple[list[dict[str, object]], list[int], list[tuple[int, str]]]:
    parsed, rows = parse_csv(io.StringIO(text), Path("people.csv"), "er_1")
    materialised = list(rows)
    return materialised, parsed.line_of, parsed.refused


def test_columns_cover_every_create_employee_field_of_the_spec() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "kota.yaml").read_text())
    schemas = spec["components"]["schemas"]
    request = schemas["CreateEmployeeRequest"]["properties"]
    expected: set[str] = set()
    for name, prop in request.items():
        if name in ("employer_id", "metadata"):
            continue  # from --employer-id, and metadata.<name> columns
        ref = next((item["$ref"] for item in prop.get("allOf", []) if "$ref" in item), None)
        target = schemas[ref.rsplit("/", 1)[1]] if ref else None
        if target is not None and target.get("type") == "object":
            expected.update(f"{name}.{child}" for child in target["properties"])
        else:
            expected.add(name)
    assert set(COLUMNS) == expected


def test_dotted_columns_become_nested_objects_and_empty_cells_are_left_out() -> None:
    rows, lines, refused = _read(
        "email,first_name,home_address.city,home_address.line2,metadata.team,metadata.site\n"
        "a@example.com,Ann,Dublin,,blue,\n"
    )
    assert rows == [
        {
            "employer_id": "er_1",
            "email": "a@example.com",
            "first_name": "Ann",
            "home_address": {"city": "Dublin"},
            "metadata": {"team": "blue"},
        }
    ]
    assert lines == [2]
    assert refused == []


def test_line_numbers_follow_the_file_through_blank_lines_and_multiline_cells() -> None:
    rows, lines, refused = _read(
        'email,home_address.line1\na@x.io,"1 Long\nRoad"\n\nb@x.io,2 Road\nc@x.io,3,extra\n'
    )
    assert [r["email"] for r in rows] == ["a@x.io", "b@x.io"]
    assert rows[0]["home_address"] == {"line1": "1 Long\nRoad"}
    assert lines == [2, 5]
    assert refused == [(6, "3 cells but the header has 2 columns")]


@pytest.mark.parametrize(
    ("header", "complaint"),
    [
        ("email,frist_name\n", "unknown column(s) 'frist_name'"),
        ("employer_id,email\n", "--employer-id"),
        ("email,email\n", "given twice"),
        ("", "empty"),
    ],
)
def test_a_bad_header_refuses_the_whole_file(header: str, complaint: str) -> None:
    with pytest.raises(CsvFormatError, match=complaint.replace("(", r"\(").replace(")", r"\)")):
        parse_csv(io.StringIO(header), Path("people.csv"), "er_1")


def test_the_import_command_refuses_a_bad_header_before_needing_a_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KOTA_API_KEY", raising=False)
    path = tmp_path / "people.csv"
    path.write_text("email,nickname\na@x.io,A\n")
    assert main(["employees", "import", str(path), "--employer-id", "er_1"]) == 2
    assert "unknown column(s) 'nickname'" in capsys.readouterr().err


def test_the_import_command_needs_an_api_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KOTA_API_KEY", raising=False)
    path = tmp_path / "people.csv"
    path.write_text("email\na@x.io\n")
    assert main(["employees", "import", str(path), "--employer-id", "er_1"]) == 2
    assert "KOTA_API_KEY" in capsys.readouterr().err


def test_a_missing_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.csv"
    assert main(["employees", "import", str(missing), "--employer-id", "er_1"]) == 2
    assert f"cannot read {missing}" in capsys.readouterr().err


def test_columns_lists_what_import_understands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["employees", "columns"]) == 0
    listed = capsys.readouterr().out.split()
    assert listed == [*COLUMNS, f"{METADATA_PREFIX}<name>"]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from kota_async import __version__

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"kota-async {__version__}"
