"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroups: List groups

    GET /groups
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_response import GroupResponse
from ...models.group_response_paged_list import GroupResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupResponsePagedList] = Endpoint(
    operation_id="ListGroups",
    method="GET",
    path="/groups",
    response_type=GroupResponsePagedList,
    body_type=None,
)

ITEM = GroupResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    employer_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[GroupResponsePagedList]:
    """Describe one call of ListGroups; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "employer_id": employer_id,
                "status": status,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
