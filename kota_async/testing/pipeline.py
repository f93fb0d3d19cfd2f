"""The road every API request takes through FakeKota, in Kota's order.

1. the fake's timers fire (employees activate, offboardings complete);
2. bearer authentication: any `pk_test_` key, else 401;
3. injected faults that act before the work (latency, refusals, 429);
4. validation of path, query and JSON body against the spec, else 400 naming the fields;
5. idempotency: a known key replays the stored answer, a reused key is 409;
6. the endpoint itself (a plain function of a `Call`), or 501 when the fake lacks it;
7. injected faults that act after the work (error status, dropped connection).

Endpoints are synchronous functions, so from the idempotency check to the stored answer
nothing else runs: two retries of one request can never both do the work.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from kota_async.testing.faults import Faults
from kota_async.testing.idempotency import IdempotencyStore, StoredResponse, fingerprint
from kota_async.testing.problems import PROBLEM_CONTENT_TYPE, Problem, problem_body
from kota_async.testing.spec import Operation
from kota_async.testing.store import State
from kota_async.testing.validation import Errors

__all__ = ["TEST_KEY_PREFIX", "Call", "Handler", "Pipeline"]

TEST_KEY_PREFIX = "pk_test_"
JSON_CONTENT_TYPE = "application/json"


@dataclass(frozen=True, slots=True)
class Call:
    """A validated request as an endpoint sees it: typed path and query values, JSON body."""

    operation: Operation
    path: Mapping[str, Any]
    query: Mapping[str, Any]
    body: Any


Handler = Callable[[Call], Any] | Callable[[Call], Awaitable[Any]]
"""An endpoint: returns the JSON body of a 200 answer, or raises `Problem`."""


def _dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _retry_after(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else str(seconds)


class Pipeline:
    """Builds the aiohttp handler of each operation around its endpoint function."""

    def __init__(self, state: State, faults: Faults, idempotency: IdempotencyStore) -> None:
        self.state = state
        self.faults = faults
        self.idempotency = idempotency
        self.request_counts: Counter[str] = Counter()

    def handler(
        self, operation: Operation, endpoint: Handler | None
    ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        """The aiohttp handler for one operation (`endpoint` None: answers 501)."""
        is_async = endpoint is not None and inspect.iscoroutinefunction(endpoint)

        async def handle(request: web.Request) -> web.StreamResponse:
            trace_id = uuid.uuid4().hex
            self.request_counts[operation.operation_id] += 1
            try:
                return await self._handle(request, operation, endpoint, is_async, trace_id)
            except Problem as problem:
                return self.problem_response(problem, request.path, trace_id)

        return handle

    @staticmethod
    def problem_response(problem: Problem, instance: str, trace_id: str) -> web.Response:
        """Render a `Problem` as Kota's problem+json response."""
        headers = {"X-Request-Id": trace_id, **problem.headers}
        return web.Response(
            body=problem_body(problem, instance=instance, trace_id=trace_id),
            status=problem.status,
            content_type=PROBLEM_CONTENT_TYPE,
            headers=headers,
        )

    async def _handle(
        self,
        request: web.Request,
        operation: Operation,
        endpoint: Handler | None,
        is_async: bool,
        trace_id: str,
    ) -> web.StreamResponse:
        self.state.tick()
        api_key = _authenticate(request)
        decision = self.faults.decide(request.method, request.path)
        # The body is read before any injected latency, so a client that times out has
        # still delivered its request, and it completes here later: the hard case for
        # retries, which must then be answered from the idempotency store.
        raw = await request.read()
        if decision is not None:
            if decision.latency:
                await asyncio.sleep(decision.latency)
            if decision.refuse_status is not None:
                headers = {}
                if decision.retry_after is not None:
                    headers["Retry-After"] = _retry_after(decision.retry_after)
                raise Problem(
                    decision.refuse_status,
                    "Injected fault: the request was refused before it was processed.",
                    headers=headers,
                )
        call = _parse(request, operation, raw)
        if endpoint is None:
            raise Problem(
                501,
                f"{operation.operation_id} ({operation.method} {operation.path}) is not "
                "implemented by FakeKota.",
            )
        stored, replayed = await self._respond(request, api_key, endpoint, call, is_async, trace_id)
        if decision is not None and decision.after is not None:
            if decision.after == "drop_after_commit":
                if request.transport is not None:
                    request.transport.abort()
                return web.Response(status=204)
            raise Problem(
                decision.after_status,
                "Injected fault: the request was processed, but this error was returned.",
            )
        headers = {"X-Request-Id": trace_id}
        if replayed:
            headers["Idempotent-Replayed"] = "true"
        return web.Response(
            body=stored.body,
            status=stored.status,
            headers=headers,
            content_type=stored.content_type,
        )

    async def _respond(
        self,
        request: web.Request,
        api_key: str,
        endpoint: Handler,
        call: Call,
        is_async: bool,
        trace_id: str,
    ) -> tuple[StoredResponse, bool]:
        """Run the endpoint, or replay the stored answer of a known Idempotency-Key.
        Returns the answer and whether it is a replay."""
        key = request.headers.get("Idempotency-Key") if request.method == "POST" else None
        if key is None:
            return await self._run(endpoint, call, is_async, request.path, trace_id), False
        digest = fingerprint(request.method, request.path, call.body)
        stored = self.idempotency.lookup(api_key, key, digest)
        if stored is not None:
            return stored, True
        stored = await self._run(endpoint, call, is_async, request.path, trace_id)
        if stored.status < 500:
            self.idempotency.save(api_key, key, digest, stored)
        return stored, False

    async def _run(
        self, endpoint: Handler, call: Call, is_async: bool, instance: str, trace_id: str
    ) -> StoredResponse:
        try:
            result = endpoint(call)
            if is_async:
                result = await result
        except Problem as problem:
            return StoredResponse(
                problem.status,
                problem_body(problem, instance=instance, trace_id=trace_id),
                PROBLEM_CONTENT_TYPE,
            )
        return StoredResponse(200, _dumps(result), JSON_CONTENT_TYPE)


def _authenticate(request: web.Request) -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, key = header.partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key:
        raise Problem(
            401,
            "Missing API key: send it as `Authorization: Bearer pk_test_...`.",
            error_code="unauthorized",
        )
    if not key.startswith(TEST_KEY_PREFIX) or len(key) == len(TEST_KEY_PREFIX):
        raise Problem(
            401,
            "Invalid API key: FakeKota accepts test-mode keys only (they start with pk_test_).",
            error_code="unauthorized",
        )
    return key


def _parse(request: web.Request, operation: Operation, raw: bytes) -> Call:
    errors: Errors = {}
    path: dict[str, Any] = {}
    for param in operation.path_params:
        path[param.name] = param.parse(request.match_info.get(param.name, ""), errors)
    query: dict[str, Any] = {}
    if operation.query_params:
        given = request.query
        for param in operation.query_params:
            value = given.get(param.name)
            if value is None:
                if param.required:
                    errors.setdefault(param.name, []).append("is required")
                continue
            query[param.name] = param.parse(value, errors)
    body: Any = None
    if operation.body is not None:
        if raw.strip():
            try:
                body = json.loads(raw)
            except ValueError:
                raise Problem.validation({"body": ["is not valid JSON"]}) from None
            operation.body(body, "", errors)
        elif operation.body_required:
            errors.setdefault("body", []).append("is required (a JSON object)")
    if errors:
        raise Problem.validation(errors)
    return Call(operation=operation, path=path, query=query, body=body)
