"""GENERATED from openapi/kota.yaml; do not edit by hand.

UpdateGroup: Update a group The client method that calls it is
`kota.groups.update` (in resources.py).

    PUT /groups/{group_id}
"""

from __future__ import annotations

from ...models.group_response import GroupResponse
from ...models.update_group_request import UpdateGroupRequest
from ...types import Endpoint

ENDPOINT: Endpoint[GroupResponse] = Endpoint(
    operation_id="UpdateGroup",
    method="PUT",
    path="/groups/{group_id}",
    response_type=GroupResponse,
    body_type=UpdateGroupRequest,
)
