"""Concurrent, resumable bulk creation of employees: no duplicates, no losses.

Platforms onboarding a customer send thousands of employees at once, over networks that
fail. Three mechanisms make that safe:

- **Deterministic idempotency keys.** Each row's key is a UUID5 of
  ``key_namespace``, the row's ``employer_id`` and the row's *identity*: its
  ``external_customer_id`` when it has one, otherwise its e-mail address (trimmed,
  case-folded). The transport resends the same key on every retry, and a re-run of the same
  file derives the same keys again, so within Kota's one-hour key window a retry or re-run is
  answered with the original employee rather than a second one. The identity deliberately
  leaves out the other fields: a row corrected between runs keeps its key, and Kota answers
  the changed body with a 409 `idempotency_error` instead of silently creating a twin.
  Give rows an ``external_customer_id`` where you can: an e-mail corrected between runs is,
  to the loader, a different person.
- **A journal.** With ``journal=path``, every employee Kota confirms is appended to a JSON
  lines file and fsync'd before the row counts as done. A re-run with the same journal skips
  those rows without sending anything, which still holds after the key window has expired.
  A crash can tear at most the last line, which is repaired on the next open.
- **Per-row outcomes.** A row never stops the run: each ends as ``created``, ``skipped`` or
  ``failed`` (with the typed error and, where known, the offending field) in `BulkResult`.
  Two rows with the same identity are a bad row too (the second is reported, not sent).

Only an unwritable journal stops a run (`JournalError`), because carrying on would silently
give up the resume guarantee the caller asked for.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import inspect
import json
import os
import re
import uuid
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sized
from pathlib import Path
from typing import Any, Literal, Protocol, TypedDict

from attrs import frozen

from kota_async.errors import APIError, ResponseDecodeError

__all__ = [
    "BulkProgress",
    "BulkResult",
    "Journal",
    "JournalError",
    "RowResult",
    "RowValidationError",
    "bulk_create",
    "row_idempotency_key",
]

DEFAULT_KEY_NAMESPACE = "kota-async/bulk/v1"
"""The default namespace of derived keys; change it only to deliberately re-create rows."""

_UUID_NAMESPACE = uuid.UUID("6f1c1f59-3c8e-4a59-9a57-1c2c64f4a9d1")
_RESERVED = frozenset({"idempotency_key", "timeout", "max_retries", "extra_headers"})
_PATH_IN_MESSAGE = re.compile(r"@ \$\.([\w.\[\]]+)")
_ARGUMENT_IN_MESSAGE = re.compile(
    r"(?:unexpected keyword argument|required keyword-only arguments?:) '(\w+)'"
)

RowStatus = Literal["created", "skipped", "failed"]


class RowValidationError(ValueError):
    """A row that cannot be sent as it is; ``field`` names the offending field (dotted path).

    Raised (and collected, never propagated) before any request for that row is made, so a
    bad row costs nothing and the caller can point the user at the exact cell to fix.
    ``duplicate_of`` is the index of the earlier row with the same identity, for duplicates.
    """

    def __init__(self, message: str, *, field: str | None, duplicate_of: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.duplicate_of = duplicate_of


class JournalError(OSError):
    """The journal could not be read or written; the run stops rather than lose resumability."""


@frozen
class RowResult:
    """What happened to one input row.

    ``index`` is the row's 0-based position in the input. ``employee_id`` is set for created
    and skipped rows (skipped: the id recorded by an earlier run). ``error`` is the typed
    exception of a failed row (an `APIError` subclass, an `APIConnectionError`, or
    `RowValidationError`), and ``field`` the field it concerns, when that is known.
    """

    index: int
    status: RowStatus
    key: str | None = None
    employee_id: str | None = None
    error: Exception | None = None
    field: str | None = None

    @property
    def ok(self) -> bool:
        """True when the employee exists in Kota (created now or by an earlier run)."""
        return self.status != "failed"

    @property
    def error_code(self) -> str | None:
        """Kota's machine-readable ``error_code`` of a failed row, when Kota answered."""
        code = getattr(self.error, "error_code", None)
        return code if isinstance(code, str) else None

    @property
    def message(self) -> str:
        """A one-line human explanation of a failed row (empty for rows that succeeded)."""
        if self.error is None:
            return ""
        text = str(self.error) or type(self.error).__name__
        return " ".join(text.split())


