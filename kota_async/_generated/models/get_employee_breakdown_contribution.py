"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_employee_breakdown_period import GetEmployeeBreakdownPeriod
    from ..models.health_insurance_contribution_category import HealthInsuranceContributionCategory
    from ..models.health_insurance_contribution_member_type import (
        HealthInsuranceContributionMemberType,
    )
    from ..models.health_insurance_contribution_type import HealthInsuranceContributionType


@define(kw_only=True)
class GetEmployeeBreakdownContribution:
    """One contribution line: an amount for one member, of one category, for one cover period.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    category: HealthInsuranceContributionCategory
    member_type: HealthInsuranceContributionMemberType
    adjustment: bool
    amount: float
    type_: HealthInsuranceContributionType = field(metadata={"json": "type"})
    cover_period: GetEmployeeBreakdownPeriod
    policy_id: str
    employee_policy_id: str
    reporting_month: datetime.date
    adjustment_for: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
