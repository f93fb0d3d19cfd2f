"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveContributionReport: Retrieve a contribution report

    GET /contribution_reports/{contribution_report_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.contribution_report_response import ContributionReportResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[ContributionReportResponse] = Endpoint(
    operation_id="RetrieveContributionReport",
    method="GET",
    path="/contribution_reports/{contribution_report_id}",
    response_type=ContributionReportResponse,
    body_type=None,
)


def build(
    contribution_report_id: str,
    /,
) -> Request[ContributionReportResponse]:
    """Describe one call of RetrieveContributionReport; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "contribution_report_id": contribution_report_id,
        },
        query=given({}),
    )
