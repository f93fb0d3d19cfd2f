"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employee_health_insurance_offer_status import EmployeeHealthInsuranceOfferStatus
    from ..models.health_insurance_coverage_level_response import (
        HealthInsuranceCoverageLevelResponse,
    )
    from ..models.health_insurance_required_action_response import (
        HealthInsuranceRequiredActionResponse,
    )


@define(kw_only=True)
class EmployeeHealthInsuranceOfferResponse:
    """Health insurance cover offered to an employee.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    employer_id: str
    employee_id: str
    status: EmployeeHealthInsuranceOfferStatus
    coverage_level: HealthInsuranceCoverageLevelResponse
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    external_customer_id: None | str | Unset = UNSET
    required_action: HealthInsuranceRequiredActionResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
