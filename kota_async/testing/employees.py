"""Employees: create, list, retrieve, update, offboard and cancel offboarding.

Kota's rules, as the guides and the reference describe them:

- a new employee is `pending` while Kota runs its checks, then `active` (after the fake's
  `activation_delay`, and not before its `earliest_benefits_start_date`);
- offboarding schedules the end of employment: `offboarding` until `offboard_on`, then
  `inactive` with an `employee.offboarded` event;
- an offboarding can be cancelled up to the day before `offboard_on`, unless it came from
  offboarding the whole employer;
- an employer that is offboarding takes no new employees.

Every change records an event (`employee.created`, `employee.updated`,
`employee.offboarded`) carrying the employee as it is after the change.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime
from typing import Any

from kota_async.testing.clock import parse_datetime
from kota_async.testing.filters import status_filter
from kota_async.testing.pagination import paginate
from kota_async.testing.pipeline import Call, Handler
from kota_async.testing.problems import Problem
from kota_async.testing.settings import FakeSettings
from kota_async.testing.store import EMPLOYEE_OBJECT, EmployeeRecord, State, new_id

__all__ = ["EMPLOYEE_STATUSES", "Employees"]

EMPLOYEE_STATUSES = ("pending", "active", "offboarding", "inactive", "restricted")

_UPDATABLE = (
    "first_name",
    "last_name",
    "nationality",
    "national_tax_id",
    "phone_number",
    "email",
    "start_on",
    "earliest_benefits_start_date",
    "metadata",
)


def _fold(text: str) -> str:
    """Lower-case without accents, for Kota's accent-insensitive metadata search."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class Employees:
    """The employee endpoints and lifecycle of one fake."""

    def __init__(self, state: State, settings: FakeSettings) -> None:
        self.state = state
        self.settings = settings

    def routes(self) -> dict[str, Handler]:
        """Operation id -> endpoint."""
        return {
            "ListEmployees": self.list_employees,
            "CreateEmployee": self.create,
            "RetrieveEmployee": self.retrieve,
            "UpdateEmployee": self.update,
            "OffboardEmployee": self.offboard,
            "CancelOffboardingEmployee": self.cancel_offboarding,
        }

    # endpoints

    def list_employees(self, call: Call) -> dict[str, Any]:
        """GET /employees: most recently created first, filtered."""
        q = call.query
        state = self.state
        statuses = status_filter(q, "filter", EMPLOYEE_STATUSES)
        employer_id = q.get("employer_id")
        if employer_id is not None:
            ids = state.employees_by_employer.get(employer_id, [])
            records = [state.employees[i] for i in reversed(ids)]
        else:
            records = list(reversed(state.employees.values()))
        if statuses is not None:
            records = [r for r in records if r.status in statuses]
        external = q.get("external_customer_id")
        if external is not None:
            records = [r for r in records if r.fields.get("external_customer_id") == external]
        metadata_id = q.get("metadata_id")
        if metadata_id is not None:
            needle = _fold(metadata_id)
            records = [
                r
                for r in records
                if needle in _fold(str((r.fields.get("metadata") or {}).get("id", "")))
            ]
        platform = state.platform_id
        return paginate(records, q, lambda r: r.to_json(platform))

    def create(self, call: Call) -> dict[str, Any]:
        """POST /employees."""
        body: dict[str, Any] = call.body
        state = self.state
        employer = state.employer(body["employer_id"])
        if employer is None:
            raise Problem.validation({"employer_id": ["no employer with this id"]})
        if employer.offboard_on is not None:
            raise Problem.invalid_state(
                f"Employer {employer.id} is offboarding and cannot take new employees."
            )
        fields = {k: v for k, v in body.items() if k not in ("employer_id", "bank_account")}
        record = EmployeeRecord(
            id=new_id("ee"),
            employer_id=employer.id,
            created_at=state.now(),
            fields=fields,
            bank_account_last4=_last4(body.get("bank_account")),
        )
        state.employees[record.id] = record
        state.employees_by_employer.setdefault(employer.id, []).append(record.id)
        self._schedule_activation(record)
        data = record.to_json(state.platform_id)
        state.record_event("employee.created", EMPLOYEE_OBJECT, data)
        return data

    def retrieve(self, call: Call) -> dict[str, Any]:
        """GET /employees/{employee_id}."""
        return self._get(call.path["employee_id"]).to_json(self.state.platform_id)

    def update(self, call: Call) -> dict[str, Any]:
        """PUT /employees/{employee_id}: given, non-null fields replace the stored ones;
        `home_address` is replaced as a whole (its country stays)."""
        record = self._get(call.path["employee_id"])
        if record.offboarded:
            raise Problem.invalid_state(f"Employee {record.id} is inactive and cannot be updated.")
        body: dict[str, Any] = call.body
        fields = dict(record.fields)
        for name in _UPDATABLE:
            if body.get(name) is not None:
                fields[name] = body[name]
        address = body.get("home_address")
        if address is not None:
            old_country = (record.fields.get("home_address") or {}).get("country_code")
            fields["home_address"] = {**address, "country_code": old_country}
        if body.get("bank_account") is not None:
            record.bank_account_last4 = _last4(body["bank_account"])
        record.fields = fields
        return self._changed(record, "employee.updated")

    def offboard(self, call: Call) -> dict[str, Any]:
        """POST /employees/{employee_id}/offboard: schedule the end of employment."""
        record = self._get(call.path["employee_id"])
        if record.offboarded or record.offboard_on is not None:
            raise Problem.invalid_state(
                f"Employee {record.id} is already {record.status}; cancel the offboarding "
                "first to change it."
            )
        self.schedule_offboarding(
            record, parse_datetime(call.body["offboard_on"]), call.body["offboard_reason"]
        )
        return self._changed(record, "employee.updated")

    def cancel_offboarding(self, call: Call) -> dict[str, Any]:
        """POST /employees/{employee_id}/offboard/cancel: allowed up to the day before."""
        record = self._get(call.path["employee_id"])
        if record.offboard_on is None or record.offboarded:
            raise Problem.invalid_state(
                f"Employee {record.id} is {record.status}: there is no scheduled offboarding "
                "to cancel."
            )
        if record.offboard_locked:
            raise Problem.invalid_state(
                f"The offboarding of employee {record.id} came from offboarding its employer "
                "and cannot be cancelled."
            )
        if self.state.clock.today() >= record.offboard_on.astimezone(UTC).date():
            raise Problem.invalid_state(
                "An offboarding can only be cancelled up to the day before its offboard_on "
                f"date ({record.offboard_on.date().isoformat()})."
            )
        record.offboard_on = None
        record.offboard_reason = None
        return self._changed(record, "employee.updated")

    # lifecycle, also used by employer offboarding

    def schedule_offboarding(
        self, record: EmployeeRecord, when: datetime, reason: str, *, locked: bool = False
    ) -> None:
        """Mark `record` offboarding on `when`; it turns inactive when that time comes."""
        record.offboard_on = when
        record.offboard_reason = reason
        record.offboard_locked = locked

        def complete() -> None:
            if record.offboard_on == when and not record.offboarded:
                record.offboarded = True
                data = record.to_json(self.state.platform_id)
                self.state.record_event("employee.offboarded", EMPLOYEE_OBJECT, data)

        self.state.at(when.timestamp(), complete)

    def _schedule_activation(self, record: EmployeeRecord) -> None:
        due = record.created_at.timestamp() + self.settings.activation_delay
        earliest = record.fields.get("earliest_benefits_start_date")
        if earliest:
            start = datetime.combine(date.fromisoformat(earliest), datetime.min.time(), UTC)
            due = max(due, start.timestamp())

        def activate() -> None:
            if not record.activated:
                record.activated = True
                if record.offboard_on is None and not record.offboarded:
                    self._changed(record, "employee.updated")

        self.state.at(due, activate)

    def _changed(self, record: EmployeeRecord, event_type: str) -> dict[str, Any]:
        data = record.to_json(self.state.platform_id)
        self.state.record_event(event_type, EMPLOYEE_OBJECT, data)
        return data

    def _get(self, employee_id: str) -> EmployeeRecord:
        record = self.state.employee(employee_id)
        if record is None:
            raise Problem.not_found("employee", employee_id)
        return record


def _last4(bank_account: Any) -> str | None:
    if not isinstance(bank_account, dict):
        return None
    return str(bank_account.get("account_number", ""))[-4:]
