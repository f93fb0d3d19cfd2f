"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employer_health_insurance_policy_status import EmployerHealthInsurancePolicyStatus
    from ..models.enrolment_type import EnrolmentType
    from ..models.get_employer_health_policy_renewal import GetEmployerHealthPolicyRenewal
    from ..models.health_insurance_coverage_level_response import (
        HealthInsuranceCoverageLevelResponse,
    )


@define(kw_only=True)
class EmployerHealthInsurancePolicyResponse:
    """An employer's health insurance policy.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    employer_id: str
    start_date: datetime.date
    end_date: datetime.date
    status: EmployerHealthInsurancePolicyStatus
    enrolment_type: EnrolmentType
    renewal: GetEmployerHealthPolicyRenewal
    employer_cancellation_period_length: int
    coverage_levels: list[HealthInsuranceCoverageLevelResponse]
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    cancellation_date: datetime.date | None | Unset = UNSET
    group_policy_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
