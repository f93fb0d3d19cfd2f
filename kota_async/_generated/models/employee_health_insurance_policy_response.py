"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employee_health_insurance_policy_status import EmployeeHealthInsurancePolicyStatus
    from ..models.employee_health_policy_renewal import EmployeeHealthPolicyRenewal
    from ..models.enrolment_type import EnrolmentType
    from ..models.health_insurance_coverage_level_response import (
        HealthInsuranceCoverageLevelResponse,
    )
    from ..models.health_insurance_estimated_gross_premium_response import (
        HealthInsuranceEstimatedGrossPremiumResponse,
    )


@define(kw_only=True)
class EmployeeHealthInsurancePolicyResponse:
    """An employee's health insurance policy.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    employer_id: str
    employee_id: str
    start_date: datetime.date
    end_date: datetime.date
    status: EmployeeHealthInsurancePolicyStatus
    enrolment_type: EnrolmentType
    renewal: EmployeeHealthPolicyRenewal
    opt_out_deadline_date: datetime.date
    coverage_level: HealthInsuranceCoverageLevelResponse
    enrolled_dependants_count: int
    estimated_gross_premium: HealthInsuranceEstimatedGrossPremiumResponse
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    external_customer_id: None | str | Unset = UNSET
    cancellation_date: datetime.date | None | Unset = UNSET
    policy_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
