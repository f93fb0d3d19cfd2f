"""Short-lived credentials for Kota's UIs: embed session tokens and hosted session links.

Your backend mints these with its secret API key and hands them to a browser, so this
module is about getting that hand-off right:

- fresh on every call: the guides require a new token each time a user opens Kota's UI,
  and a hosted link works once; nothing here is cached, and every call is its own POST with
  its own Idempotency-Key;
- both ids for employees: an employee token or link needs the employer id *and* the
  employee id; the helpers take both positionally and check their prefixes (`er_`, `ee_`),
  so swapped or missing ids fail before a request is sent;
- expiry you can act on: `expires_at`, `expires_in()` and `is_expired(leeway=...)`;
- `to_frontend()`: exactly what the browser needs (token or URL, and expiry), as a
  JSON-safe dict. It never contains the API key. The token/URL is itself a bearer
  credential for one user, so `repr()` masks it and it should not be logged.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Unpack

from attrs import frozen

from kota_async._generated.types import UNSET, RequestOptions

if TYPE_CHECKING:
    from kota_async._generated.resources import Resources

__all__ = ["DEFAULT_LEEWAY", "HostedLink", "SessionToken", "Sessions"]

DEFAULT_LEEWAY = 30.0
"""Seconds before `expires_at` from which `is_expired()` already says True, so a token is
not handed to a browser that will only get to use it after it lapsed."""


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _mask(secret: str) -> str:
    return f"'...{secret[-4:]}'" if len(secret) > 12 else "'...'"


@frozen(repr=False)
class _Expiring:
    expires_at: datetime

    def expires_in(self, *, now: datetime | None = None) -> float:
        """Seconds until expiry (0.0 once expired)."""
        current = _aware(now) if now is not None else datetime.now(UTC)
        return max(0.0, (_aware(self.expires_at) - current).total_seconds())

    def is_expired(
        self, leeway: float | timedelta = DEFAULT_LEEWAY, *, now: datetime | None = None
    ) -> bool:
        """True if expired, or expiring within `leeway` (seconds or a timedelta)."""
        margin = leeway if isinstance(leeway, timedelta) else timedelta(seconds=leeway)
        current = _aware(now) if now is not None else datetime.now(UTC)
        return current + margin >= _aware(self.expires_at)

    def _frontend_expiry(self) -> dict[str, Any]:
        return {
            "expires_at": _aware(self.expires_at).isoformat().replace("+00:00", "Z"),
            "expires_in": int(self.expires_in()),
        }


@frozen(repr=False)
class SessionToken(_Expiring):
    """An Embed SDK session token for one employer, or for one employee of it."""

    token: str
    employer_id: str
    employee_id: str | None = None

    def to_frontend(self) -> dict[str, Any]:
        """`{"token", "expires_at", "expires_in"}`: what the Embed SDK needs, JSON-safe."""
        return {"token": self.token, **self._frontend_expiry()}

    def __repr__(self) -> str:
        who = f", employee_id={self.employee_id!r}" if self.employee_id else ""
        return (
            f"SessionToken(employer_id={self.employer_id!r}{who}, "
            f"expires_at={self.expires_at.isoformat()!r}, token={_mask(self.token)})"
        )


@frozen(repr=False)
class HostedLink(_Expiring):
    """A single-use link to Kota Hosted for one employee; send the employee to `url`."""

    url: str
    employer_id: str
    employee_id: str

    def to_frontend(self) -> dict[str, Any]:
        """`{"url", "expires_at", "expires_in"}`: enough to redirect the browser, JSON-safe."""
        return {"url": self.url, **self._frontend_expiry()}

    def __repr__(self) -> str:
        return (
            f"HostedLink(employer_id={self.employer_id!r}, employee_id={self.employee_id!r}, "
            f"expires_at={self.expires_at.isoformat()!r}, url={_mask(self.url)})"
        )


def _check_id(name: str, value: object, prefix: str) -> str:
    if not isinstance(value, str) or not value.startswith(prefix) or len(value) <= len(prefix):
        raise ValueError(f"{name} must be a Kota id starting with {prefix!r}, got {value!r}")
    return value


def _employee_ids(employer_id: object, employee_id: object) -> dict[str, str]:
    """Both ids an employee session needs, checked, as the request's arguments."""
    return {
        "employer_id": _check_id("employer_id", employer_id, "er_"),
        "employee_id": _check_id("employee_id", employee_id, "ee_"),
    }


class Sessions:
    """`kota.sessions`: mint embed tokens and hosted links (see the module docstring)."""

    __slots__ = ("_kota",)

    def __init__(self, kota: Resources) -> None:
        self._kota = kota

    async def employer_token(
        self,
        employer_id: str,
        *,
        external_customer_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SessionToken:
        """A token for the employer Embed UI. EoR platforms pass `external_customer_id`
        (their id for the customer company) as Kota requires for employer sessions."""
        _check_id("employer_id", employer_id, "er_")
        answer = await self._kota.embed_sessions.create(
            employer_id=employer_id,
            external_customer_id=UNSET if external_customer_id is None else external_customer_id,
            **options,
        )
        return SessionToken(expires_at=answer.expiry, token=answer.token, employer_id=employer_id)

    async def employee_token(
        self, employer_id: str, employee_id: str, **options: Unpack[RequestOptions]
    ) -> SessionToken:
        """A token for the employee Embed UI; both ids are required."""
        ids = _employee_ids(employer_id, employee_id)
        answer = await self._kota.embed_sessions.create(**ids, **options)
        return SessionToken(expires_at=answer.expiry, token=answer.token, **ids)

    async def hosted_link(
        self, employer_id: str, employee_id: str, **options: Unpack[RequestOptions]
    ) -> HostedLink:
        """A single-use Kota Hosted link for one employee; both ids are required."""
        ids = _employee_ids(employer_id, employee_id)
        answer = await self._kota.hosted_sessions.create(**ids, **options)
        return HostedLink(expires_at=answer.expiry, url=answer.link, **ids)
