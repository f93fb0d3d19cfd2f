"""GENERATED from openapi/kota.yaml; do not edit by hand.

ConfirmPolicyAmendmentIntent: Confirm a policy amendment

    POST /policies/{policy_id}/policy_amendment_intents/{policy_amendment_intent_id}/confirm
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="ConfirmPolicyAmendmentIntent",
    method="POST",
    path="/policies/{policy_id}/policy_amendment_intents/{policy_amendment_intent_id}/confirm",
    response_type=None,
    body_type=None,
)


def build(
    policy_id: str,
    policy_amendment_intent_id: str,
    /,
) -> Request[None]:
    """Describe one call of ConfirmPolicyAmendmentIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "policy_id": policy_id,
            "policy_amendment_intent_id": policy_amendment_intent_id,
        },
        query=given({}),
    )
