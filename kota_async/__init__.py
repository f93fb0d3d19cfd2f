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
    from kota_async.client import KotaClient as KotaClient
    from kota_async.errors import APIConnectionError as APIConnectionError
    from kota_async.errors import APIError as APIError
    from kota_async.errors import APITimeoutError as APITimeoutError
    from kota_async.errors import AuthenticationError as AuthenticationError
    from kota_async.errors import BadRequestError as BadRequestError
    from kota_async.errors import ConfigurationError as ConfigurationError
    from kota_async.errors import IdempotencyError as IdempotencyError
    from kota_async.errors import InvalidStateError as InvalidStateError
    from kota_async.errors import KotaError as KotaError
    from kota_async.errors import NotFoundError as NotFoundError
    from kota_async.errors import PermissionDeniedError as PermissionDeniedError
    from kota_async.errors import RateLimitError as RateLimitError
    from kota_async.errors import ResponseDecodeError as ResponseDecodeError
    from kota_async.errors import ServerError as ServerError
    from kota_async.errors import SignatureVerificationError as SignatureVerificationError
    from kota_async.pagination import AsyncPager as AsyncPager
    from kota_async.pagination import Page as Page

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

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "IdempotencyError",
    "InvalidStateError",
    "KotaClient",
    "KotaError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ServerError",
    "SignatureVerificationError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kota_async' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
