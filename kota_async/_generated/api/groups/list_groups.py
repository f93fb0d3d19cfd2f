"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroups: List groups The client method that calls it is
`kota.groups.list` (in resources.py).

    GET /groups
"""

from __future__ import annotations

from ...models.group_response import GroupResponse
from ...models.group_response_paged_list import GroupResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[GroupResponsePagedList] = Endpoint(
    operation_id="ListGroups",
    method="GET",
    path="/groups",
    response_type=GroupResponsePagedList,
    body_type=None,
)

ITEM = GroupResponse
"""The model of one item of this list operation's pages."""
