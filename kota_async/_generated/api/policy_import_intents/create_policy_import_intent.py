"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreatePolicyImportIntent: Import an existing policy

    POST /policy_import_intents
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...models.create_policy_import_intent_request import CreatePolicyImportIntentRequest
from ...models.policy_import_intent_response import PolicyImportIntentResponse
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.create_policy_import_intent_associated_person_request import (
        CreatePolicyImportIntentAssociatedPersonRequest,
    )

    pass

ENDPOINT: Endpoint[PolicyImportIntentResponse] = Endpoint(
    operation_id="CreatePolicyImportIntent",
    method="POST",
    path="/policy_import_intents",
    response_type=PolicyImportIntentResponse,
    body_type=CreatePolicyImportIntentRequest,
)


def build(
    *,
    employee_id: str,
    group_id: str,
    provider_policy_number: str,
    member_number: str,
    policy_start_date: datetime.date,
    policy_end_date: None | datetime.date | Unset = UNSET,
    associated_persons: None
    | Sequence[CreatePolicyImportIntentAssociatedPersonRequest | Mapping[str, Any]]
    | Unset = UNSET,
) -> Request[PolicyImportIntentResponse]:
    """Describe one call of CreatePolicyImportIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given({}),
        body=given(
            {
                "employee_id": employee_id,
                "group_id": group_id,
                "provider_policy_number": provider_policy_number,
                "member_number": member_number,
                "policy_start_date": policy_start_date,
                "policy_end_date": policy_end_date,
                "associated_persons": associated_persons,
            }
        ),
    )
