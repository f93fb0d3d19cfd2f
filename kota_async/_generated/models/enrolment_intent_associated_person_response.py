"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.associated_person_type import AssociatedPersonType
    from ..models.enrolment_intent_dependent_response import EnrolmentIntentDependentResponse


@define(kw_only=True)
class EnrolmentIntentAssociatedPersonResponse:
    """The `EnrolmentIntentAssociatedPersonResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    optional: bool
    type_: AssociatedPersonType = field(metadata={"json": "type"})
    dependent: EnrolmentIntentDependentResponse | None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
