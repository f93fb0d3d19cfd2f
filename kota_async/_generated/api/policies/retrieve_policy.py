"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrievePolicy: Retrieve a policy

    GET /policies/{policy_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.policy_response import PolicyResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[PolicyResponse] = Endpoint(
    operation_id="RetrievePolicy",
    method="GET",
    path="/policies/{policy_id}",
    response_type=PolicyResponse,
    body_type=None,
)


def build(
    policy_id: str,
    /,
) -> Request[PolicyResponse]:
    """Describe one call of RetrievePolicy; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "policy_id": policy_id,
        },
        query=given({}),
    )
