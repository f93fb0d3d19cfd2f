"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateEmbedSession: Create an embed session token

    POST /embed/sessions
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.create_session_token_request import CreateSessionTokenRequest
from ...models.create_session_token_response import CreateSessionTokenResponse
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[CreateSessionTokenResponse] = Endpoint(
    operation_id="CreateEmbedSession",
    method="POST",
    path="/embed/sessions",
    response_type=CreateSessionTokenResponse,
    body_type=CreateSessionTokenRequest,
)


def build(
    *,
    employer_id: str,
    employee_id: None | str | Unset = UNSET,
    external_customer_id: None | str | Unset = UNSET,
) -> Request[CreateSessionTokenResponse]:
    """Describe one call of CreateEmbedSession; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given({}),
        body=given(
            {
                "employer_id": employer_id,
                "employee_id": employee_id,
                "external_customer_id": external_customer_id,
            }
        ),
    )
