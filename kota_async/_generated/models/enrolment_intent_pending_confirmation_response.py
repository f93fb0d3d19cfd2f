"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrolment_intent_associated_person_response import (
        EnrolmentIntentAssociatedPersonResponse,
    )
    from ..models.enrolment_intent_confirmation_type import EnrolmentIntentConfirmationType


@define(kw_only=True)
class EnrolmentIntentPendingConfirmationResponse:
    """The `EnrolmentIntentPendingConfirmationResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    due_by: datetime.datetime
    code: EnrolmentIntentConfirmationType
    reason: str
    reason_description: str
    associated_persons: EnrolmentIntentAssociatedPersonResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
