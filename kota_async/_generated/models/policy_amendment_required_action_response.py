"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.policy_amendment_action_code import PolicyAmendmentActionCode
    from ..models.policy_amendment_associated_persons_response import (
        PolicyAmendmentAssociatedPersonsResponse,
    )


@define(kw_only=True)
class PolicyAmendmentRequiredActionResponse:
    """What a policy amendment waits for, and by when.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    code: PolicyAmendmentActionCode
    reason: str
    reason_description: str
    due_by: datetime.date
    associated_persons: PolicyAmendmentAssociatedPersonsResponse
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
