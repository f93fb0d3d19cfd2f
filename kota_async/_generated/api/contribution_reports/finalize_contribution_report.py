"""GENERATED from openapi/kota.yaml; do not edit by hand.

FinalizeContributionReport: Finalize a contribution report

    POST /contribution_reports/{contribution_report_id}/finalize
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.contribution_report_response import ContributionReportResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[ContributionReportResponse] = Endpoint(
    operation_id="FinalizeContributionReport",
    method="POST",
    path="/contribution_reports/{contribution_report_id}/finalize",
    response_type=ContributionReportResponse,
    body_type=None,
)


def build(
    contribution_report_id: str,
    /,
) -> Request[ContributionReportResponse]:
    """Describe one call of FinalizeContributionReport; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "contribution_report_id": contribution_report_id,
        },
        query=given({}),
    )
