"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployers: List employers The client method that calls it is
`kota.employers.list` (in resources.py).

    GET /employers
"""

from __future__ import annotations

from ...models.employer_response import EmployerResponse
from ...models.employer_response_paged_list import EmployerResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[EmployerResponsePagedList] = Endpoint(
    operation_id="ListEmployers",
    method="GET",
    path="/employers",
    response_type=EmployerResponsePagedList,
    body_type=None,
)

ITEM = EmployerResponse
"""The model of one item of this list operation's pages."""
