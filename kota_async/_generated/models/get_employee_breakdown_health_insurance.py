"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.get_employee_breakdown_contribution import GetEmployeeBreakdownContribution


@define(kw_only=True)
class GetEmployeeBreakdownHealthInsurance:
    """Health insurance contributions, split by who pays them.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    employer_contributions: list[GetEmployeeBreakdownContribution]
    employee_contributions: list[GetEmployeeBreakdownContribution]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
