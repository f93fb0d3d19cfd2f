"""GENERATED from openapi/kota.yaml; do not edit by hand.

get-requirement: Retrieve a requirement The client method that calls it is
`kota.requirements.retrieve` (in resources.py).

    GET /requirements/{requirement_id}
"""

from __future__ import annotations

from ...models.requirements_get_requirement_response_200 import (
    RequirementsGetRequirementResponse200,
)
from ...types import Endpoint

ENDPOINT: Endpoint[RequirementsGetRequirementResponse200] = Endpoint(
    operation_id="get-requirement",
    method="GET",
    path="/requirements/{requirement_id}",
    response_type=RequirementsGetRequirementResponse200,
    body_type=None,
)
