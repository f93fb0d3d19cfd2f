"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListContributionReports: List contribution reports The client method that calls it is
`kota.contribution_reports.list` (in resources.py).

    GET /contribution_reports
"""

from __future__ import annotations

from ...models.contribution_report_response import ContributionReportResponse
from ...models.contribution_report_response_paged_list import ContributionReportResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[ContributionReportResponsePagedList] = Endpoint(
    operation_id="ListContributionReports",
    method="GET",
    path="/contribution_reports",
    response_type=ContributionReportResponsePagedList,
    body_type=None,
)

ITEM = ContributionReportResponse
"""The model of one item of this list operation's pages."""
