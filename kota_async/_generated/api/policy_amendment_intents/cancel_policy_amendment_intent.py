"""GENERATED from openapi/kota.yaml; do not edit by hand.

CancelPolicyAmendmentIntent: Cancel a policy amendment

    POST /policies/{policy_id}/policy_amendment_intents/{id}/cancel
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="CancelPolicyAmendmentIntent",
    method="POST",
    path="/policies/{policy_id}/policy_amendment_intents/{id}/cancel",
    response_type=None,
    body_type=None,
)


def build(
    policy_id: str,
    id: str,
    /,
) -> Request[None]:
    """Describe one call of CancelPolicyAmendmentIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "policy_id": policy_id,
            "id": id,
        },
        query=given({}),
    )
