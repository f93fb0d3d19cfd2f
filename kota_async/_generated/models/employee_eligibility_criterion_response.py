"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.age_range_details import AgeRangeDetails
    from ..models.employee_eligibility_criterion_type import EmployeeEligibilityCriterionType


@define(kw_only=True)
class EmployeeEligibilityCriterionResponse:
    """The `EmployeeEligibilityCriterionResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    type_: EmployeeEligibilityCriterionType = field(metadata={"json": "type"})
    description: str
    age_range: AgeRangeDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
