"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@define(kw_only=True)
class EmployeeHealthInsurancePolicyEventResponse:
    """The slim reference to a changed resource carried by a v2 event.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    employer_id: str
    employee_id: str
    external_customer_id: None | str | Unset = UNSET
    resource_type: str | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
