"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrievePolicy: Retrieve a policy The client method that calls it is
`kota.policies.retrieve` (in resources.py).

    GET /policies/{policy_id}
"""

from __future__ import annotations

from ...models.policy_response import PolicyResponse
from ...types import Endpoint

ENDPOINT: Endpoint[PolicyResponse] = Endpoint(
    operation_id="RetrievePolicy",
    method="GET",
    path="/policies/{policy_id}",
    response_type=PolicyResponse,
    body_type=None,
)
