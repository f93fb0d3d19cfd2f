"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListPolicyImportIntents: List policy import intents

    GET /policy_import_intents
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.policy_import_intent_response import PolicyImportIntentResponse
from ...models.policy_import_intent_response_paged_list import PolicyImportIntentResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[PolicyImportIntentResponsePagedList] = Endpoint(
    operation_id="ListPolicyImportIntents",
    method="GET",
    path="/policy_import_intents",
    response_type=PolicyImportIntentResponsePagedList,
    body_type=None,
)

ITEM = PolicyImportIntentResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    employee_id: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[PolicyImportIntentResponsePagedList]:
    """Describe one call of ListPolicyImportIntents; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "employee_id": employee_id,
                "group_id": group_id,
                "status": status,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
