"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_enrolment_type import GroupEnrolmentType
    from ..models.group_status import GroupStatus
    from ..models.group_type import GroupType


@define(kw_only=True)
class GroupResponse:
    """A set of an employer's employees who share the same benefits.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    name: str
    status: GroupStatus
    group_type: GroupType
    enrolment_type: GroupEnrolmentType
    employer_id: str
    group_policy_ids: list[str]
    group_quote_intent_ids: list[str]
    group_policy_intent_ids: list[str]
    description: None | str | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
