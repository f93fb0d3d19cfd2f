"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveGroupPolicyIntent: Retrieve a group policy intent

    GET /group_policy_intents/{group_policy_intent_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_policy_intent_response import GroupPolicyIntentResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupPolicyIntentResponse] = Endpoint(
    operation_id="RetrieveGroupPolicyIntent",
    method="GET",
    path="/group_policy_intents/{group_policy_intent_id}",
    response_type=GroupPolicyIntentResponse,
    body_type=None,
)


def build(
    group_policy_intent_id: str,
    /,
) -> Request[GroupPolicyIntentResponse]:
    """Describe one call of RetrieveGroupPolicyIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_policy_intent_id": group_policy_intent_id,
        },
        query=given({}),
    )
