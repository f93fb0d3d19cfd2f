"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_import_intent_associated_person_response import (
        PolicyImportIntentAssociatedPersonResponse,
    )
    from ..models.policy_import_intent_status import PolicyImportIntentStatus


@define(kw_only=True)
class PolicyImportIntentResponse:
    """The import of a policy an employee already holds.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    status: PolicyImportIntentStatus
    employee_id: str
    group_id: str
    provider_policy_number: str
    member_number: str
    policy_start_date: datetime.date
    associated_persons: list[PolicyImportIntentAssociatedPersonResponse]
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    policy_end_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
