"""GENERATED from openapi/kota.yaml; do not edit by hand.

UpdateGroup: Update a group

    PUT /groups/{group_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_response import GroupResponse
from ...models.update_group_request import UpdateGroupRequest
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupResponse] = Endpoint(
    operation_id="UpdateGroup",
    method="PUT",
    path="/groups/{group_id}",
    response_type=GroupResponse,
    body_type=UpdateGroupRequest,
)


def build(
    group_id: str,
    /,
    *,
    name: None | str | Unset = UNSET,
    description: None | str | Unset = UNSET,
) -> Request[GroupResponse]:
    """Describe one call of UpdateGroup; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_id": group_id,
        },
        query=given({}),
        body=given(
            {
                "name": name,
                "description": description,
            }
        ),
    )
