"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveGroup: Retrieve a group

    GET /groups/{group_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_response import GroupResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupResponse] = Endpoint(
    operation_id="RetrieveGroup",
    method="GET",
    path="/groups/{group_id}",
    response_type=GroupResponse,
    body_type=None,
)


def build(
    group_id: str,
    /,
) -> Request[GroupResponse]:
    """Describe one call of RetrieveGroup; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_id": group_id,
        },
        query=given({}),
    )
