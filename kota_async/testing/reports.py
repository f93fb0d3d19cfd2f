"""Contribution reports: per employer and month, with a breakdown per employee.

An `open` report reflects the employer's covered employees (active or offboarding) as
they are now; finalizing freezes the breakdowns, stamps `finalized_at` and records
`contribution_report.finalized`; a finalized report cannot be finalized again. Amounts
are made up but stable: derived from the employee and the month, split between an
employer and an employee share, in the currency of the employer's country.

With seeding on, each new employer gets an open report for the current month;
`FakeKota.create_contribution_report()` adds more for tests and the demo.
"""

from __future__ import annotations

import calendar
import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kota_async.testing.clock import format_datetime
from kota_async.testing.filters import status_filter
from kota_async.testing.pagination import paginate
from kota_async.testing.pipeline import Call, Handler
from kota_async.testing.problems import Problem
from kota_async.testing.store import EmployeeRecord, EmployerRecord, State, new_id

__all__ = ["REPORT_STATUSES", "ContributionReports", "ReportRecord"]

REPORT_STATUSES = ("open", "finalized")
REPORT_OBJECT = "contribution_report"
BREAKDOWN_OBJECT = "contribution_report_employee_breakdown"
_COVERED = frozenset({"active", "offboarding"})
_IDS = uuid.UUID("6f1d7c1e-3a51-4f43-9a38-5b0c1f0e7a21")
_CURRENCIES = {"gb": "gbp", "us": "usd", "ch": "chf", "se": "sek", "dk": "dkk", "no": "nok"}
_EMPLOYER_SHARE = 0.75


@dataclass(slots=True)
class ReportRecord:
    """One employer's report for one month."""

    id: str
    employer_id: str
    external_customer_id: str | None
    year: int
    month: int
    created_at: datetime
    last_updated_at: datetime
    finalized_at: datetime | None = None
    frozen: list[dict[str, Any]] | None = None

    @property
    def status(self) -> str:
        """open until finalized."""
        return "open" if self.finalized_at is None else "finalized"

    @property
    def period(self) -> dict[str, str]:
        """The calendar month covered."""
        last = calendar.monthrange(self.year, self.month)[1]
        return {
            "from_date": date(self.year, self.month, 1).isoformat(),
            "to_date": date(self.year, self.month, last).isoformat(),
        }

    def to_json(self) -> dict[str, Any]:
        """The ContributionReportResponse body."""
        return {
            "object": REPORT_OBJECT,
            "id": self.id,
            "employer_id": self.employer_id,
            "external_customer_id": self.external_customer_id,
            "period": self.period,
            "status": self.status,
            "finalized_at": None
            if self.finalized_at is None
            else format_datetime(self.finalized_at),
            "created_at": format_datetime(self.created_at),
            "last_updated_at": format_datetime(self.last_updated_at),
        }


