"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employees_count_details import EmployeesCountDetails
    from ..models.employer_eligibility_criterion_type import EmployerEligibilityCriterionType
    from ..models.industry_exclusions_details import IndustryExclusionsDetails
    from ..models.members_count_details import MembersCountDetails


@define(kw_only=True)
class EmployerEligibilityCriterionResponse:
    """The `EmployerEligibilityCriterionResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    type_: EmployerEligibilityCriterionType = field(metadata={"json": "type"})
    description: str
    employees_count: EmployeesCountDetails | None | Unset = UNSET
    members_count: MembersCountDetails | None | Unset = UNSET
    industry_exclusions: IndustryExclusionsDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
