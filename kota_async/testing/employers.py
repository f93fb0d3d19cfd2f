"""Employers: create, list, retrieve, update and offboard.

A new employer is `pending` while Kota checks it, then `active`. Offboarding is immediate
and final: the employer turns `offboarding`, loses embedded/hosted access, and every one
of its employees is offboarded with it (those offboardings cannot be cancelled). Each
change records `employer.created`, `employer.updated` or `employer.offboarded`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kota_async.testing.employees import Employees
from kota_async.testing.filters import status_filter
from kota_async.testing.pagination import paginate
from kota_async.testing.pipeline import Call, Handler
from kota_async.testing.problems import Problem
from kota_async.testing.settings import FakeSettings
from kota_async.testing.store import EMPLOYER_OBJECT, EmployerRecord, State, new_id

__all__ = ["EMPLOYER_STATUSES", "Employers"]

EMPLOYER_STATUSES = ("pending", "active", "offboarding", "inactive", "restricted")

EMPLOYER_OFFBOARD_REASON = "employer_offboarded"


class Employers:
    """The employer endpoints of one fake. `on_created` hooks run for each new employer
    (the contribution-report seeding uses it)."""

    def __init__(self, state: State, settings: FakeSettings, employees: Employees) -> None:
        self.state = state
        self.settings = settings
        self.employees = employees
        self.on_created: list[Callable[[EmployerRecord], None]] = []

    def routes(self) -> dict[str, Handler]:
        """Operation id -> endpoint."""
        return {
            "ListEmployers": self.list_employers,
            "CreateEmployer": self.create,
            "RetrieveEmployer": self.retrieve,
            "UpdateEmployer": self.update,
            "OffboardEmployer": self.offboard,
        }

    def list_employers(self, call: Call) -> dict[str, Any]:
        """GET /employers: most recently created first."""
        statuses = status_filter(call.query, "filter", EMPLOYER_STATUSES)
        records = list(reversed(self.state.employers.values()))
        if statuses is not None:
            records = [r for r in records if r.status in statuses]
        platform = self.state.platform_id
        return paginate(records, call.query, lambda r: r.to_json(platform))

    def create(self, call: Call) -> dict[str, Any]:
        """POST /employers."""
        body: dict[str, Any] = call.body
        state = self.state
        record = EmployerRecord(
            id=new_id("er"),
            created_at=state.now(),
            legal_name=body["legal_name"],
            registration_number=body.get("registration_number"),
            legal_address=body["legal_address"],
            contact=body["contact"],
            earliest_benefits_start_date=body.get("earliest_benefits_start_date"),
            metadata=body.get("metadata"),
        )
        state.employers[record.id] = record

        def activate() -> None:
            if not record.activated and record.offboard_on is None:
                record.activated = True
                self._changed(record, "employer.updated")

        state.at(record.created_at.timestamp() + self.settings.activation_delay, activate)
        data = self._changed(record, "employer.created")
        for hook in self.on_created:
            hook(record)
        return data

    def retrieve(self, call: Call) -> dict[str, Any]:
        """GET /employers/{employer_id}."""
        return self._get(call.path["employer_id"]).to_json(self.state.platform_id)

    def update(self, call: Call) -> dict[str, Any]:
        """PUT /employers/{employer_id}: given, non-null fields replace the stored ones;
        `legal_address` and `contact` are replaced whole (the address keeps its country)."""
        record = self._get(call.path["employer_id"])
        body: dict[str, Any] = call.body
        if body.get("legal_name") is not None:
            record.legal_name = body["legal_name"]
        if body.get("registration_number") is not None:
            record.registration_number = body["registration_number"]
        if body.get("legal_address") is not None:
            country = record.legal_address.get("country_code")
            record.legal_address = {**body["legal_address"], "country_code": country}
        if body.get("contact") is not None:
            record.contact = body["contact"]
        if body.get("earliest_benefits_start_date") is not None:
            record.earliest_benefits_start_date = body["earliest_benefits_start_date"]
        if body.get("metadata") is not None:
            record.metadata = body["metadata"]
        return self._changed(record, "employer.updated")

    def offboard(self, call: Call) -> dict[str, Any]:
        """POST /employers/{employer_id}/offboard: immediate; offboards every employee."""
        record = self._get(call.path["employer_id"])
        if record.offboard_on is not None:
            raise Problem.invalid_state(f"Employer {record.id} is already offboarding.")
        state = self.state
        now = state.now()
        record.offboard_on = now
        data = self._changed(record, "employer.offboarded")
        for employee_id in state.employees_by_employer.get(record.id, ()):
            employee = state.employees[employee_id]
            if employee.offboarded:
                continue
            if employee.offboard_on is None or employee.offboard_on > now:
                self.employees.schedule_offboarding(
                    employee, now, EMPLOYER_OFFBOARD_REASON, locked=True
                )
            else:
                employee.offboard_locked = True
        return data

    def _changed(self, record: EmployerRecord, event_type: str) -> dict[str, Any]:
        data = record.to_json(self.state.platform_id)
        self.state.record_event(event_type, EMPLOYER_OBJECT, data)
        return data

    def _get(self, employer_id: str) -> EmployerRecord:
        record = self.state.employer(employer_id)
        if record is None:
            raise Problem.not_found("employer", employer_id)
        return record
