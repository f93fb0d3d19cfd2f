"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    pass


@define(kw_only=True)
class RequirementsRequirementIdPostResponsesContentApplicationProblemJsonSchemaErrorsItems:
    """The `RequirementsRequirementIdPostResponsesContentApplicationProblemJsonSchemaErrorsItems` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    field_id: str
    error_type: str
    message: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
