"""GENERATED from openapi/kota.yaml; do not edit by hand.

FinalizeContributionReport: Finalize a contribution report The client method that calls it is
`kota.contribution_reports.finalize` (in resources.py).

    POST /contribution_reports/{contribution_report_id}/finalize
"""

from __future__ import annotations

from ...models.contribution_report_response import ContributionReportResponse
from ...types import Endpoint

ENDPOINT: Endpoint[ContributionReportResponse] = Endpoint(
    operation_id="FinalizeContributionReport",
    method="POST",
    path="/contribution_reports/{contribution_report_id}/finalize",
    response_type=ContributionReportResponse,
    body_type=None,
)
