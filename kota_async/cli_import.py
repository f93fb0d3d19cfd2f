"""`kota employees import FILE.csv`: load a spreadsheet of employees through `bulk_create`.

The CSV format
--------------

One header row, then one employee per record (UTF-8, an Excel BOM is fine). Column names are
the `CreateEmployeeRequest` body fields; a nested object's fields are dotted:

=====================================  ==================================================
column                                 notes
=====================================  ==================================================
first_name, last_name, email           required
date_of_birth, start_on                required, ``YYYY-MM-DD``
sex_at_birth                           required, ``male`` or ``female``
national_tax_id, phone_number          required
home_address.line1, .city,             required (``home_address.country_code`` is the
.postal_code, .country_code            ISO 3166 alpha-2 code in lower case, e.g. ``ie``)
home_address.line2, .line3, .state     optional
external_customer_id                   optional; your own id, and the row's identity
nationality                            optional, alpha-2 country code
earliest_benefits_start_date           optional, ``YYYY-MM-DD``
bank_account.account_number            optional
metadata.<name>                        optional; each becomes ``metadata[<name>]``
=====================================  ==================================================

The employer comes from ``--employer-id``. An empty cell means "not given". Column order is
free; an unknown column is refused before anything is sent, because a misspelt header would
otherwise silently drop that data from every row. Values are checked by the SDK and by Kota;
each bad row is reported as ``FILE:LINE: FIELD: problem`` while the other rows go on, and
the command exits 1 if any row failed (re-run it: rows already created are not created again).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from attrs import define, field

from kota_async.bulk import BulkProgress, BulkResult, JournalError, RowResult, bulk_create
from kota_async.cli_output import Output, ProgressBar
from kota_async.errors import APIError

__all__ = [
    "ADDRESS_COLUMNS",
    "COLUMNS",
    "ParsedFile",
    "parse_csv",
    "run_import",
]

TOP_LEVEL_COLUMNS = (
    "external_customer_id",
    "first_name",
    "last_name",
    "date_of_birth",
    "sex_at_birth",
    "nationality",
    "national_tax_id",
    "start_on",
    "earliest_benefits_start_date",
    "phone_number",
    "email",
)
"""Columns that map one-to-one onto a `CreateEmployeeRequest` field of the same name."""

ADDRESS_COLUMNS = tuple(
    f"home_address.{name}"
    for name in ("line1", "line2", "line3", "city", "state", "postal_code", "country_code")
)
"""The `home_address` object's fields, as dotted columns."""

COLUMNS = (*TOP_LEVEL_COLUMNS, *ADDRESS_COLUMNS, "bank_account.account_number")
"""Every fixed column the importer understands (plus any ``metadata.<name>``)."""

METADATA_PREFIX = "metadata."

_KNOWN = frozenset(COLUMNS)
_SEND_MESSAGE_PREFIX = re.compile(r"^invalid arguments for \w+: ")
_PATH_SUFFIX = re.compile(r"\s*@ \$\.[\w.\[\]]+")
_EXPECTED_TYPE = re.compile(r"invalid value for type, expected (\w+)")


class CsvFormatError(ValueError):
    """The file as a whole cannot be imported (no header, unknown columns)."""


@define
class ParsedFile:
    """A CSV file read row by row: rows to send, and records refused while reading.

    `line_of[i]` is the line where the i-th row sent to `bulk_create` starts, so a row's
    outcome can be reported against the file. `refused` holds (line, message) for records
    that could not even be turned into a row.
    """

    path: Path
    columns: list[str]
    line_of: list[int] = field(factory=list)
    refused: list[tuple[int, str]] = field(factory=list)


def _check_header(header: list[str], path: Path) -> list[str]:
    columns = [name.strip() for name in header]
    if "employer_id" in columns:
        raise CsvFormatError(f"{path}: the employer comes from --employer-id, not a column")
    unknown = [c for c in columns if c not in _KNOWN and not c.startswith(METADATA_PREFIX)]
    if unknown:
        raise CsvFormatError(
            f"{path}: unknown column(s) {', '.join(map(repr, unknown))}; "
            f"the known columns are {', '.join(COLUMNS)} and metadata.<name>"
        )
    duplicated = sorted({c for c in columns if columns.count(c) > 1})
    if duplicated:
        raise CsvFormatError(f"{path}: column(s) given twice: {', '.join(duplicated)}")
    return columns


def _row(columns: list[str], cells: list[str], employer_id: str) -> dict[str, Any]:
    row: dict[str, Any] = {"employer_id": employer_id}
    for name, raw in zip(columns, cells, strict=False):
        value = raw.strip()
        if not value:
            continue
        if name.startswith(METADATA_PREFIX):
            row.setdefault("metadata", {})[name[len(METADATA_PREFIX) :]] = value
        elif "." in name:
            parent, child = name.split(".", 1)
            row.setdefault(parent, {})[child] = value
        else:
            row[name] = value
    return row


