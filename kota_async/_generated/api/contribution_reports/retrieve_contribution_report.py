"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveContributionReport: Retrieve a contribution report The client method that calls it is
`kota.contribution_reports.retrieve` (in resources.py).

    GET /contribution_reports/{contribution_report_id}
"""

from __future__ import annotations

from ...models.contribution_report_response import ContributionReportResponse
from ...types import Endpoint

ENDPOINT: Endpoint[ContributionReportResponse] = Endpoint(
    operation_id="RetrieveContributionReport",
    method="GET",
    path="/contribution_reports/{contribution_report_id}",
    response_type=ContributionReportResponse,
    body_type=None,
)
