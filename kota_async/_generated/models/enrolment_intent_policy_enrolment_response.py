"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_insurance_enrolment_intent_response import (
        HealthInsuranceEnrolmentIntentResponse,
    )
    from ..models.policy_plan_response import PolicyPlanResponse
    from ..models.policy_provider_response import PolicyProviderResponse
    from ..models.policy_type import PolicyType


@define(kw_only=True)
class EnrolmentIntentPolicyEnrolmentResponse:
    """The `EnrolmentIntentPolicyEnrolmentResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    type_: PolicyType = field(metadata={"json": "type"})
    estimated_effective_from: datetime.date
    provider: PolicyProviderResponse
    plan: PolicyPlanResponse
    health_insurance: HealthInsuranceEnrolmentIntentResponse | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