@frozen
class BulkProgress:
    """A snapshot passed to ``on_progress`` after each row is final (and journaled).

    ``total`` is known when the rows were given as a sized collection, else ``None``.
    """

    done: int
    total: int | None
    created: int
    skipped: int
    failed: int
    row: RowResult


@frozen
class BulkResult:
    """Every row's outcome, in input order, with the counts a caller reports on."""

    results: tuple[RowResult, ...]

    @property
    def created(self) -> int:
        """Rows Kota created (or confirmed, on a replayed key) in this run."""
        return sum(1 for r in self.results if r.status == "created")

    @property
    def skipped(self) -> int:
        """Rows the journal showed as already created by an earlier run."""
        return sum(1 for r in self.results if r.status == "skipped")

    @property
    def failed(self) -> int:
        """Rows that did not end with an employee in Kota."""
        return sum(1 for r in self.results if r.status == "failed")

    @property
    def ok(self) -> bool:
        """True when no row failed: every row now has an employee in Kota."""
        return self.failed == 0

    @property
    def failures(self) -> tuple[RowResult, ...]:
        """The failed rows, in input order, for reporting or retrying."""
        return tuple(r for r in self.results if r.status == "failed")

    @property
    def employee_ids(self) -> list[str | None]:
        """The employee id of each row in input order (``None`` where the row failed)."""
        return [r.employee_id for r in self.results]


class _Created(Protocol):
    @property
    def id(self) -> object: ...


class _EmployeesResource(Protocol):
    @property
    def create(self) -> Callable[..., Awaitable[_Created]]: ...


class _HasEmployees(Protocol):
    @property
    def employees(self) -> _EmployeesResource: ...


ProgressCallback = Callable[[BulkProgress], object]


class BulkOptions(TypedDict, total=False):
    """The keyword arguments of `bulk_create` (and of `kota.employees.bulk_create`)."""

    concurrency: int
    journal: str | os.PathLike[str] | None
    on_progress: ProgressCallback | None
    key_namespace: str
    max_retries: int | None
    timeout: float | None


def row_idempotency_key(
    row: Mapping[str, Any], *, key_namespace: str = DEFAULT_KEY_NAMESPACE
) -> str:
    """The idempotency key `bulk_create` sends for ``row`` (see the module docstring).

    Exposed so callers can correlate Kota's request logs with their input rows. Raises
    `RowValidationError` when the row has no employer or no identity to derive a key from.
    """
    employer_id = row.get("employer_id")
    if not isinstance(employer_id, str) or not employer_id.strip():
        raise RowValidationError("employer_id is required", field="employer_id")
    identity = _identity(row)
    name = "\x1f".join((key_namespace, employer_id.strip(), identity))
    return str(uuid.uuid5(_UUID_NAMESPACE, name))


def _identity(row: Mapping[str, Any]) -> str:
    external = row.get("external_customer_id")
    if isinstance(external, str) and external.strip():
        return "external:" + external.strip()
    email = row.get("email")
    if isinstance(email, str) and email.strip():
        return "email:" + email.strip().casefold()
    raise RowValidationError(
        "email is required (it identifies the row when there is no external_customer_id)",
        field="email",
    )


def _identity_field(row: Mapping[str, Any]) -> str:
    external = row.get("external_customer_id")
    return "external_customer_id" if isinstance(external, str) and external.strip() else "email"


