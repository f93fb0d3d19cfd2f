"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_configuration_request import PolicyConfigurationRequest


@define(kw_only=True)
class AddEmployeeToGroupRequest:
    """The employee to add, and how to start their enrolment.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    employee_id: str
    create_enrolment_intents: bool | None | Unset = UNSET
    policy_configuration: None | PolicyConfigurationRequest | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
