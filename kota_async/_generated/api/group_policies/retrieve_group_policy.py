"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveGroupPolicy: Retrieve a group policy The client method that calls it is
`kota.group_policies.retrieve` (in resources.py).

    GET /group_policies/{group_policy_id}
"""

from __future__ import annotations

from ...models.group_policy_response import GroupPolicyResponse
from ...types import Endpoint

ENDPOINT: Endpoint[GroupPolicyResponse] = Endpoint(
    operation_id="RetrieveGroupPolicy",
    method="GET",
    path="/group_policies/{group_policy_id}",
    response_type=GroupPolicyResponse,
    body_type=None,
)
