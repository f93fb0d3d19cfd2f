"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_coverage_option_input_type import PlanCoverageOptionInputType
    from ..models.plan_coverage_option_response import PlanCoverageOptionResponse
    from ..models.plan_coverage_option_scope import PlanCoverageOptionScope


@define(kw_only=True)
class PlanCoverageResponse:
    """The `PlanCoverageResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    name: str
    scope: PlanCoverageOptionScope
    input_type: PlanCoverageOptionInputType
    required: bool
    options: list[PlanCoverageOptionResponse]
    description: None | str | Unset = UNSET
    min_selections: int | None | Unset = UNSET
    max_selections: int | None | Unset = UNSET
    sort_order: int | None | Unset = UNSET
    group_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
