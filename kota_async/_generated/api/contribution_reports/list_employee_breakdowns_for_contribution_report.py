"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployeeBreakdownsForContributionReport: List the employee breakdowns of a contribution report

    GET /contribution_reports/{contribution_report_id}/employee_breakdowns
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.contribution_report_employee_breakdown_response import (
    ContributionReportEmployeeBreakdownResponse,
)
from ...models.contribution_report_employee_breakdown_response_paged_list import (
    ContributionReportEmployeeBreakdownResponsePagedList,
)
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[ContributionReportEmployeeBreakdownResponsePagedList] = Endpoint(
    operation_id="ListEmployeeBreakdownsForContributionReport",
    method="GET",
    path="/contribution_reports/{contribution_report_id}/employee_breakdowns",
    response_type=ContributionReportEmployeeBreakdownResponsePagedList,
    body_type=None,
)

ITEM = ContributionReportEmployeeBreakdownResponse
"""The model of one item of this list operation's pages."""


def build(
    contribution_report_id: str,
    /,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[ContributionReportEmployeeBreakdownResponsePagedList]:
    """Describe one call of ListEmployeeBreakdownsForContributionReport; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "contribution_report_id": contribution_report_id,
        },
        query=given(
            {
                "page": page,
                "page_size": page_size,
            }
        ),
    )
