"""The fake's sense of time: real time plus an offset that tests can push forward.

Kota's behaviour depends on time (employees leave `pending` after checks, idempotency keys
are kept for an hour, hosted links expire after 60 minutes, offboarding completes on its
date). Tests cannot wait an hour, so every time-dependent rule in FakeKota reads this clock,
and `advance()` moves it forward instantly.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

__all__ = ["FakeClock", "format_date", "format_datetime", "parse_datetime"]


class FakeClock:
    """Wall-clock UTC time that only moves forward, and can be advanced by hand.

    Time keeps flowing normally; `advance()` adds to an offset. It never goes back, so
    anything that expires in order of creation (idempotency keys) can be dropped in order.
    """

    def __init__(self, start: datetime | None = None) -> None:
        self._offset = 0.0 if start is None else start.timestamp() - time.time()

    def time(self) -> float:
        """Seconds since the epoch, as the fake sees them."""
        return time.time() + self._offset

    def now(self) -> datetime:
        """The current moment as an aware UTC datetime."""
        return datetime.fromtimestamp(self.time(), UTC)

    def today(self) -> date:
        """Today's date in UTC (Kota's dates are UTC dates)."""
        return self.now().date()

    def advance(self, seconds: float | timedelta) -> None:
        """Jump forward; negative amounts are refused because expiry relies on order."""
        amount = seconds.total_seconds() if isinstance(seconds, timedelta) else float(seconds)
        if amount < 0:
            raise ValueError("FakeClock only moves forward")
        self._offset += amount


def format_datetime(moment: datetime) -> str:
    """RFC 3339 in UTC with millisecond precision and a `Z`, as Kota writes timestamps."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def format_date(day: date) -> str:
    """ISO date (YYYY-MM-DD)."""
    return day.isoformat()


def parse_datetime(value: str) -> datetime:
    """Read an RFC 3339 timestamp; one without an offset is taken as UTC."""
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
