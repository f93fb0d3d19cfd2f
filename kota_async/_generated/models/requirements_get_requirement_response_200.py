"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.requirements_requirement_id_get_responses_content_application_json_schema_schema import (
        RequirementsRequirementIdGetResponsesContentApplicationJsonSchemaSchema,
    )


@define(kw_only=True)
class RequirementsGetRequirementResponse200:
    """A requirement: whether it is fulfilled and the schema of its answers.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    is_fulfilled: bool
    fulfilled_at: datetime.datetime | Unset = UNSET
    schema: RequirementsRequirementIdGetResponsesContentApplicationJsonSchemaSchema | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
