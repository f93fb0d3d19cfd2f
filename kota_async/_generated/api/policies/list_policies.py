"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListPolicies: List policies The client method that calls it is
`kota.policies.list` (in resources.py).

    GET /policies
"""

from __future__ import annotations

from ...models.policy_response import PolicyResponse
from ...models.policy_response_paged_list import PolicyResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[PolicyResponsePagedList] = Endpoint(
    operation_id="ListPolicies",
    method="GET",
    path="/policies",
    response_type=PolicyResponsePagedList,
    body_type=None,
)

ITEM = PolicyResponse
"""The model of one item of this list operation's pages."""
