"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateEnrolmentIntent: Start an employee's enrolment

    POST /enrolment_intents
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...models.create_enrolment_intent_request import CreateEnrolmentIntentRequest
from ...models.enrolment_intent_response import EnrolmentIntentResponse
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.plan_coverage_option_selection_request import PlanCoverageOptionSelectionRequest
    from ...models.policy_configuration_request import PolicyConfigurationRequest

    pass

ENDPOINT: Endpoint[EnrolmentIntentResponse] = Endpoint(
    operation_id="CreateEnrolmentIntent",
    method="POST",
    path="/enrolment_intents",
    response_type=EnrolmentIntentResponse,
    body_type=CreateEnrolmentIntentRequest,
)


def build(
    *,
    employee_id: str,
    group_id: str,
    force_confirmation: bool,
    policy_configuration: PolicyConfigurationRequest | Mapping[str, Any] | None | Unset = UNSET,
    coverage_selections: None
    | Sequence[PlanCoverageOptionSelectionRequest | Mapping[str, Any]]
    | Unset = UNSET,
) -> Request[EnrolmentIntentResponse]:
    """Describe one call of CreateEnrolmentIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given({}),
        body=given(
            {
                "employee_id": employee_id,
                "group_id": group_id,
                "force_confirmation": force_confirmation,
                "policy_configuration": policy_configuration,
                "coverage_selections": coverage_selections,
            }
        ),
    )
