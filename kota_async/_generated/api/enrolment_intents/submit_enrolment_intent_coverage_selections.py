"""GENERATED from openapi/kota.yaml; do not edit by hand.

SubmitEnrolmentIntentCoverageSelections: Choose coverage options on an enrolment intent The client method that calls it is
`kota.enrolment_intents.coverage_selections` (in resources.py).

    POST /enrolment_intents/{enrolment_intent_id}/coverage-selections
"""

from __future__ import annotations

from ...models.submit_coverage_selections_request import SubmitCoverageSelectionsRequest
from ...types import Endpoint

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="SubmitEnrolmentIntentCoverageSelections",
    method="POST",
    path="/enrolment_intents/{enrolment_intent_id}/coverage-selections",
    response_type=None,
    body_type=SubmitCoverageSelectionsRequest,
)
