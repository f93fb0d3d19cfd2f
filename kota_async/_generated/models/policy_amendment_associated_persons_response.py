"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_person_type import AssociatedPersonType
    from ..models.policy_amendment_dependents_response import PolicyAmendmentDependentsResponse


@define(kw_only=True)
class PolicyAmendmentAssociatedPersonsResponse:
    """The `PolicyAmendmentAssociatedPersonsResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    type_: AssociatedPersonType = field(metadata={"json": "type"})
    dependents: None | PolicyAmendmentDependentsResponse | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
