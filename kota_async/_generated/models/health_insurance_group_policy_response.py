"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_insurance_group_policy_configuration_response import (
        HealthInsuranceGroupPolicyConfigurationResponse,
    )
    from ..models.health_insurance_policy_renewal_response import (
        HealthInsurancePolicyRenewalResponse,
    )


@define(kw_only=True)
class HealthInsuranceGroupPolicyResponse:
    """The `HealthInsuranceGroupPolicyResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    renewal: HealthInsurancePolicyRenewalResponse
    configuration: HealthInsuranceGroupPolicyConfigurationResponse
    group_policy_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
