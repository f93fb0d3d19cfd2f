"""kota-async: the async Python SDK for the Kota employee-benefits API.

Everything public is importable from here, but nothing heavy is imported until it is
used: `import kota_async` stays cheap, and the ~400 generated models load one by one as
calls need them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kota_async._version import __version__

if TYPE_CHECKING:
    from kota_async.client import KotaClient
    from kota_async.errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        IdempotencyError,
        InvalidStateError,
        KotaError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ResponseDecodeError,
        ServerError,
        SignatureVerificationError,
    )
    from kota_async.pagination import AsyncPager, Page

_LAZY: dict[str, str] = {
    "KotaClient": "kota_async.client",
    "AsyncPager": "kota_async.pagination",
    "Page": "kota_async.pagination",
    **{
        name: "kota_async.errors"
        for name in (
            "APIConnectionError",
            "APIError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ConfigurationError",
            "IdempotencyError",
            "InvalidStateError",
            "KotaError",
            "NotFoundError",
            "PermissionDeniedError",
            "RateLimitError",
            "ResponseDecodeError",
            "ServerError",
            "SignatureVerificationError",
        )
    },
}

__all__ = ["__version__", *sorted(_LAZY)]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kota_async' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
