"""GENERATED from openapi/kota.yaml; do not edit by hand.

SubmitEnrolmentIntentCoverageSelections: Submit coverage selections for an enrolment intent

    POST /enrolment_intents/{enrolment_intent_id}/coverage-selections
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...models.submit_coverage_selections_request import SubmitCoverageSelectionsRequest
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    from ...models.plan_coverage_option_selection_request import PlanCoverageOptionSelectionRequest

    pass

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="SubmitEnrolmentIntentCoverageSelections",
    method="POST",
    path="/enrolment_intents/{enrolment_intent_id}/coverage-selections",
    response_type=None,
    body_type=SubmitCoverageSelectionsRequest,
)


def build(
    enrolment_intent_id: str,
    /,
    *,
    coverage_selections: Sequence[PlanCoverageOptionSelectionRequest | Mapping[str, Any]],
) -> Request[None]:
    """Describe one call of SubmitEnrolmentIntentCoverageSelections; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "enrolment_intent_id": enrolment_intent_id,
        },
        query=given({}),
        body=given(
            {
                "coverage_selections": coverage_selections,
            }
        ),
    )
