"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dependents_management_intent_dependent_status import (
        DependentsManagementIntentDependentStatus,
    )
    from ..models.plan_coverage_option_selection_response import PlanCoverageOptionSelectionResponse


@define(kw_only=True)
class DependentInfoResponse:
    """The `DependentInfoResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    associated_person_id: str
    status: DependentsManagementIntentDependentStatus
    coverage_selections: list[PlanCoverageOptionSelectionResponse] | None | Unset = UNSET
    requirement_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
