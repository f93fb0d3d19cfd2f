"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.requirements_requirement_id_post_responses_content_application_json_schema_schema import (
        RequirementsRequirementIdPostResponsesContentApplicationJsonSchemaSchema,
    )
    from ..models.requirements_requirement_id_post_responses_content_application_json_schema_status import (
        RequirementsRequirementIdPostResponsesContentApplicationJsonSchemaStatus,
    )


@define(kw_only=True)
class RequirementsSubmitAnswersResponse200:
    """A requirement after answers were submitted.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    status: RequirementsRequirementIdPostResponsesContentApplicationJsonSchemaStatus
    schema: RequirementsRequirementIdPostResponsesContentApplicationJsonSchemaSchema
    outstanding_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
