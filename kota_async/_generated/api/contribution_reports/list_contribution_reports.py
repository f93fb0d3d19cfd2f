"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListContributionReports: List contribution reports

    GET /contribution_reports
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.contribution_report_response import ContributionReportResponse
from ...models.contribution_report_response_paged_list import ContributionReportResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[ContributionReportResponsePagedList] = Endpoint(
    operation_id="ListContributionReports",
    method="GET",
    path="/contribution_reports",
    response_type=ContributionReportResponsePagedList,
    body_type=None,
)

ITEM = ContributionReportResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    employer_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    month: int | Unset = UNSET,
    year: int | Unset = UNSET,
    external_customer_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[ContributionReportResponsePagedList]:
    """Describe one call of ListContributionReports; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "employer_id": employer_id,
                "status": status,
                "month": month,
                "year": year,
                "external_customer_id": external_customer_id,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
