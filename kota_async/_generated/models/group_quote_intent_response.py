"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_link_response import ConsentLinkResponse
    from ..models.disclosure_response import DisclosureResponse
    from ..models.group_quote_intent_action_required_response import (
        GroupQuoteIntentActionRequiredResponse,
    )
    from ..models.group_quote_intent_status import GroupQuoteIntentStatus
    from ..models.health_insurance_cost_sharing_configuration_response import (
        HealthInsuranceCostSharingConfigurationResponse,
    )


@define(kw_only=True)
class GroupQuoteIntentResponse:
    """A request to price a plan for a group.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    group_id: str
    plan_id: str
    status: GroupQuoteIntentStatus
    consent_links: list[ConsentLinkResponse]
    disclosures: list[DisclosureResponse]
    cost_sharing: HealthInsuranceCostSharingConfigurationResponse | None | Unset = UNSET
    expected_start_date: datetime.date | None | Unset = UNSET
    action_required: GroupQuoteIntentActionRequiredResponse | None | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
