"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employer_health_insurance_policy_renewal_status import (
        EmployerHealthInsurancePolicyRenewalStatus,
    )


@define(kw_only=True)
class GetEmployerHealthPolicyRenewal:
    """The `GetEmployerHealthPolicyRenewal` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    status: EmployerHealthInsurancePolicyRenewalStatus
    renewal_date: datetime.date
    window_start_date: datetime.date
    window_end_date: datetime.date
    decision_confirmed: bool
    renewed_health_insurance_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
