"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disclosure_response import DisclosureResponse
    from ..models.group_policy_intent_action_required_response import (
        GroupPolicyIntentActionRequiredResponse,
    )
    from ..models.group_policy_intent_status import GroupPolicyIntentStatus
    from ..models.health_insurance_cost_sharing_configuration_response import (
        HealthInsuranceCostSharingConfigurationResponse,
    )


@define(kw_only=True)
class GroupPolicyIntentResponse:
    """The process of turning a quote into a group policy.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    group_id: str
    plan_id: str
    quote_intent_id: str
    status: GroupPolicyIntentStatus
    disclosures: list[DisclosureResponse]
    due_date: datetime.datetime | None | Unset = UNSET
    cost_sharing: HealthInsuranceCostSharingConfigurationResponse | None | Unset = UNSET
    action_required: GroupPolicyIntentActionRequiredResponse | None | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