def parse_csv(
    stream: IO[str], path: Path, employer_id: str
) -> tuple[ParsedFile, Iterator[dict[str, Any]]]:
    """Read the header now (so a bad file fails before any request) and the rows lazily.

    Returns the `ParsedFile` bookkeeping and an iterator of `CreateEmployeeRequest` bodies;
    `line_of` and `refused` fill in as the iterator is consumed.
    """
    reader = csv.reader(stream)
    try:
        header = next(reader)
    except StopIteration:
        raise CsvFormatError(f"{path}: the file is empty (it needs a header row)") from None
    except csv.Error as exc:
        raise CsvFormatError(f"{path}:1: {exc}") from None
    parsed = ParsedFile(path=path, columns=_check_header(header, path))

    def rows() -> Iterator[dict[str, Any]]:
        end = reader.line_num
        while True:
            start = end + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                end = reader.line_num
                parsed.refused.append((start, f"cannot read this record: {exc}"))
                continue
            except UnicodeDecodeError:
                parsed.refused.append((start, "not UTF-8 text; the rest of the file is skipped"))
                return
            end = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(parsed.columns):
                parsed.refused.append(
                    (
                        start,
                        f"{len(cells)} cells but the header has {len(parsed.columns)} columns",
                    )
                )
                continue
            parsed.line_of.append(start)
            yield _row(parsed.columns, cells, employer_id)

    return parsed, rows()


def describe(result: RowResult, line_of: Sequence[int] | None = None) -> str:
    """A failed row's problem as ``FIELD: what`` (just ``what`` when no field is known).

    Kota's validation answers are shortened to what it said about the field (the status,
    error code and trace id stay available in the results file); ``line_of`` turns the
    index of a duplicate's first occurrence into its line.
    """
    error = result.error
    if isinstance(error, APIError):
        said = error.errors.get(result.field or "") or []
        text = "; ".join(said) or error.detail or error.title or f"HTTP {error.status}"
        text = f"{text} ({error.status} {error.error_code or ''}".rstrip() + ")"
    else:
        text = _PATH_SUFFIX.sub("", _SEND_MESSAGE_PREFIX.sub("", result.message))
        text = _EXPECTED_TYPE.sub(r"not a valid \1", text).replace(
            "required field missing", "is required"
        )
        if result.field and text.startswith(result.field + " "):
            text = text[len(result.field) + 1 :]
        duplicate_of = getattr(error, "duplicate_of", None)
        if isinstance(duplicate_of, int) and line_of is not None:
            text = f"same employer and {result.field} as line {line_of[duplicate_of]}"
    return f"{result.field}: {text}" if result.field else text


def write_results(out: Path, parsed: ParsedFile, result: BulkResult, employer_id: str) -> None:
    """Write one line per input record: where it was, what happened, and the id or problem."""
    records: list[tuple[int, list[str]]] = []
    for row in result.results:
        line = parsed.line_of[row.index]
        records.append(
            (
                line,
                [
                    str(line),
                    row.status,
                    employer_id,
                    row.employee_id or "",
                    row.field or "",
                    row.error_code or "",
                    describe(row, parsed.line_of) if row.status == "failed" else "",
                ],
            )
        )
    for line, message in parsed.refused:
        records.append((line, [str(line), "failed", employer_id, "", "", "", message]))
    records.sort(key=lambda item: item[0])
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["line", "status", "employer_id", "employee_id", "field", "error_code", "message"]
        )
        writer.writerows(record for _, record in records)


def add_parser(subparsers: Any) -> None:
    """Register ``employees import`` under the ``kota`` command's subcommands."""
    employees = subparsers.add_parser("employees", help="work with employees")
    commands = employees.add_subparsers(dest="employees_command", required=True)
    parser = commands.add_parser(
        "import",
        help="create the employees listed in a CSV file (safe to re-run)",
        description=(
            "Create one employee per CSV record under --employer-id. Reads KOTA_API_KEY "
            "(and KOTA_BASE_URL, e.g. a FakeKota's URL). Columns are the CreateEmployeeRequest "
            "fields, nested ones dotted (home_address.city); see `kota employees columns`."
        ),
    )
    parser.add_argument("file", type=Path, help="the CSV file")
    parser.add_argument("--employer-id", required=True, help="the employer (er_...)")
    parser.add_argument(
        "--concurrency", type=int, default=16, help="requests in flight (default 16)"
    )
    parser.add_argument(
        "--journal",
        type=Path,
        help="record created rows here; a re-run with the same journal skips them",
    )
    parser.add_argument("--results", type=Path, help="write each row's outcome to this CSV")
    parser.add_argument(
        "--max-retries", type=int, help="retries per request (default: the client's, 3)"
    )
    parser.set_defaults(handler=_handle_import)
    columns = commands.add_parser("columns", help="list the CSV columns import understands")
    columns.set_defaults(handler=_handle_columns)


