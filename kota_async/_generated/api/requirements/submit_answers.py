"""GENERATED from openapi/kota.yaml; do not edit by hand.

submit-answers: Submit answers to a requirement

    POST /requirements/{requirement_id}
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.requirements_submit_answers_response_200 import RequirementsSubmitAnswersResponse200
from ...models.submit_answers_body import SubmitAnswersBody
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.requirements_requirement_id_post_request_body_content_application_json_schema_answers import (
        RequirementsRequirementIdPostRequestBodyContentApplicationJsonSchemaAnswers,
    )

    pass

ENDPOINT: Endpoint[RequirementsSubmitAnswersResponse200] = Endpoint(
    operation_id="submit-answers",
    method="POST",
    path="/requirements/{requirement_id}",
    response_type=RequirementsSubmitAnswersResponse200,
    body_type=SubmitAnswersBody,
)


def build(
    requirement_id: str,
    /,
    *,
    answers: RequirementsRequirementIdPostRequestBodyContentApplicationJsonSchemaAnswers
    | Mapping[str, Any]
    | Unset = UNSET,
) -> Request[RequirementsSubmitAnswersResponse200]:
    """Describe one call of submit-answers; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "requirement_id": requirement_id,
        },
        query=given({}),
        body=given(
            {
                "answers": answers,
            }
        ),
    )
