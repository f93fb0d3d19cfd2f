"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_insurance_policy_configuration_response import (
        HealthInsurancePolicyConfigurationResponse,
    )
    from ..models.health_insurance_policy_estimated_gross_premium_response import (
        HealthInsurancePolicyEstimatedGrossPremiumResponse,
    )
    from ..models.health_insurance_policy_renewal_response import (
        HealthInsurancePolicyRenewalResponse,
    )
    from ..models.policy_member_response import PolicyMemberResponse


@define(kw_only=True)
class HealthInsurancePolicyResponse:
    """The `HealthInsurancePolicyResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    opt_out_deadline: datetime.date
    initial_dependents_update_deadline: datetime.date | None
    renewal: HealthInsurancePolicyRenewalResponse
    dependents_supported: bool
    configuration: HealthInsurancePolicyConfigurationResponse
    members: list[PolicyMemberResponse]
    estimated_gross_premium: HealthInsurancePolicyEstimatedGrossPremiumResponse
    policy_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