class Journal:
    """An append-only JSON-lines file of rows Kota has confirmed, one object per line.

    Each line is ``{"kind": "created", "key": ..., "employee_id": ..., "row": ..., "at": ...}``.
    Lines are written in batches (group commit): a row is reported done only after the
    batch holding its line has been written and fsync'd, so under concurrency the cost is
    one fsync per batch, not per row, with the same guarantee. On open, a torn last line
    (the process died mid-write) is dropped, or completed if it is a whole entry; a corrupt
    line anywhere else is a `JournalError`, because the file is then not ours to trust.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.finished: dict[str, str] = {}
        self._fd: int | None = None
        self._pending: list[tuple[bytes, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    def open(self) -> Journal:
        """Read earlier entries into `finished`, repair a torn tail, and open for appending."""
        try:
            data = self.path.read_bytes() if self.path.exists() else b""
        except OSError as exc:
            raise JournalError(f"cannot read journal {self.path}: {exc}") from exc
        *lines, tail = data.split(b"\n")
        for number, line in enumerate(lines, start=1):
            if line.strip():
                entry = self._parse(line)
                if entry is None:
                    raise JournalError(f"{self.path}:{number}: not a journal line: {line[:80]!r}")
                self._remember(entry)
        fix = b""
        if tail.strip():
            entry = self._parse(tail)
            if entry is not None:
                self._remember(entry)
                fix = b"\n"
            else:
                self._truncate(len(data) - len(tail))
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise JournalError(f"cannot open journal {self.path}: {exc}") from exc
        if fix:
            self._write_durably(fix)
        return self

    def _truncate(self, size: int) -> None:
        try:
            os.truncate(self.path, size)
        except OSError as exc:
            raise JournalError(f"cannot repair journal {self.path}: {exc}") from exc

    @staticmethod
    def _parse(line: bytes) -> dict[str, Any] | None:
        try:
            entry = json.loads(line)
        except ValueError:
            return None
        if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
            return None
        return entry

    def _remember(self, entry: Mapping[str, Any]) -> None:
        employee_id = entry.get("employee_id")
        if entry.get("kind", "created") == "created" and isinstance(employee_id, str):
            self.finished[entry["key"]] = employee_id

    async def record(self, key: str, employee_id: str, row: int) -> None:
        """Append one confirmed row and return once it is on disk."""
        line = {
            "kind": "created",
            "key": key,
            "employee_id": employee_id,
            "row": row,
            "at": _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds"),
        }
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append(((json.dumps(line, separators=(",", ":")) + "\n").encode(), done))
        self.finished[key] = employee_id
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._drain())
        await done

    async def _drain(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                await asyncio.to_thread(self._write_durably, b"".join(line for line, _ in batch))
            except JournalError as exc:
                for _, done in batch:
                    if not done.done():
                        done.set_exception(exc)
                continue
            for _, done in batch:
                if not done.done():
                    done.set_result(None)

    def _write_durably(self, data: bytes) -> None:
        if self._fd is None:
            raise JournalError(f"journal {self.path} is not open")
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
            os.fsync(self._fd)
        except OSError as exc:
            raise JournalError(f"cannot write journal {self.path}: {exc}") from exc

    async def aclose(self) -> None:
        """Wait for queued lines to reach the disk, then close the file."""
        if self._writer is not None:
            await asyncio.shield(self._writer)
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _field_of(exc: Exception) -> str | None:
    field = getattr(exc, "field", None)
    if isinstance(field, str):
        return field
    if isinstance(exc, APIError):
        errors = getattr(exc, "errors", None)
        if isinstance(errors, Mapping) and errors:
            return str(next(iter(errors)))
        return None
    text = str(exc)
    match = _PATH_IN_MESSAGE.search(text) or _ARGUMENT_IN_MESSAGE.search(text)
    return match.group(1) if match else None


@frozen
class _Fields:
    """The body fields `create` declares: all of them, and those without a default."""

    accepted: frozenset[str]
    required: frozenset[str]


def _declared_fields(create: Callable[..., Any]) -> _Fields | None:
    """What `create` declares as keyword-only parameters (None if it declares none).

    The generated method also takes request options as `**options`, so a misspelt field
    would otherwise be swallowed there and silently not sent; and a missing one would be a
    `TypeError` about the method rather than a message about the row.
    """
    try:
        parameters = inspect.signature(create).parameters.values()
    except (TypeError, ValueError):
        return None
    keyword_only = [p for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY]
    if not keyword_only:
        return None
    return _Fields(
        accepted=frozenset(p.name for p in keyword_only),
        required=frozenset(p.name for p in keyword_only if p.default is inspect.Parameter.empty),
    )


class _Run:
    """One `bulk_create` call: the shared row source, the counters and the results."""

    def __init__(
        self,
        client: _HasEmployees,
        rows: Iterable[Mapping[str, Any]],
        *,
        journal: Journal | None,
        on_progress: ProgressCallback | None,
        key_namespace: str,
        options: dict[str, Any],
    ) -> None:
        self.client = client
        self.source: Iterator[tuple[int, Mapping[str, Any]]] = enumerate(rows)
        self.total = len(rows) if isinstance(rows, Sized) else None
        self.journal = journal
        self.on_progress = on_progress
        self.key_namespace = key_namespace
        self.options = options
        self.results: list[RowResult] = []
        self.seen: dict[str, int] = {}
        self.fields = _declared_fields(client.employees.create)
        self.counts = {"created": 0, "skipped": 0, "failed": 0}

    async def worker(self) -> None:
        for index, row in self.source:
            self.finish(await self.process(index, row))

    def finish(self, result: RowResult) -> None:
        self.results.append(result)
        self.counts[result.status] += 1
        if self.on_progress is not None:
            self.on_progress(
                BulkProgress(
                    done=len(self.results),
                    total=self.total,
                    created=self.counts["created"],
                    skipped=self.counts["skipped"],
                    failed=self.counts["failed"],
                    row=result,
                )
            )

    async def process(self, index: int, row: Mapping[str, Any]) -> RowResult:
        try:
            key = self.admit(index, row)
        except RowValidationError as exc:
            return RowResult(index, "failed", error=exc, field=exc.field)
        if self.journal is not None and key in self.journal.finished:
            return RowResult(index, "skipped", key=key, employee_id=self.journal.finished[key])
        try:
            created = await self.client.employees.create(**row, idempotency_key=key, **self.options)
        except (ValueError, TypeError) as exc:
            error = RowValidationError(str(exc), field=_field_of(exc))
            return RowResult(index, "failed", key=key, error=error, field=error.field)
        except Exception as exc:
            return RowResult(index, "failed", key=key, error=exc, field=_field_of(exc))
        employee_id = created.id
        if not isinstance(employee_id, str):
            no_id = ResponseDecodeError(
                "Kota created the employee but its answer carried no id",
                operation_id="CreateEmployee",
                status=200,
                body=b"",
            )
            return RowResult(index, "failed", key=key, error=no_id)
        if self.journal is not None:
            await self.journal.record(key, employee_id, index)
        return RowResult(index, "created", key=key, employee_id=employee_id)

    def admit(self, index: int, row: Mapping[str, Any]) -> str:
        if not isinstance(row, Mapping):
            raise RowValidationError(
                f"a row must be a mapping, got {type(row).__name__}", field=None
            )
        unknown = sorted(
            name
            for name in row
            if name in _RESERVED or (self.fields is not None and name not in self.fields.accepted)
        )
        if unknown:
            raise RowValidationError(f"{unknown[0]} is not an employee field", field=unknown[0])
        if self.fields is not None:
            missing = sorted(self.fields.required.difference(row))
            if missing:
                raise RowValidationError(
                    f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} required",
                    field=missing[0],
                )
        key = row_idempotency_key(row, key_namespace=self.key_namespace)
        first = self.seen.setdefault(key, index)
        if first != index:
            field = _identity_field(row)
            raise RowValidationError(
                f"same employer and {field} as the row at index {first}",
                field=field,
                duplicate_of=first,
            )
        return key


async def bulk_create(
    client: _HasEmployees,
    rows: Iterable[Mapping[str, Any]],
    *,
    concurrency: int = 16,
    journal: str | os.PathLike[str] | None = None,
    on_progress: ProgressCallback | None = None,
    key_namespace: str = DEFAULT_KEY_NAMESPACE,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> BulkResult:
    """Create one employee per row, ``concurrency`` at a time; never raises for a row.

    Each row is a mapping of `CreateEmployeeRequest` body fields as `employees.create`
    takes them (``employer_id`` included; nested objects as dicts or models). Rows are read
    lazily, so a generator over a large file is fine; only ``concurrency`` rows are in
    flight at a time. ``journal`` is a file path (created if missing) that makes re-runs
    skip finished rows; ``on_progress`` is called after every row; ``key_namespace`` feeds
    the derived keys (change it only to deliberately create the same people again);
    ``max_retries`` and ``timeout`` override the client's per-request settings for these
    calls. See the module docstring for how keys and the journal make retries and re-runs
    safe. Raises only for a bad argument or an unusable journal (`JournalError`).
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    options: dict[str, Any] = {}
    if max_retries is not None:
        options["max_retries"] = max_retries
    if timeout is not None:
        options["timeout"] = timeout
    opened = Journal(journal).open() if journal is not None else None
    run = _Run(
        client,
        rows,
        journal=opened,
        on_progress=on_progress,
        key_namespace=key_namespace,
        options=options,
    )
    try:
        await _run_workers(run, concurrency)
    finally:
        if opened is not None:
            await opened.aclose()
    return BulkResult(tuple(sorted(run.results, key=lambda r: r.index)))


async def _run_workers(run: _Run, concurrency: int) -> None:
    workers = [asyncio.create_task(run.worker()) for _ in range(concurrency)]
    try:
        done, pending = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
    except BaseException:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        raise
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for task in done:
        task.result()
