"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateGroup: Create a group The client method that calls it is
`kota.groups.create` (in resources.py).

    POST /groups
"""

from __future__ import annotations

from ...models.create_group_request import CreateGroupRequest
from ...models.group_response import GroupResponse
from ...types import Endpoint

ENDPOINT: Endpoint[GroupResponse] = Endpoint(
    operation_id="CreateGroup",
    method="POST",
    path="/groups",
    response_type=GroupResponse,
    body_type=CreateGroupRequest,
)
