"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.selected_option_request import SelectedOptionRequest


@define(kw_only=True)
class PlanCoverageOptionSelectionRequest:
    """The options chosen for one coverage choice of a plan.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    configuration_id: str
    options: list[SelectedOptionRequest]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
