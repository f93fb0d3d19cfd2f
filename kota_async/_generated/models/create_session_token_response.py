"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    pass


@define(kw_only=True)
class CreateSessionTokenResponse:
    """A short-lived token for Kota's embedded UI.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    token: str
    expiry: datetime.datetime
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
