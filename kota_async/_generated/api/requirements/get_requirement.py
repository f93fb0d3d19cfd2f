"""GENERATED from openapi/kota.yaml; do not edit by hand.

get-requirement: Retrieve a requirement

    GET /requirements/{requirement_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.requirements_get_requirement_response_200 import (
    RequirementsGetRequirementResponse200,
)
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[RequirementsGetRequirementResponse200] = Endpoint(
    operation_id="get-requirement",
    method="GET",
    path="/requirements/{requirement_id}",
    response_type=RequirementsGetRequirementResponse200,
    body_type=None,
)


def build(
    requirement_id: str,
    /,
) -> Request[RequirementsGetRequirementResponse200]:
    """Describe one call of get-requirement; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "requirement_id": requirement_id,
        },
        query=given({}),
    )
