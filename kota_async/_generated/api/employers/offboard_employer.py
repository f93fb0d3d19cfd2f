"""GENERATED from openapi/kota.yaml; do not edit by hand.

OffboardEmployer: Offboard an employer

    POST /employers/{employer_id}/offboard
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employer_response import EmployerResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployerResponse] = Endpoint(
    operation_id="OffboardEmployer",
    method="POST",
    path="/employers/{employer_id}/offboard",
    response_type=EmployerResponse,
    body_type=None,
)


def build(
    employer_id: str,
    /,
) -> Request[EmployerResponse]:
    """Describe one call of OffboardEmployer; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employer_id": employer_id,
        },
        query=given({}),
    )
