"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eligibility_status import EligibilityStatus
    from ..models.enrolment_reference import EnrolmentReference
    from ..models.enrolment_status import EnrolmentStatus
    from ..models.policy_reference import PolicyReference
    from ..models.scheduled_group_transition_response import ScheduledGroupTransitionResponse


@define(kw_only=True)
class GroupEmployeeResponse:
    """An employee's membership of a group.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    group_id: str
    policies: list[PolicyReference]
    enrolments: list[EnrolmentReference]
    eligibility_status: EligibilityStatus
    enrolment_status: EnrolmentStatus
    scheduled_group_transitions: list[ScheduledGroupTransitionResponse]
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    desired_policy_start_date: datetime.date | None | Unset = UNSET
    enrolment_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
