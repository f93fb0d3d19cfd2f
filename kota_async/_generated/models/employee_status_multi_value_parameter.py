"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employee_status import EmployeeStatus


@define(kw_only=True)
class EmployeeStatusMultiValueParameter:
    """The `EmployeeStatusMultiValueParameter` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    values: list[EmployeeStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
