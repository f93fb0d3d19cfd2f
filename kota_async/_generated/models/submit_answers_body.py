"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.requirements_requirement_id_post_request_body_content_application_json_schema_answers import (
        RequirementsRequirementIdPostRequestBodyContentApplicationJsonSchemaAnswers,
    )


@define(kw_only=True)
class SubmitAnswersBody:
    """The `SubmitAnswersBody` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    answers: RequirementsRequirementIdPostRequestBodyContentApplicationJsonSchemaAnswers
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
