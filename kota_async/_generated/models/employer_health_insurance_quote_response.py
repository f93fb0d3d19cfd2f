"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employer_health_insurance_quote_status import EmployerHealthInsuranceQuoteStatus
    from ..models.health_insurance_coverage_level_response import (
        HealthInsuranceCoverageLevelResponse,
    )
    from ..models.health_insurance_required_action_response import (
        HealthInsuranceRequiredActionResponse,
    )


@define(kw_only=True)
class EmployerHealthInsuranceQuoteResponse:
    """A health insurance quote prepared for an employer.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    employer_id: str
    quoted_at: datetime.datetime
    status: EmployerHealthInsuranceQuoteStatus
    coverage_levels: list[HealthInsuranceCoverageLevelResponse]
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    required_action: HealthInsuranceRequiredActionResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
