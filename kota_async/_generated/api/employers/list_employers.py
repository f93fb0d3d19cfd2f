"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployers: List employers

    GET /employers
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employer_response import EmployerResponse
from ...models.employer_response_paged_list import EmployerResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployerResponsePagedList] = Endpoint(
    operation_id="ListEmployers",
    method="GET",
    path="/employers",
    response_type=EmployerResponsePagedList,
    body_type=None,
)

ITEM = EmployerResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    filter: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[EmployerResponsePagedList]:
    """Describe one call of ListEmployers; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "filter": filter,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