def _handle_columns(args: argparse.Namespace, output: Output) -> int:
    for name in COLUMNS:
        output.line(name)
    output.line(f"{METADATA_PREFIX}<name>")
    return 0


def _handle_import(args: argparse.Namespace, output: Output) -> int:
    if args.concurrency < 1:
        output.problem("kota: --concurrency must be at least 1")
        return 2
    return asyncio.run(run_import(args, output))


async def run_import(args: argparse.Namespace, output: Output) -> int:
    """Import ``args.file``; returns the exit status (0 all rows fine, 1 any failed, 2 unusable)."""
    from kota_async.client import KotaClient
    from kota_async.errors import ConfigurationError

    path: Path = args.file
    if not args.employer_id.startswith("er_"):
        output.problem(
            f"kota: --employer-id must be a Kota employer id (er_...), got {args.employer_id!r}"
        )
        return 2
    try:
        stream = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        output.problem(f"kota: cannot read {path}: {exc.strerror or exc}")
        return 2
    with stream:
        try:
            parsed, rows = parse_csv(stream, path, args.employer_id)
        except CsvFormatError as exc:
            output.problem(f"kota: {exc}")
            return 2
        except UnicodeDecodeError as exc:
            output.problem(f"kota: {path} is not UTF-8 text: {exc}")
            return 2
        try:
            client = KotaClient()  # KOTA_API_KEY, and KOTA_BASE_URL when set
        except ConfigurationError as exc:
            output.problem(f"kota: {exc}")
            return 2
        async with client:
            problem = await _check_employer(client, args.employer_id)
            if problem:
                output.problem(f"kota: {problem}")
                return 2
            try:
                result = await _load(client, parsed, rows, args, output)
            except JournalError as exc:
                output.problem(f"kota: {exc}")
                return 2
    if args.results is not None:
        write_results(args.results, parsed, result, args.employer_id)
    failed = result.failed + len(parsed.refused)
    output.line(
        f"{path}: {result.created} created, {result.skipped} already done (journal), "
        f"{failed} failed"
    )
    return 1 if failed else 0


async def _check_employer(client: Any, employer_id: str) -> str | None:
    """Why the import cannot start (unknown employer, refused key, Kota unreachable), if so.

    One request up front turns what would be the same error on every row into one message.
    """
    from kota_async.errors import (
        APIConnectionError,
        AuthenticationError,
        NotFoundError,
        PermissionDeniedError,
    )

    try:
        await client.employers.retrieve(employer_id)
    except NotFoundError:
        return f"there is no employer {employer_id} (check --employer-id and KOTA_BASE_URL)"
    except (AuthenticationError, PermissionDeniedError) as exc:
        return f"Kota refused the API key in KOTA_API_KEY: {exc}"
    except APIConnectionError as exc:
        return f"cannot reach Kota at {client.base_url}: {exc}"
    return None


async def _load(
    client: Any,
    parsed: ParsedFile,
    rows: Iterator[dict[str, Any]],
    args: argparse.Namespace,
    output: Output,
) -> BulkResult:
    total = _count_records(parsed.path)
    noted = 0

    def note_refusals(bar: ProgressBar) -> None:
        nonlocal noted
        for line, message in parsed.refused[noted:]:
            bar.note(f"{parsed.path}:{line}: {message}")
        noted = len(parsed.refused)

    with output.progress(f"importing {parsed.path.name}", total) as bar:

        def on_progress(progress: BulkProgress) -> None:
            note_refusals(bar)
            bar.advance(
                progress.done + len(parsed.refused),
                f"{progress.created} created, {progress.skipped} skipped, "
                f"{progress.failed + len(parsed.refused)} failed",
            )
            row = progress.row
            if row.status == "failed":
                line = parsed.line_of[row.index]
                bar.note(f"{parsed.path}:{line}: {describe(row, parsed.line_of)}")

        result = await bulk_create(
            client,
            rows,
            concurrency=args.concurrency,
            journal=args.journal,
            on_progress=on_progress,
            max_retries=args.max_retries,
        )
        note_refusals(bar)
        return result


def _count_records(path: Path) -> int | None:
    """Data records in the file, for the progress bar's total (None if it cannot be read)."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return max(
                0, sum(1 for cells in csv.reader(handle) if any(c.strip() for c in cells)) - 1
            )
    except (OSError, csv.Error, UnicodeDecodeError):
        return None
