"""GENERATED from openapi/kota.yaml; do not edit by hand.

UpdateEmployer: Update an employer The client method that calls it is
`kota.employers.update` (in resources.py).

    PUT /employers/{employer_id}
"""

from __future__ import annotations

from ...models.employer_response import EmployerResponse
from ...models.update_employer_request import UpdateEmployerRequest
from ...types import Endpoint

ENDPOINT: Endpoint[EmployerResponse] = Endpoint(
    operation_id="UpdateEmployer",
    method="PUT",
    path="/employers/{employer_id}",
    response_type=EmployerResponse,
    body_type=UpdateEmployerRequest,
)
