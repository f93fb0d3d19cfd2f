"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_coverage_option_selection_request import PlanCoverageOptionSelectionRequest
    from ..models.policy_configuration_request import PolicyConfigurationRequest


@define(kw_only=True)
class CreateEnrolmentIntentRequest:
    """The employee and group to enrol, and how.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    employee_id: str
    group_id: str
    force_confirmation: bool
    policy_configuration: None | PolicyConfigurationRequest | Unset = UNSET
    coverage_selections: list[PlanCoverageOptionSelectionRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
