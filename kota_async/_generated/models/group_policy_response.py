"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disclosure_response import DisclosureResponse
    from ..models.group_policy_status import GroupPolicyStatus
    from ..models.health_insurance_group_policy_response import HealthInsuranceGroupPolicyResponse
    from ..models.policy_plan_response import PolicyPlanResponse
    from ..models.policy_provider_response import PolicyProviderResponse
    from ..models.policy_type import PolicyType


@define(kw_only=True)
class GroupPolicyResponse:
    """The contract between an employer and a provider covering a group.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    start_date: datetime.date
    status: GroupPolicyStatus
    type_: PolicyType = field(metadata={"json": "type"})
    provider: PolicyProviderResponse
    plan: PolicyPlanResponse
    disclosures: list[DisclosureResponse]
    group_id: str | Unset = UNSET
    employer_id: str | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    cancellation_date: datetime.date | None | Unset = UNSET
    health_insurance: HealthInsuranceGroupPolicyResponse | None | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
