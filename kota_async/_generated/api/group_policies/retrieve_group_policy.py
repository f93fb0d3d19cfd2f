"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveGroupPolicy: Retrieve a group policy

    GET /group_policies/{group_policy_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_policy_response import GroupPolicyResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupPolicyResponse] = Endpoint(
    operation_id="RetrieveGroupPolicy",
    method="GET",
    path="/group_policies/{group_policy_id}",
    response_type=GroupPolicyResponse,
    body_type=None,
)


def build(
    group_policy_id: str,
    /,
) -> Request[GroupPolicyResponse]:
    """Describe one call of RetrieveGroupPolicy; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_policy_id": group_policy_id,
        },
        query=given({}),
    )
