"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.health_insurance_family_cost_sharing_type import (
        HealthInsuranceFamilyCostSharingType,
    )


@define(kw_only=True)
class HealthInsuranceFamilyTypeCostSharingConfigurationResponse:
    """The `HealthInsuranceFamilyTypeCostSharingConfigurationResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    type_: HealthInsuranceFamilyCostSharingType = field(metadata={"json": "type"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
