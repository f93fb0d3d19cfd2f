"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@define(kw_only=True)
class PolicyConfigurationRequest:
    """The dates a policy should use.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    desired_policy_start_date: datetime.date | None | Unset = UNSET
    enrolment_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
