"""Every SDK operation sends requests that our spec accepts, checked by the Prism mock.

Prism serves ``openapi/kota.yaml`` and validates each incoming request against it: path
parameters, query, headers (bearer auth) and JSON body. Each of the spec's operations is
called through the generated SDK namespace a user would call (``kota.employers.create``,
``kota.employees.health_insurance.offers.list``, ...), with sample data built from the
spec's schemas, and must draw no request violation. Where Prism can fake a valid response,
the SDK must also decode it into the operation's typed model. One deliberately invalid
request shows that a violation is noticed.
"""

from __future__ import annotations

import inspect
import os
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import aiohttp
import pytest
from prism_server import PRISM_BIN, running_prism
from prism_verdicts import Recorder
from sdk_operations import (
    SdkOperation,
    discover_sdk_operations,
    operation_modules,
    prism_cannot_fake,
    sample_call,
)
from spec_files import load_spec
from spec_samples import SampleBuilder

from kota_async.client import KotaClient
from kota_async.errors import APIError, ServerError
from kota_async.pagination import Page

SPEC = load_spec()
OPERATIONS = sorted(
    (op["operationId"], method.upper(), path)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict) and "operationId" in op
)


@pytest.fixture(scope="module")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism serving our spec on 127.0.0.1 for this module; stopped at the end."""
    if not PRISM_BIN.exists():
        message = f"Prism is not installed ({PRISM_BIN} missing): run npm ci"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    with running_prism(Path(log)) as url:
        yield url


@pytest.fixture(scope="module")
def sdk_operations() -> dict[str, SdkOperation]:
    """The generated SDK methods, by the operationId they call."""
    return discover_sdk_operations()


@pytest.fixture(scope="module")
def generated_modules() -> dict[str, ModuleType]:
    """The generated operation modules (ENDPOINT, ITEM), by operationId."""
    return operation_modules()


@asynccontextmanager
async def recorded_client(base_url: str) -> AsyncIterator[tuple[KotaClient, Recorder]]:
    """A KotaClient aimed at Prism, sending through a session whose exchanges are recorded."""
    recorder = Recorder()
    async with (
        aiohttp.ClientSession(trace_configs=[recorder.trace]) as session,
        KotaClient(api_key="pk_test_x", base_url=base_url, session=session, max_retries=0) as kota,
    ):
        yield kota, recorder


def test_the_sdk_has_a_method_for_every_operation(sdk_operations: dict[str, SdkOperation]) -> None:
    assert sorted(sdk_operations) == sorted(op_id for op_id, _, _ in OPERATIONS)
    for op_id, method, path in OPERATIONS:
        assert (sdk_operations[op_id].method, sdk_operations[op_id].path) == (method, path)


@pytest.mark.parametrize(
    ("operation_id", "method", "path"), OPERATIONS, ids=[o[0] for o in OPERATIONS]
)
async def test_operation_is_accepted_by_the_spec(
    prism_url: str,
    sdk_operations: dict[str, SdkOperation],
    generated_modules: dict[str, ModuleType],
    contract_tally: Counter[str],
    operation_id: str,
    method: str,
    path: str,
) -> None:
    contract_tally["called"] += 1
    sdk = sdk_operations[operation_id]
    module = generated_modules[operation_id]
    result: Any = None
    failure: APIError | None = None
    async with recorded_client(prism_url) as (kota, recorder):
        bound = sdk.bound(kota)
        call = sample_call(SPEC, SampleBuilder(SPEC), method, path, inspect.signature(bound))
        try:
            result = await bound(*call.args, **call.kwargs)
        except APIError as exc:  # judged below, from what Prism said about the exchange
            failure = exc

    assert [e.method for e in recorder.exchanges] == [method]
    exchange = recorder.exchanges[0]
    assert exchange.request_violations() == [], f"kota.{sdk.dotted}{call}: {failure}"
    contract_tally["accepted"] += 1

    if failure is None:
        assert exchange.violations == []
        _assert_typed(result, module)
        contract_tally["typed"] += 1
        return
    # Prism refused its own fake answer. That is expected only where the success schema holds
    # a nested object Prism cannot fake validly (see prism_cannot_fake), and must concern
    # nothing but the response.
    assert isinstance(failure, ServerError), f"{failure}: {exchange.violations}"
    assert prism_cannot_fake(SPEC, _success_schema(method, path)), exchange.violations
    assert all(v["location"][0] == "response" for v in exchange.violations)
    contract_tally["request_only"] += 1


def _success_schema(method: str, path: str) -> dict[str, Any]:
    """The JSON body schema of the operation's 2xx answer ({} when it has none)."""
    responses = SPEC["paths"][path][method.lower()]["responses"]
    for status, response in responses.items():
        content = response.get("content", {})
        if str(status).startswith("2") and "application/json" in content:
            schema: dict[str, Any] = content["application/json"]["schema"]
            return schema
    return {}


def _assert_typed(result: Any, module: ModuleType) -> None:
    """The SDK decoded Prism's answer into the operation's model (a Page for list calls)."""
    item_type = getattr(module, "ITEM", None)
    if item_type is not None:
        assert isinstance(result, Page)
        assert all(isinstance(item, item_type) for item in result.items)
    elif module.ENDPOINT.response_type is None:
        assert result is None
    else:
        assert isinstance(result, module.ENDPOINT.response_type)


async def test_an_invalid_body_is_reported_as_a_violation(prism_url: str) -> None:
    """The SDK validates bodies before sending, so a bad one is sent with plain aiohttp."""
    recorder = Recorder()
    async with (
        aiohttp.ClientSession(trace_configs=[recorder.trace]) as session,
        session.post(
            f"{prism_url}/employers",
            json={"legal_name": 42, "contact": {"name": "Ada"}},
            headers={"Authorization": "Bearer pk_test_x"},
        ) as response,
    ):
        assert response.status == 400  # the spec's own 400, as Kota would answer
    locations = {tuple(v["location"]) for v in recorder.exchanges[0].request_violations()}
    assert locations == {
        ("request", "body", "legal_name"),  # not a string
        ("request", "body", "contact"),  # contact.email missing
        ("request", "body"),  # legal_address missing
    }


async def test_an_id_off_its_pattern_is_refused_through_the_sdk(prism_url: str) -> None:
    """A malformed path id reaches Prism and comes back to the caller as an APIError."""
    async with recorded_client(prism_url) as (kota, recorder):
        with pytest.raises(APIError) as raised:
            await kota.employers.retrieve("employer-42")
    assert raised.value.status == 422
    violations = recorder.exchanges[0].request_violations()
    assert [v["location"] for v in violations] == [["request", "path", "employer_id"]]


async def test_a_request_without_the_api_key_is_refused(prism_url: str) -> None:
    """Bearer auth is part of the contract: Prism refuses a request that lacks it."""
    recorder = Recorder()
    async with (
        aiohttp.ClientSession(trace_configs=[recorder.trace]) as session,
        session.get(f"{prism_url}/employers/er_1") as response,
    ):
        assert response.status == 401
    assert recorder.exchanges[0].request_violations()