class ContributionReports:
    """The contribution report endpoints of one fake."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.reports: dict[str, ReportRecord] = {}

    def routes(self) -> dict[str, Handler]:
        """Operation id -> endpoint."""
        return {
            "ListContributionReports": self.list_reports,
            "RetrieveContributionReport": self.retrieve,
            "FinalizeContributionReport": self.finalize,
            "ListEmployeeBreakdownsForContributionReport": self.list_breakdowns,
            "RetrieveEmployeeBreakdownForContributionReport": self.retrieve_breakdown,
        }

    def create(
        self,
        employer_id: str,
        *,
        year: int | None = None,
        month: int | None = None,
        external_customer_id: str | None = None,
    ) -> ReportRecord:
        """Open a report for `employer_id` and a month (default: the current one)."""
        if self.state.employer(employer_id) is None:
            raise KeyError(f"no employer {employer_id!r}")
        today = self.state.clock.today()
        now = self.state.now()
        record = ReportRecord(
            id=new_id("ctr"),
            employer_id=employer_id,
            external_customer_id=external_customer_id,
            year=today.year if year is None else year,
            month=today.month if month is None else month,
            created_at=now,
            last_updated_at=now,
        )
        if not 1 <= record.month <= 12:
            raise ValueError("month must be 1..12")
        self.reports[record.id] = record
        return record

    def seed(self, employer: EmployerRecord) -> None:
        """The report every new employer starts with: the current month, open."""
        self.create(employer.id)

    def list_reports(self, call: Call) -> dict[str, Any]:
        """GET /contribution_reports: most recently created first, filtered."""
        q = call.query
        statuses = status_filter(q, "status", REPORT_STATUSES)
        records = [
            r
            for r in reversed(self.reports.values())
            if (q.get("employer_id") is None or r.employer_id == q["employer_id"])
            and (statuses is None or r.status in statuses)
            and (q.get("year") is None or r.year == q["year"])
            and (q.get("month") is None or r.month == q["month"])
            and (
                q.get("external_customer_id") is None
                or r.external_customer_id == q["external_customer_id"]
            )
        ]
        return paginate(records, q, ReportRecord.to_json)

    def retrieve(self, call: Call) -> dict[str, Any]:
        """GET /contribution_reports/{id}."""
        return self._get(call.path["contribution_report_id"]).to_json()

    def finalize(self, call: Call) -> dict[str, Any]:
        """POST /contribution_reports/{id}/finalize: freeze it."""
        record = self._get(call.path["contribution_report_id"])
        if record.finalized_at is not None:
            raise Problem.invalid_state(f"Contribution report {record.id} is already finalized.")
        record.frozen = self.breakdowns(record)
        record.finalized_at = record.last_updated_at = self.state.now()
        for item in record.frozen:
            item["status"] = "finalized"
            item["finalized_at"] = item["last_updated_at"] = format_datetime(record.finalized_at)
        data = record.to_json()
        self.state.record_event("contribution_report.finalized", REPORT_OBJECT, data)
        return data

    def list_breakdowns(self, call: Call) -> dict[str, Any]:
        """GET /contribution_reports/{id}/employee_breakdowns."""
        record = self._get(call.path["contribution_report_id"])
        return paginate(self.breakdowns(record), call.query, lambda item: item)

    def retrieve_breakdown(self, call: Call) -> dict[str, Any]:
        """GET /contribution_reports/{id}/employee_breakdowns/{employee_id}."""
        record = self._get(call.path["contribution_report_id"])
        employee_id = call.path["employee_id"]
        for item in self.breakdowns(record):
            if item["employee_id"] == employee_id:
                return item
        raise Problem(
            404, f"Contribution report {record.id} has no breakdown for employee {employee_id!r}."
        )

    def breakdowns(self, record: ReportRecord) -> list[dict[str, Any]]:
        """The employee breakdowns of a report: frozen ones if finalized, else current."""
        if record.frozen is not None:
            return record.frozen
        state = self.state
        employer = state.employers[record.employer_id]
        currency = _CURRENCIES.get(employer.legal_address.get("country_code", ""), "eur")
        return [
            self._breakdown(record, employee, currency)
            for employee_id in state.employees_by_employer.get(record.employer_id, ())
            if (employee := state.employees[employee_id]).status in _COVERED
        ]

    def _breakdown(
        self, record: ReportRecord, employee: EmployeeRecord, currency: str
    ) -> dict[str, Any]:
        seed = hashlib.sha256(f"{employee.id}/{record.year}-{record.month}".encode()).digest()
        premium = 80 + int.from_bytes(seed[:4], "big") % 16000 / 100
        lines = [("policyholder", premium)]
        if seed[4] % 3 == 0:
            lines.append(("partner_dependant", round(premium * 0.6, 2)))
        employer_lines: list[dict[str, Any]] = []
        employee_lines: list[dict[str, Any]] = []
        for index, (member_type, amount) in enumerate(lines):
            employer_part = round(amount * _EMPLOYER_SHARE, 2)
            employer_lines.append(
                self._contribution(record, employee, 2 * index, member_type, employer_part)
            )
            employee_lines.append(
                self._contribution(
                    record, employee, 2 * index + 1, member_type, round(amount - employer_part, 2)
                )
            )
        return {
            "object": BREAKDOWN_OBJECT,
            "employee_id": employee.id,
            "contribution_report_id": record.id,
            "employer_id": record.employer_id,
            "external_customer_id": employee.fields.get("external_customer_id"),
            "period": record.period,
            "currency": currency,
            "status": record.status,
            "finalized_at": None,
            "created_at": format_datetime(record.created_at),
            "last_updated_at": format_datetime(record.last_updated_at),
            "health_insurance": {
                "employer_contributions": employer_lines,
                "employee_contributions": employee_lines,
            },
        }

    def _contribution(
        self,
        record: ReportRecord,
        employee: EmployeeRecord,
        index: int,
        member_type: str,
        amount: float,
    ) -> dict[str, Any]:
        def stable(prefix: str, name: str) -> str:
            return f"{prefix}_{uuid.uuid5(_IDS, name).hex}"

        return {
            "id": stable("ct", f"{record.id}/{employee.id}/{index}"),
            "category": "gross_premium",
            "member_type": member_type,
            "adjustment": False,
            "adjustment_for": None,
            "amount": amount,
            "type": "recurring",
            "note": None,
            "cover_period": record.period,
            "policy_id": stable("p", f"{employee.id}/policy"),
            "employee_policy_id": stable("eehp", f"{employee.id}/policy"),
            "reporting_month": date(record.year, record.month, 1).isoformat(),
        }

    def _get(self, report_id: str) -> ReportRecord:
        record = self.reports.get(report_id)
        if record is None:
            raise Problem.not_found("contribution report", report_id)
        return record
