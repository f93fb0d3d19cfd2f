"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dependents_management_intent_parent_type import (
        DependentsManagementIntentParentType,
    )


@define(kw_only=True)
class DependentsManagementIntentEventResponse:
    """The slim reference to a changed resource carried by a v2 event.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    dependents_management_intent_id: str
    parent_intent_id: UUID
    parent_intent_type: DependentsManagementIntentParentType
    resource_type: str | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
