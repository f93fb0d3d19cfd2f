"""The knobs of a FakeKota: how long Kota-side processes take, what it seeds."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FakeSettings"]


@dataclass(frozen=True, slots=True)
class FakeSettings:
    """Timings and seeding of one FakeKota (all durations in seconds of the fake's clock).

    `activation_delay` is how long new employers and employees stay `pending` while
    "Kota runs its checks" (0 activates them on the next request); an employee with an
    `earliest_benefits_start_date` stays pending until that date as well.
    `embed_session_ttl` and `hosted_session_ttl` are the lifetimes of embed tokens and
    hosted links (Kota documents 60 minutes for hosted links). With `seed_reports`, every
    new employer gets an open contribution report for the current month.
    """

    activation_delay: float = 5.0
    embed_session_ttl: float = 3600.0
    hosted_session_ttl: float = 3600.0
    seed_reports: bool = True
