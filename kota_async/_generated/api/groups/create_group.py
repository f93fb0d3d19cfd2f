"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateGroup: Create a group

    POST /groups
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.create_group_request import CreateGroupRequest
from ...models.group_response import GroupResponse
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupResponse] = Endpoint(
    operation_id="CreateGroup",
    method="POST",
    path="/groups",
    response_type=GroupResponse,
    body_type=CreateGroupRequest,
)


def build(
    *,
    employer_id: str,
    name: str,
    description: None | str | Unset = UNSET,
) -> Request[GroupResponse]:
    """Describe one call of CreateGroup; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given({}),
        body=given(
            {
                "employer_id": employer_id,
                "name": name,
                "description": description,
            }
        ),
    )
