"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployeeBreakdownsForContributionReport: List the employee breakdowns of a contribution report The client method that calls it is
`kota.contribution_reports.employee_breakdowns.list` (in resources.py).

    GET /contribution_reports/{contribution_report_id}/employee_breakdowns
"""

from __future__ import annotations

from ...models.contribution_report_employee_breakdown_response import (
    ContributionReportEmployeeBreakdownResponse,
)
from ...models.contribution_report_employee_breakdown_response_paged_list import (
    ContributionReportEmployeeBreakdownResponsePagedList,
)
from ...types import Endpoint

ENDPOINT: Endpoint[ContributionReportEmployeeBreakdownResponsePagedList] = Endpoint(
    operation_id="ListEmployeeBreakdownsForContributionReport",
    method="GET",
    path="/contribution_reports/{contribution_report_id}/employee_breakdowns",
    response_type=ContributionReportEmployeeBreakdownResponsePagedList,
    body_type=None,
)

ITEM = ContributionReportEmployeeBreakdownResponse
"""The model of one item of this list operation's pages."""
