"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contribution_report_status import ContributionReportStatus
    from ..models.get_contribution_report_period import GetContributionReportPeriod


@define(kw_only=True)
class ContributionReportResponse:
    """The benefit contributions of one employer over one period.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    employer_id: str
    period: GetContributionReportPeriod
    status: ContributionReportStatus
    created_at: datetime.datetime
    last_updated_at: datetime.datetime
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    external_customer_id: None | str | Unset = UNSET
    finalized_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
