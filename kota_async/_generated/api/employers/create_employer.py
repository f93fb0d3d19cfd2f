"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateEmployer: Create an employer The client method that calls it is
`kota.employers.create` (in resources.py).

    POST /employers
"""

from __future__ import annotations

from ...models.create_employer_request import CreateEmployerRequest
from ...models.employer_response import EmployerResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EmployerResponse] = Endpoint(
    operation_id="CreateEmployer",
    method="POST",
    path="/employers",
    response_type=EmployerResponse,
    body_type=CreateEmployerRequest,
)
