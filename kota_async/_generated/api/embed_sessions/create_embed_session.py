"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateEmbedSession: Create an embed session token The client method that calls it is
`kota.embed_sessions.create` (in resources.py).

    POST /embed/sessions
"""

from __future__ import annotations

from ...models.create_session_token_request import CreateSessionTokenRequest
from ...models.create_session_token_response import CreateSessionTokenResponse
from ...types import Endpoint

ENDPOINT: Endpoint[CreateSessionTokenResponse] = Endpoint(
    operation_id="CreateEmbedSession",
    method="POST",
    path="/embed/sessions",
    response_type=CreateSessionTokenResponse,
    body_type=CreateSessionTokenRequest,
)
