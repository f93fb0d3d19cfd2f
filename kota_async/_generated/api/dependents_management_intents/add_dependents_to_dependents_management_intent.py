"""GENERATED from openapi/kota.yaml; do not edit by hand.

AddDependentsToDependentsManagementIntent: Add dependants to a dependents management intent

    POST /dependents_management_intents/{dependents_management_intent_id}/dependents
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...models.add_dependents_request import AddDependentsRequest
from ...models.dependents_management_intent_response import DependentsManagementIntentResponse
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.dependent_coverage_selections_request import DependentCoverageSelectionsRequest

    pass

ENDPOINT: Endpoint[DependentsManagementIntentResponse] = Endpoint(
    operation_id="AddDependentsToDependentsManagementIntent",
    method="POST",
    path="/dependents_management_intents/{dependents_management_intent_id}/dependents",
    response_type=DependentsManagementIntentResponse,
    body_type=AddDependentsRequest,
)


def build(
    dependents_management_intent_id: str,
    /,
    *,
    associated_person_ids: Sequence[str],
    dependent_coverage_selections: None
    | Sequence[DependentCoverageSelectionsRequest | Mapping[str, Any]]
    | Unset = UNSET,
) -> Request[DependentsManagementIntentResponse]:
    """Describe one call of AddDependentsToDependentsManagementIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "dependents_management_intent_id": dependents_management_intent_id,
        },
        query=given({}),
        body=given(
            {
                "associated_person_ids": associated_person_ids,
                "dependent_coverage_selections": dependent_coverage_selections,
            }
        ),
    )
