"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployeeBreakdownForContributionReport: Retrieve an employee's breakdown in a contribution report

    GET /contribution_reports/{contribution_report_id}/employee_breakdowns/{employee_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.contribution_report_employee_breakdown_response import (
    ContributionReportEmployeeBreakdownResponse,
)
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[ContributionReportEmployeeBreakdownResponse] = Endpoint(
    operation_id="RetrieveEmployeeBreakdownForContributionReport",
    method="GET",
    path="/contribution_reports/{contribution_report_id}/employee_breakdowns/{employee_id}",
    response_type=ContributionReportEmployeeBreakdownResponse,
    body_type=None,
)


def build(
    contribution_report_id: str,
    employee_id: str,
    /,
) -> Request[ContributionReportEmployeeBreakdownResponse]:
    """Describe one call of RetrieveEmployeeBreakdownForContributionReport; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "contribution_report_id": contribution_report_id,
            "employee_id": employee_id,
        },
        query=given({}),
    )
