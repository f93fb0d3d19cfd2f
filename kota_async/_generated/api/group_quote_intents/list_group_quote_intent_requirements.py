"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupQuoteIntentRequirements: List a group quote intent's requirements The client method that calls it is
`kota.group_quote_intents.requirements.list` (in resources.py).

    GET /group_quote_intents/{group_quote_intent_id}/requirements
"""

from __future__ import annotations

from ...models.group_quote_intent_requirement_response import GroupQuoteIntentRequirementResponse
from ...models.group_quote_intent_requirement_response_paged_list import (
    GroupQuoteIntentRequirementResponsePagedList,
)
from ...types import Endpoint

ENDPOINT: Endpoint[GroupQuoteIntentRequirementResponsePagedList] = Endpoint(
    operation_id="ListGroupQuoteIntentRequirements",
    method="GET",
    path="/group_quote_intents/{group_quote_intent_id}/requirements",
    response_type=GroupQuoteIntentRequirementResponsePagedList,
    body_type=None,
)

ITEM = GroupQuoteIntentRequirementResponse
"""The model of one item of this list operation's pages."""
