"""GENERATED from openapi/kota.yaml; do not edit by hand.

submit-answers: Submit answers to a requirement The client method that calls it is
`kota.requirements.submit_answers` (in resources.py).

    POST /requirements/{requirement_id}
"""

from __future__ import annotations

from ...models.requirements_submit_answers_response_200 import RequirementsSubmitAnswersResponse200
from ...models.submit_answers_body import SubmitAnswersBody
from ...types import Endpoint

ENDPOINT: Endpoint[RequirementsSubmitAnswersResponse200] = Endpoint(
    operation_id="submit-answers",
    method="POST",
    path="/requirements/{requirement_id}",
    response_type=RequirementsSubmitAnswersResponse200,
    body_type=SubmitAnswersBody,
)
