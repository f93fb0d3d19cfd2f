"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupPolicyIntentRequirements: List a group policy intent's requirements The client method that calls it is
`kota.group_policy_intents.requirements.list` (in resources.py).

    GET /group_policy_intents/{group_policy_intent_id}/requirements
"""

from __future__ import annotations

from ...models.group_policy_intent_requirement_response import GroupPolicyIntentRequirementResponse
from ...models.group_policy_intent_requirement_response_paged_list import (
    GroupPolicyIntentRequirementResponsePagedList,
)
from ...types import Endpoint

ENDPOINT: Endpoint[GroupPolicyIntentRequirementResponsePagedList] = Endpoint(
    operation_id="ListGroupPolicyIntentRequirements",
    method="GET",
    path="/group_policy_intents/{group_policy_intent_id}/requirements",
    response_type=GroupPolicyIntentRequirementResponsePagedList,
    body_type=None,
)

ITEM = GroupPolicyIntentRequirementResponse
"""The model of one item of this list operation's pages."""
