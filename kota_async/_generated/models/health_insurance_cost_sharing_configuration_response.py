"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_insurance_cost_sharing_type import HealthInsuranceCostSharingType
    from ..models.health_insurance_family_type_cost_sharing_configuration_response import (
        HealthInsuranceFamilyTypeCostSharingConfigurationResponse,
    )
    from ..models.health_insurance_member_count_cost_sharing_configuration_response import (
        HealthInsuranceMemberCountCostSharingConfigurationResponse,
    )
    from ..models.health_insurance_member_selection_cost_sharing_configuration_response import (
        HealthInsuranceMemberSelectionCostSharingConfigurationResponse,
    )
    from ..models.health_insurance_percentage_cost_sharing_configuration_response import (
        HealthInsurancePercentageCostSharingConfigurationResponse,
    )


@define(kw_only=True)
class HealthInsuranceCostSharingConfigurationResponse:
    """The `HealthInsuranceCostSharingConfigurationResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    type_: HealthInsuranceCostSharingType = field(metadata={"json": "type"})
    member_count: HealthInsuranceMemberCountCostSharingConfigurationResponse | None | Unset = UNSET
    member_selection: (
        HealthInsuranceMemberSelectionCostSharingConfigurationResponse | None | Unset
    ) = UNSET
    percentage: HealthInsurancePercentageCostSharingConfigurationResponse | None | Unset = UNSET
    family_type: HealthInsuranceFamilyTypeCostSharingConfigurationResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
