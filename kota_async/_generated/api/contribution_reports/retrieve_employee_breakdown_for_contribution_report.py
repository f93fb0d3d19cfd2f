"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployeeBreakdownForContributionReport: Retrieve an employee's breakdown in a contribution report The client method that calls it is
`kota.contribution_reports.employee_breakdowns.retrieve` (in resources.py).

    GET /contribution_reports/{contribution_report_id}/employee_breakdowns/{employee_id}
"""

from __future__ import annotations

from ...models.contribution_report_employee_breakdown_response import (
    ContributionReportEmployeeBreakdownResponse,
)
from ...types import Endpoint

ENDPOINT: Endpoint[ContributionReportEmployeeBreakdownResponse] = Endpoint(
    operation_id="RetrieveEmployeeBreakdownForContributionReport",
    method="GET",
    path="/contribution_reports/{contribution_report_id}/employee_breakdowns/{employee_id}",
    response_type=ContributionReportEmployeeBreakdownResponse,
    body_type=None,
)
