"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateGroupQuoteIntent: Request a quote for a group

    POST /group_quote_intents
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...models.create_group_quote_intent_request import CreateGroupQuoteIntentRequest
from ...models.group_quote_intent_response import GroupQuoteIntentResponse
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.health_insurance_cost_sharing_configuration_response import (
        HealthInsuranceCostSharingConfigurationResponse,
    )
    from ...models.plan_coverage_option_selection_request import PlanCoverageOptionSelectionRequest

    pass

ENDPOINT: Endpoint[GroupQuoteIntentResponse] = Endpoint(
    operation_id="CreateGroupQuoteIntent",
    method="POST",
    path="/group_quote_intents",
    response_type=GroupQuoteIntentResponse,
    body_type=CreateGroupQuoteIntentRequest,
)


def build(
    *,
    group_id: str,
    plan_id: str,
    cost_sharing: HealthInsuranceCostSharingConfigurationResponse
    | Mapping[str, Any]
    | None
    | Unset = UNSET,
    expected_start_date: None | datetime.date | Unset = UNSET,
    coverage_selections: None
    | Sequence[PlanCoverageOptionSelectionRequest | Mapping[str, Any]]
    | Unset = UNSET,
) -> Request[GroupQuoteIntentResponse]:
    """Describe one call of CreateGroupQuoteIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given({}),
        body=given(
            {
                "group_id": group_id,
                "plan_id": plan_id,
                "cost_sharing": cost_sharing,
                "expected_start_date": expected_start_date,
                "coverage_selections": coverage_selections,
            }
        ),
    )
