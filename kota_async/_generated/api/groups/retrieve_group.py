"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveGroup: Retrieve a group The client method that calls it is
`kota.groups.retrieve` (in resources.py).

    GET /groups/{group_id}
"""

from __future__ import annotations

from ...models.group_response import GroupResponse
from ...types import Endpoint

ENDPOINT: Endpoint[GroupResponse] = Endpoint(
    operation_id="RetrieveGroup",
    method="GET",
    path="/groups/{group_id}",
    response_type=GroupResponse,
    body_type=None,
)
