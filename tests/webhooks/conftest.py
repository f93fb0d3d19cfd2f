"""Fixtures for the webhook tests: a receiver mounted on a real aiohttp server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from webhook_samples import Serve

from kota_async.webhooks import WebhookReceiver


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    """Start an app with `receiver.handle` at POST /webhooks/kota; returns a client for it."""
    clients: list[TestClient[web.Request, web.Application]] = []

    async def start(receiver: WebhookReceiver) -> TestClient[web.Request, web.Application]:
        app = web.Application()
        app.router.add_post("/webhooks/kota", receiver.handle)
        client = TestClient(TestServer(app, host="127.0.0.1"))
        await client.start_server()
        clients.append(client)
        return client

    yield start
    for client in clients:
        await client.close()
