"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundling_type import BundlingType
    from ..models.disclosure_response import DisclosureResponse
    from ..models.health_insurance_policy_response import HealthInsurancePolicyResponse
    from ..models.policy_plan_response import PolicyPlanResponse
    from ..models.policy_provider_response import PolicyProviderResponse
    from ..models.policy_status import PolicyStatus
    from ..models.policy_type import PolicyType


@define(kw_only=True)
class PolicyResponse:
    """One employee's cover under a group policy.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    employee_id: str
    group_policy_id: str
    bundling_type: BundlingType
    status: PolicyStatus
    group_id: str
    provider: PolicyProviderResponse
    plan: PolicyPlanResponse
    start_date: datetime.date
    type_: PolicyType = field(metadata={"json": "type"})
    disclosures: list[DisclosureResponse]
    end_date: datetime.date | None | Unset = UNSET
    cancellation_date: datetime.date | None | Unset = UNSET
    health_insurance: HealthInsurancePolicyResponse | None | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
