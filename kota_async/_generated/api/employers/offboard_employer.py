"""GENERATED from openapi/kota.yaml; do not edit by hand.

OffboardEmployer: Offboard an employer The client method that calls it is
`kota.employers.offboard` (in resources.py).

    POST /employers/{employer_id}/offboard
"""

from __future__ import annotations

from ...models.employer_response import EmployerResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EmployerResponse] = Endpoint(
    operation_id="OffboardEmployer",
    method="POST",
    path="/employers/{employer_id}/offboard",
    response_type=EmployerResponse,
    body_type=None,
)
