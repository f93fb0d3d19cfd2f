"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListPolicyAmendmentIntents: List a policy's amendment intents

    GET /policies/{policy_id}/policy_amendment_intents
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.policy_amendment_intent_response import PolicyAmendmentIntentResponse
from ...models.policy_amendment_intent_response_paged_list import (
    PolicyAmendmentIntentResponsePagedList,
)
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[PolicyAmendmentIntentResponsePagedList] = Endpoint(
    operation_id="ListPolicyAmendmentIntents",
    method="GET",
    path="/policies/{policy_id}/policy_amendment_intents",
    response_type=PolicyAmendmentIntentResponsePagedList,
    body_type=None,
)

ITEM = PolicyAmendmentIntentResponse
"""The model of one item of this list operation's pages."""


def build(
    policy_id: str,
    /,
    *,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[PolicyAmendmentIntentResponsePagedList]:
    """Describe one call of ListPolicyAmendmentIntents; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "policy_id": policy_id,
        },
        query=given(
            {
                "status": status,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
