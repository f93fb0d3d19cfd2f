"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dependent_info_response import DependentInfoResponse
    from ..models.dependents_management_intent_action_required_response import (
        DependentsManagementIntentActionRequiredResponse,
    )
    from ..models.dependents_management_intent_parent_type import (
        DependentsManagementIntentParentType,
    )
    from ..models.dependents_management_intent_status import DependentsManagementIntentStatus
    from ..models.disclosure_response import DisclosureResponse
    from ..models.plan_coverage_response import PlanCoverageResponse
    from ..models.plan_with_pricing_response import PlanWithPricingResponse


@define(kw_only=True)
class DependentsManagementIntentResponse:
    """The process of changing the dependants on a policy.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    parent_intent_id: str
    parent_intent_type: DependentsManagementIntentParentType
    status: DependentsManagementIntentStatus
    dependents: list[DependentInfoResponse]
    plan: PlanWithPricingResponse
    disclosures: list[DisclosureResponse]
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    coverage_options: list[PlanCoverageResponse] | None | Unset = UNSET
    action_required: DependentsManagementIntentActionRequiredResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
