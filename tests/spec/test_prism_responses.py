"""Every operation's answer, faked by Prism from the spec as the API means it, decodes.

`test_prism_contract.py` serves `openapi/kota.yaml` as written and checks our requests. There,
Prism cannot fake a valid answer where the spec writes a nullable object the .NET way
(`type: 'null'` beside an `allOf`), so 37 answers are only checked on the request side. Here
Prism serves the spec after `generator/normalize.py` (what the SDK is generated from), so it
fakes valid answers for all 87 operations, and the SDK must decode every one into its typed
model: nested objects, nulls, enums, dates and pages included.
"""

from __future__ import annotations

import inspect
import json
import os
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest
from prism_server import PRISM_BIN, running_prism
from sdk_operations import SdkOperation, discover_sdk_operations, operation_modules, sample_call
from spec_files import REPO, load_spec
from spec_samples import SampleBuilder
from test_prism_contract import OPERATIONS, _assert_typed, recorded_client

sys.path.insert(0, str(REPO / "generator"))
from normalize import normalize

SPEC = load_spec()


@pytest.fixture(scope="module")
def normalized_prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism serving the normalized spec on 127.0.0.1 for this module."""
    if not PRISM_BIN.exists():
        message = f"Prism is not installed ({PRISM_BIN} missing): run npm ci"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("prism-normalized")
    spec = folder / "kota.normalized.json"
    spec.write_text(json.dumps(normalize(SPEC)))
    with running_prism(folder / "prism.log", spec_path=spec) as url:
        yield url


@pytest.mark.parametrize(
    ("operation_id", "method", "path"), OPERATIONS, ids=[o[0] for o in OPERATIONS]
)
async def test_a_schema_valid_answer_decodes_into_the_typed_model(
    normalized_prism: str, operation_id: str, method: str, path: str
) -> None:
    sdk: SdkOperation = discover_sdk_operations()[operation_id]
    module: ModuleType = operation_modules()[operation_id]
    async with recorded_client(normalized_prism) as (kota, recorder):
        bound = sdk.bound(kota)
        call = sample_call(SPEC, SampleBuilder(SPEC), method, path, inspect.signature(bound))
        result = await bound(*call.args, **call.kwargs)
    assert recorder.exchanges[0].violations == []
    _assert_typed(result, module)
