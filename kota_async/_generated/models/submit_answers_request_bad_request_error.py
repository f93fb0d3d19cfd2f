"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.requirements_requirement_id_post_responses_content_application_problem_json_schema_errors_items import (
        RequirementsRequirementIdPostResponsesContentApplicationProblemJsonSchemaErrorsItems,
    )


@define(kw_only=True)
class SubmitAnswersRequestBadRequestError:
    """The `SubmitAnswersRequestBadRequestError` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    type_: str = field(metadata={"json": "type"})
    title: str
    status: int
    detail: str
    error_code: str
    trace_id: str
    errors: (
        list[RequirementsRequirementIdPostResponsesContentApplicationProblemJsonSchemaErrorsItems]
        | Unset
    ) = UNSET
    unknown_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
