"""The one place a request is sent: URL, auth, idempotency, retries, decoding, errors.

Everything a call needs beyond its description (`Request`) happens here, in this order:

1. describe -> wire: path ids checked and quoted, query encoded, the body validated and
   JSON-encoded once (`_serde`); a bad argument is a `ValueError` before anything is sent.
2. headers: `Authorization: Bearer <key>`, `User-Agent`, and an `Idempotency-Key` on every
   POST (the caller's, or a UUID4 made once for the call; a caller's key is sent on any
   method). A retry re-sends the very same bytes and the very same key, so Kota applies a
   retried POST at most once. `extra_headers` are added last, as given.
3. attempts: `timeout` bounds each attempt (connect to last byte of the body). Connection
   errors, timeouts and 408/429/500/502/503/504 are retried up to `max_retries` times,
   waiting with backoff's exponential generator and full jitter (capped), or exactly what
   `Retry-After` asks (seconds or an HTTP date). A `Retry-After` beyond the policy's cap is
   not slept through: the error is raised at once, with `RateLimitError.retry_after` set,
   so the caller can reschedule. Redirects are not followed (a 3xx is an `APIError`).
4. answer: a 2xx body is read once, `json.loads`-ed once and structured into the
   operation's model; anything else becomes the `errors.py` exception for its status.

Debug logging (logger `kota_async`) records method, path, status, attempt, elapsed time and
trace id per attempt; never the API key, the idempotency key or a body.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextvars import ContextVar
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Generic, ParamSpec, TypeVar, cast
from urllib.parse import quote, urlencode

import aiohttp
import backoff
from attrs import frozen
from yarl import URL

from kota_async import _serde
from kota_async._generated.types import Endpoint, Request, RequestOptions
from kota_async._version import __version__
from kota_async.errors import (
    TRACE_HEADERS,
    APIConnectionError,
    APITimeoutError,
    ResponseDecodeError,
    error_from_response,
    snippet,
)

__all__ = [
    "MAX_IDEMPOTENCY_KEY_LENGTH",
    "RETRYABLE_STATUSES",
    "USER_AGENT",
    "APIResponse",
    "RetryPolicy",
    "Transport",
    "parse_retry_after",
    "with_raw_response",
]

R = TypeVar("R")
T = TypeVar("T")
P = ParamSpec("P")

logger = logging.getLogger("kota_async")

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
"""Statuses that mean "try again" (the request was not, or may safely be re-, applied)."""

MAX_IDEMPOTENCY_KEY_LENGTH = 200
"""Longest Idempotency-Key accepted; longer is refused before sending."""

USER_AGENT = (
    f"kota-async/{__version__} "
    f"python/{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro} "
    f"aiohttp/{aiohttp.__version__}"
)
"""Sent on every request, so Kota can tell which SDK build a problem report came from."""

_json_encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
# One encoder for every body: json.dumps with options would build a new one per call.

_RETRYABLE_EXCEPTIONS = (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError, TimeoutError)


@frozen
class RetryPolicy:
    """How long to wait between attempts.

    Waits grow as `base_delay * 2**n` up to `max_delay`, each drawn uniformly from
    [0, that] (full jitter, so a burst of failing clients does not retry in lockstep).
    A server's `Retry-After` is honoured as given, up to `max_retry_after`; a longer one is
    returned to the caller as an error instead of being slept through.
    """

    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def delays(self) -> Iterator[float]:
        """The successive jittered waits, from backoff's exponential generator."""
        waits = backoff.expo(base=2, factor=self.base_delay, max_value=self.max_delay)
        next(waits)  # backoff's generators are primed by one empty send
        for wait in waits:
            yield backoff.full_jitter(wait)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` value (delta-seconds or an HTTP date).

    Returns None when absent or unreadable; a date in the past means 0.
    """
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


@frozen
class APIResponse(Generic[T]):
    """A call's parsed result together with the HTTP exchange it came from.

    Returned by `KotaClient.with_raw_response`, for the times the typed model is not enough:
    a header Kota added, the exact bytes for an audit log, how many attempts it took.
    """

    parsed: T
    status: int
    headers: Mapping[str, str]
    body: bytes
    attempts: int
    elapsed: float

    @property
    def trace_id(self) -> str | None:
        """The server's trace id for this exchange, if it sent one."""
        for name in TRACE_HEADERS:
            value = self.headers.get(name)
            if value:
                return value
        return None

    def json(self) -> Any:
        """The body as plain JSON data (None for an empty body)."""
        return json.loads(self.body) if self.body else None


@frozen
class _Exchange:
    status: int
    headers: Mapping[str, str]
    body: bytes
    attempts: int
    elapsed: float


_CAPTURE: ContextVar[list[_Exchange] | None] = ContextVar("kota_async_capture", default=None)


async def with_raw_response(
    fn: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
) -> APIResponse[T]:
    """Await `fn(*args, **kwargs)` and return its result with the last exchange it made."""
    exchanges: list[_Exchange] = []
    token = _CAPTURE.set(exchanges)
    try:
        parsed = await fn(*args, **kwargs)
    finally:
        _CAPTURE.reset(token)
    if not exchanges:
        raise ValueError(f"{fn!r} returned without sending a request to Kota")
    last = exchanges[-1]
    return APIResponse(
        parsed=parsed,
        status=last.status,
        headers=last.headers,
        body=last.body,
        attempts=last.attempts,
        elapsed=last.elapsed,
    )


def new_idempotency_key() -> str:
    """A random (version 4) UUID in its usual text form, made about three times faster than
    `str(uuid.uuid4())`, which shows on a bulk load's hot path."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _check_idempotency_key(key: object) -> str:
    if not isinstance(key, str) or not key:
        raise ValueError("idempotency_key must be a non-empty string")
    if len(key) > MAX_IDEMPOTENCY_KEY_LENGTH:
        raise ValueError(
            f"idempotency_key is {len(key)} characters; at most "
            f"{MAX_IDEMPOTENCY_KEY_LENGTH} are allowed"
        )
    if not key.isascii() or not key.isprintable():
        raise ValueError("idempotency_key must be printable ASCII (it is sent as a header)")
    return key


class Transport:
    """Sends `Request`s for one client: owns (or borrows) the aiohttp session.

    The session is created lazily on the first call, inside the running event loop, and
    is bound to it; the client refuses to be used from another loop or after `close()`.
    """

    retry_policy: RetryPolicy

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        timeout: float,
        max_retries: int,
        max_connections: int,
        session: aiohttp.ClientSession | None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        self._api_key = api_key
        self._base_url = base_url.rstrip("/")
        self._max_retries = max_retries
        self._max_connections = max_connections
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._headers = {
            "Authorization": f"Bearer {api_key}",
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
        }
        self._session = session
        self._owns_session = session is None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self.retry_policy = retry_policy or RetryPolicy()

    @property
    def base_url(self) -> str:
        """Where requests go (no trailing slash)."""
        return self._base_url

    @property
    def closed(self) -> bool:
        """True once `close()` ran; no further calls are accepted."""
        return self._closed

    def session_for_call(self) -> aiohttp.ClientSession:
        """The session to send with, created on first use; refuses a closed client or a
        different event loop than the one the session was created in."""
        if self._closed:
            raise RuntimeError("this KotaClient is closed; create a new one to make more calls")
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            raise RuntimeError(
                "KotaClient calls must be awaited inside a running asyncio event loop "
                "(e.g. within `asyncio.run(main())`)"
            ) from None
        session = self._session
        if session is None:
            session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._max_connections),
                timeout=self._timeout,
            )
            self._session = session
            self._loop = loop
        elif self._loop is not None and self._loop is not loop:
            raise RuntimeError(
                "this KotaClient was first used in a different event loop (each asyncio.run() "
                "makes a new one); create the client inside the loop that uses it, e.g. "
                "`async with KotaClient() as kota:` in your main coroutine"
            )
        elif session.closed:
            raise RuntimeError("the aiohttp ClientSession given to KotaClient has been closed")
        return session

    async def close(self) -> None:
        """Close the session if this transport created it (a caller's session is left open)."""
        self._closed = True
        session, self._session = self._session, None
        if session is not None and self._owns_session:
            await session.close()

    def _redact(self, text: str) -> str:
        return text.replace(self._api_key, "<redacted>")

    async def send(self, request: Request[R], options: RequestOptions) -> R:
        """Send one logical call (with its retries) and return the decoded success body."""
        session = self.session_for_call()
        endpoint = request.endpoint
        method = endpoint.method
        path = (
            _serde.format_path(endpoint.path, request.path_params)
            if request.path_params
            else endpoint.path
        )
        url_text = self._base_url + path
        if request.query:
            pairs = _serde.encode_query(request.query)
            if pairs:
                url_text += "?" + urlencode(pairs, quote_via=quote)
        url = URL(url_text, encoded=True)

        headers = dict(self._headers)
        body: bytes | None = None
        if request.body is not None:
            data = (
                _serde.encode_body(endpoint.body_type, request.body)
                if endpoint.body_type is not None
                else _serde.encode(request.body)
            )
            body = _json_encode(data).encode()
            headers["Content-Type"] = "application/json"
        key = options.get("idempotency_key")
        if key is not None:
            headers["Idempotency-Key"] = _check_idempotency_key(key)
        elif method == "POST":
            headers["Idempotency-Key"] = new_idempotency_key()
        extra = options.get("extra_headers")
        if extra:
            headers.update(extra)
        timeout = options.get("timeout")
        if timeout is None:
            client_timeout = self._timeout
        elif timeout > 0:
            client_timeout = aiohttp.ClientTimeout(total=timeout)
        else:
            raise ValueError(f"timeout must be positive, got {timeout!r}")
        max_retries = options.get("max_retries", self._max_retries)
        if max_retries < 0:
            raise ValueError(f"max_retries must not be negative, got {max_retries!r}")

        debug = logger.isEnabledFor(logging.DEBUG)
        started = time.monotonic()
        delays: Iterator[float] | None = None
        attempt = 0
        while True:
            attempt += 1
            try:
                async with session.request(
                    method,
                    url,
                    headers=headers,
                    data=body,
                    timeout=client_timeout,
                    allow_redirects=False,
                ) as resp:
                    raw = await resp.read()
                    status = resp.status
                    resp_headers: Mapping[str, str] = resp.headers
            except _RETRYABLE_EXCEPTIONS as exc:
                if isinstance(exc, aiohttp.ClientSSLError):
                    raise self._connection_error(exc, method, path, attempt) from exc
                if debug:
                    self._log(method, path, type(exc).__name__, attempt, started, None)
                if attempt > max_retries:
                    raise self._connection_error(exc, method, path, attempt) from exc
                if delays is None:
                    delays = self.retry_policy.delays()
                await asyncio.sleep(next(delays))
                continue
            except aiohttp.ClientError as exc:
                raise APIConnectionError(
                    self._redact(f"{method} {path} failed: {type(exc).__name__}: {exc}")
                ) from exc

            if debug:
                trace_id = next((resp_headers[h] for h in TRACE_HEADERS if h in resp_headers), None)
                self._log(method, path, status, attempt, started, trace_id)
            if status < 300:
                capture = _CAPTURE.get()
                if capture is not None:
                    capture.append(
                        _Exchange(status, resp_headers, raw, attempt, time.monotonic() - started)
                    )
                return self._decode(endpoint, status, raw)

            retry_after = parse_retry_after(resp_headers.get("Retry-After"))
            if status in RETRYABLE_STATUSES and attempt <= max_retries:
                if retry_after is None:
                    if delays is None:
                        delays = self.retry_policy.delays()
                    await asyncio.sleep(next(delays))
                    continue
                if retry_after <= self.retry_policy.max_retry_after:
                    await asyncio.sleep(retry_after)
                    continue
            raise error_from_response(
                status, resp_headers, raw, retry_after=retry_after, redact=self._api_key
            )

    @staticmethod
    def _log(
        method: str,
        path: str,
        outcome: int | str,
        attempt: int,
        started: float,
        trace_id: str | None,
    ) -> None:
        logger.debug(
            "%s %s -> %s attempt=%d elapsed=%.1fms trace_id=%s",
            method,
            path,
            outcome,
            attempt,
            (time.monotonic() - started) * 1000,
            trace_id,
        )

    def _connection_error(
        self, exc: BaseException, method: str, path: str, attempts: int
    ) -> APIConnectionError:
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        if isinstance(exc, TimeoutError):
            return APITimeoutError(f"{method} {path} timed out ({tries})")
        detail = self._redact(str(exc)) or type(exc).__name__
        return APIConnectionError(f"{method} {path} got no response ({tries}): {detail}")

    def _decode(self, endpoint: Endpoint[R], status: int, raw: bytes) -> R:
        response_type = endpoint.response_type
        if response_type is None or status == 204:
            return cast(R, None)
        try:
            data = json.loads(raw.decode())  # JSON is UTF-8; str parses faster than bytes
        except ValueError:
            raise self._undecodable(endpoint, status, raw, "a body that is not JSON") from None
        try:
            return _serde.decode(data, response_type)
        except _serde.ShapeError as exc:
            raise self._undecodable(
                endpoint, status, raw, f"a body of the wrong shape ({exc})"
            ) from None

    def _undecodable(
        self, endpoint: Endpoint[Any], status: int, raw: bytes, what: str
    ) -> ResponseDecodeError:
        return ResponseDecodeError(
            self._redact(f"{endpoint.operation_id} answered {status} with {what}: {snippet(raw)}"),
            operation_id=endpoint.operation_id,
            status=status,
            body=raw,
        )
