"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateHostedSession: Create a hosted session link The client method that calls it is
`kota.hosted_sessions.create` (in resources.py).

    POST /hosted/sessions
"""

from __future__ import annotations

from ...models.create_hosted_session_token_response import CreateHostedSessionTokenResponse
from ...models.create_session_token_link_request import CreateSessionTokenLinkRequest
from ...types import Endpoint

ENDPOINT: Endpoint[CreateHostedSessionTokenResponse] = Endpoint(
    operation_id="CreateHostedSession",
    method="POST",
    path="/hosted/sessions",
    response_type=CreateHostedSessionTokenResponse,
    body_type=CreateSessionTokenLinkRequest,
)
