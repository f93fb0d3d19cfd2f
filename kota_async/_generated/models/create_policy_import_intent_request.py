"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_policy_import_intent_associated_person_request import (
        CreatePolicyImportIntentAssociatedPersonRequest,
    )


@define(kw_only=True)
class CreatePolicyImportIntentRequest:
    """The policy to import and who it covers.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    employee_id: str
    group_id: str
    provider_policy_number: str
    member_number: str
    policy_start_date: datetime.date
    policy_end_date: datetime.date | None | Unset = UNSET
    associated_persons: list[CreatePolicyImportIntentAssociatedPersonRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
