"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contribution_report_status import ContributionReportStatus
    from ..models.currency_code import CurrencyCode
    from ..models.get_employee_breakdown_health_insurance import GetEmployeeBreakdownHealthInsurance
    from ..models.get_employee_breakdown_period import GetEmployeeBreakdownPeriod


@define(kw_only=True)
class ContributionReportEmployeeBreakdownResponse:
    """One employee's contributions within a contribution report.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    employee_id: str
    contribution_report_id: str
    employer_id: str
    period: GetEmployeeBreakdownPeriod
    currency: CurrencyCode
    status: ContributionReportStatus
    created_at: datetime.datetime
    last_updated_at: datetime.datetime
    health_insurance: GetEmployeeBreakdownHealthInsurance
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    external_customer_id: None | str | Unset = UNSET
    finalized_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
