"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateHostedSession: Create a hosted session link

    POST /hosted/sessions
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.create_hosted_session_token_response import CreateHostedSessionTokenResponse
from ...models.create_session_token_link_request import CreateSessionTokenLinkRequest
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[CreateHostedSessionTokenResponse] = Endpoint(
    operation_id="CreateHostedSession",
    method="POST",
    path="/hosted/sessions",
    response_type=CreateHostedSessionTokenResponse,
    body_type=CreateSessionTokenLinkRequest,
)


def build(
    *,
    employer_id: str,
    employee_id: str,
) -> Request[CreateHostedSessionTokenResponse]:
    """Describe one call of CreateHostedSession; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given({}),
        body=given(
            {
                "employer_id": employer_id,
                "employee_id": employee_id,
            }
        ),
    )
