"""`KotaClient`: configuration, the resource namespaces, and the two calls they make.

    async with KotaClient(api_key="pk_test_...") as kota:     # or env KOTA_API_KEY
        employer = await kota.employers.create(...)
        async for employee in kota.employees.list(employer_id=employer.id):
            ...

The namespaces (`kota.employers`, `kota.employees.health_insurance.offers`, ...) are
generated from the spec into `Resources`, which this class extends. Each generated method
only *describes* its call and hands it to `call` (one object back) or `paginate` (an
`AsyncPager`); sending, retrying and decoding live in `_transport.py`.

Configuration rules, chosen so a misconfigured client fails at construction, not at the
first request in production:

- the key comes from `api_key=` or `KOTA_API_KEY`; it must start with `pk_test_` or
  `pk_live_`, and that prefix picks the base URL (`https://test.api.kota.io` or
  `https://api.kota.io`) unless `base_url=` or `KOTA_BASE_URL` says otherwise;
- a base URL must be https, except plain http to a loopback host (the fake server), so a
  key is never sent in clear text over a network;
- the key never appears in `repr()`, logs or exception messages.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Awaitable, Callable
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, Unpack
from urllib.parse import urlsplit

import aiohttp
from attrs import evolve

from kota_async import _transport
from kota_async._generated.resources import EmployeesResource, Resources
from kota_async._generated.types import Request, RequestOptions
from kota_async._transport import APIResponse, Transport
from kota_async.errors import ConfigurationError
from kota_async.pagination import AsyncPager, Page
from kota_async.sessions import Sessions

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from kota_async.bulk import BulkOptions, BulkResult

__all__ = ["BASE_URLS", "APIResponse", "KotaClient"]

R = TypeVar("R")
I = TypeVar("I")  # noqa: E741
T = TypeVar("T")
P = ParamSpec("P")

BASE_URLS = {"pk_test_": "https://test.api.kota.io", "pk_live_": "https://api.kota.io"}
"""Key prefix -> the API base URL it belongs to."""

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def _resolve_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get("KOTA_API_KEY")
    if key is None or not key.strip():
        raise ConfigurationError(
            "no API key: pass KotaClient(api_key=...) or set the KOTA_API_KEY environment variable"
        )
    key = key.strip()
    if not key.startswith(tuple(BASE_URLS)):
        raise ConfigurationError(
            "the API key must start with 'pk_test_' (test mode) or 'pk_live_' (live mode); "
            "check that you copied the secret API key"
        )
    if len(key) <= len("pk_test_") or not key.isascii() or not key.isprintable() or " " in key:
        raise ConfigurationError("the API key is malformed (empty after its prefix, or has spaces)")
    return key


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _resolve_base_url(base_url: str | None, key: str) -> str:
    url = base_url if base_url is not None else os.environ.get("KOTA_BASE_URL")
    if not url:
        return BASE_URLS[key[:8]]
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise ConfigurationError("base_url must be an absolute http(s) URL with a host")
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError("base_url must not contain credentials")
    if parts.query or parts.fragment:
        raise ConfigurationError("base_url must not have a query string or fragment")
    if parts.scheme == "http" and not _is_loopback(host):
        raise ConfigurationError(
            f"refusing plain http to {host!r}: the API key would cross the network "
            "unencrypted; use https (plain http is allowed only for loopback hosts)"
        )
    return url.strip().rstrip("/")


def _to_page(paged: Any, page: int, page_size: int) -> Page[Any]:
    """A generated `*PagedList` model as a `Page`, deriving `has_next_page` if absent."""
    items = list(paged.items)
    total = paged.total_count
    has_next = paged.has_next_page
    if not isinstance(has_next, bool):
        has_next = (page - 1) * page_size + len(items) < total
    number = paged.page if isinstance(paged.page, int) else page
    return Page(
        items=items,
        page=number,
        page_size=paged.page_size,
        total_count=total,
        has_next_page=has_next,
    )


class Employees(EmployeesResource):
    """`kota.employees`: the generated operations, plus `bulk_create` for loading many."""

    def __init__(self, kota: KotaClient) -> None:
        super().__init__(kota)
        self._kota = kota

    async def bulk_create(
        self, rows: Iterable[Mapping[str, Any]], /, **options: Unpack[BulkOptions]
    ) -> BulkResult:
        """Create one employee per row, safely retried and resumable; see `kota_async.bulk`.

        result = await kota.employees.bulk_create(rows, concurrency=16, journal="load.jnl")
        """
        from kota_async.bulk import bulk_create

        return await bulk_create(self._kota, rows, **options)


class KotaClient(Resources):
    """The Kota API client: one per application (it pools connections), used as

        async with KotaClient() as kota: ...

    or kept for the app's lifetime and closed with `await kota.close()` at shutdown.

    - `timeout`: seconds allowed per attempt (connect to last byte); per call: `timeout=`.
    - `max_retries`: extra attempts after a retryable failure; per call: `max_retries=`.
    - `max_connections`: size of the connection pool this client creates.
    - `session`: an aiohttp `ClientSession` of yours to send through (then
      `max_connections` does not apply, and `close()` leaves your session open).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = 30.0,
        max_retries: int = 3,
        max_connections: int = 64,
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        key = _resolve_key(api_key)
        url = _resolve_base_url(base_url, key)
        if not timeout > 0:
            raise ConfigurationError(f"timeout must be positive, got {timeout!r}")
        if max_retries < 0:
            raise ConfigurationError(f"max_retries must not be negative, got {max_retries!r}")
        if max_connections < 1:
            raise ConfigurationError(f"max_connections must be at least 1, got {max_connections!r}")
        self._mode = "live" if key.startswith("pk_live_") else "test"
        self._transport = Transport(
            api_key=key,
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            max_connections=max_connections,
            session=session,
        )
        super().__init__(self)
        self.sessions = Sessions(self)
        """Embed session tokens and hosted session links (`kota_async.sessions`)."""

    @cached_property
    def employees(self) -> Employees:
        """`kota.employees`, with `bulk_create` beside the generated operations."""
        return Employees(self)

    def __repr__(self) -> str:
        state = ", closed" if self._transport.closed else ""
        return f"KotaClient(base_url={self._transport.base_url!r}, mode={self._mode!r}{state})"

    @property
    def base_url(self) -> str:
        """The API root every request goes to."""
        return self._transport.base_url

    @property
    def livemode(self) -> bool:
        """True for a `pk_live_` key (real employees, real policies)."""
        return self._mode == "live"

    async def __aenter__(self) -> KotaClient:
        self._transport.session_for_call()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Release the connection pool (if this client created it). Idempotent."""
        await self._transport.close()

    async def call(self, request: Request[R], options: RequestOptions) -> R:
        """Send one described call and return its typed result (used by the namespaces)."""
        return await self._transport.send(request, options)

    def paginate(
        self,
        request: Request[Any],
        item_type: type[I],
        options: RequestOptions,
        *,
        page_size: int | None,
        limit: int | None,
        prefetch: int,
    ) -> AsyncPager[I]:
        """An `AsyncPager` over a list operation (used by the namespaces' `list` methods)."""
        send = self._transport.send

        async def fetch(page: int, size: int) -> Page[I]:
            query = {**request.query, "page": page, "page_size": size}
            paged = await send(evolve(request, query=query), options)
            return _to_page(paged, page, size)

        return AsyncPager(fetch, page_size=page_size, limit=limit, prefetch=prefetch)

    async def with_raw_response(
        self, fn: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> APIResponse[T]:
        """Call `fn(*args, **kwargs)` and return its result with status, headers and body:

            raw = await kota.with_raw_response(kota.employees.retrieve, "ee_...")
            raw.parsed, raw.status, raw.headers, raw.body, raw.attempts

        Errors still raise; an `APIError` carries `status`, `headers` and `body` itself.
        """
        return await _transport.with_raw_response(fn, *args, **kwargs)
