"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amendment_reason_type import AmendmentReasonType
    from ..models.policy_amendment_qualifying_life_event_response import (
        PolicyAmendmentQualifyingLifeEventResponse,
    )


@define(kw_only=True)
class PolicyAmendmentReasonResponse:
    """The `PolicyAmendmentReasonResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    type_: AmendmentReasonType = field(metadata={"json": "type"})
    qualifying_life_event: None | PolicyAmendmentQualifyingLifeEventResponse | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
