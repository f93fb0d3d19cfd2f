"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupPolicies: List group policies The client method that calls it is
`kota.group_policies.list` (in resources.py).

    GET /group_policies
"""

from __future__ import annotations

from ...models.group_policy_response import GroupPolicyResponse
from ...models.group_policy_response_paged_list import GroupPolicyResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[GroupPolicyResponsePagedList] = Endpoint(
    operation_id="ListGroupPolicies",
    method="GET",
    path="/group_policies",
    response_type=GroupPolicyResponsePagedList,
    body_type=None,
)

ITEM = GroupPolicyResponse
"""The model of one item of this list operation's pages."""
