"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dependents_management_intent_status import DependentsManagementIntentStatus


@define(kw_only=True)
class PolicyAmendmentDependentsResponse:
    """The `PolicyAmendmentDependentsResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    dependents_management_intent_id: None | str | Unset = UNSET
    status: DependentsManagementIntentStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
