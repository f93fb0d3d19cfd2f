"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployer: Retrieve an employer

    GET /employers/{employer_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employer_response import EmployerResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployerResponse] = Endpoint(
    operation_id="RetrieveEmployer",
    method="GET",
    path="/employers/{employer_id}",
    response_type=EmployerResponse,
    body_type=None,
)


def build(
    employer_id: str,
    /,
) -> Request[EmployerResponse]:
    """Describe one call of RetrieveEmployer; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employer_id": employer_id,
        },
        query=given({}),
    )
