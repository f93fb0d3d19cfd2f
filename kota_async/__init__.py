"""kota-async: the async Python SDK for the Kota employee-benefits API.

Everything public is importable from here. The exceptions are imported at once (they are
small and users catch them); the client, the pager and the ~400 generated models load only
when first used, which keeps `import kota_async` cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kota_async._version import __version__
from kota_async.errors import *  # noqa: F403 - the error hierarchy is part of the top-level API
from kota_async.errors import __all__ as _errors

if TYPE_CHECKING:
    from kota_async.client import APIResponse as APIResponse
    from kota_async.client import KotaClient as KotaClient
    from kota_async.pagination import AsyncPager as AsyncPager
    from kota_async.pagination import Page as Page

_LAZY = {
    "APIResponse": "kota_async.client",
    "KotaClient": "kota_async.client",
    "AsyncPager": "kota_async.pagination",
    "Page": "kota_async.pagination",
}

__all__ = ["APIResponse", "AsyncPager", "KotaClient", "Page", "__version__", *_errors]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kota_async' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
