"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployer: Retrieve an employer The client method that calls it is
`kota.employers.retrieve` (in resources.py).

    GET /employers/{employer_id}
"""

from __future__ import annotations

from ...models.employer_response import EmployerResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EmployerResponse] = Endpoint(
    operation_id="RetrieveEmployer",
    method="GET",
    path="/employers/{employer_id}",
    response_type=EmployerResponse,
    body_type=None,
)
