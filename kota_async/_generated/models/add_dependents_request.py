"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dependent_coverage_selections_request import DependentCoverageSelectionsRequest


@define(kw_only=True)
class AddDependentsRequest:
    """The associated persons to add as dependants.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    associated_person_ids: list[str]
    dependent_coverage_selections: list[DependentCoverageSelectionsRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
