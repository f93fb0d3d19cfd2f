"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eligibility_check_plan_response import EligibilityCheckPlanResponse
    from ..models.eligibility_check_reason_response import EligibilityCheckReasonResponse
    from ..models.eligibility_status import EligibilityStatus
    from ..models.plan_provider_response import PlanProviderResponse


@define(kw_only=True)
class EligibilityCheckResponse:
    """Whether an employee is eligible for a group's plan, and why.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    eligibility_status: EligibilityStatus
    reasons: list[EligibilityCheckReasonResponse]
    provider: PlanProviderResponse
    plan: EligibilityCheckPlanResponse
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
