"""Fault injection: make the fake fail the way networks and busy servers do.

Retry and idempotency code is only trustworthy if it has been seen surviving failures,
including the nasty ones where the server *did* the work but the client never learned it.
`fake.faults` offers each kind as one call:

- `fail_next(n, status=500)`: refuse the next n requests before doing anything;
- `fail_after_commit(n, status=500)`: do the work, then answer with an error;
- `drop_after_commit(n)`: do the work, then close the connection without answering;
- `latency(seconds, n=None)`: delay requests (longer than the client timeout = a timeout);
- `rate_limit(n, retry_after=1)`: answer 429 with a `Retry-After` header;
- `random(rate=0.2, kinds=..., seed=...)`: fault a share of requests at random, for soak and
  reliability tests.

Every call takes optional `method=` and `path=` (a path prefix such as "/employees") so a
test can fault only the requests it is about. Explicit rules are used in the order they
were added; the random mode only applies to requests no explicit rule took. `injected`
counts what was actually done, by kind.
"""

from __future__ import annotations

import random as _random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, get_args

__all__ = ["FAULT_KINDS", "Decision", "FaultKind", "Faults"]

FaultKind = Literal["fail", "fail_after_commit", "drop_after_commit", "rate_limit", "latency"]
"""The kinds of fault: names used by `random(kinds=...)` and in `Faults.injected`."""

FAULT_KINDS: tuple[FaultKind, ...] = get_args(FaultKind)


@dataclass(slots=True)
class Decision:
    """What to do to one request: wait first, refuse before the work, or spoil the answer
    after the work (`after` is "fail_after_commit" or "drop_after_commit")."""

    latency: float = 0.0
    refuse_status: int | None = None
    retry_after: float | None = None
    after: FaultKind | None = None
    after_status: int = 500


@dataclass(slots=True)
class _Rule:
    kind: FaultKind
    remaining: int | None
    method: str | None
    path: str | None
    status: int = 500
    retry_after: float = 1.0
    seconds: float = 0.0

    def matches(self, method: str, path: str) -> bool:
        if self.remaining is not None and self.remaining <= 0:
            return False
        if self.method is not None and self.method != method:
            return False
        return self.path is None or path.startswith(self.path)


@dataclass(slots=True)
class _RandomMode:
    rate: float
    kinds: tuple[FaultKind, ...]
    rng: _random.Random
    status: int
    retry_after: float
    latency: float
    method: str | None
    path: str | None


@dataclass
class Faults:
    """The fault-injection switchboard of one FakeKota (`fake.faults`)."""

    injected: Counter[str] = field(default_factory=Counter)
    """How many faults of each kind were applied so far."""

    _rules: list[_Rule] = field(default_factory=list)
    _random: _RandomMode | None = None

    def fail_next(
        self, n: int = 1, status: int = 500, *, method: str | None = None, path: str | None = None
    ) -> None:
        """Answer the next `n` matching requests with `status`, without doing the work."""
        self._add(_Rule("fail", _count(n), _upper(method), path, status=status))

    def fail_after_commit(
        self, n: int = 1, status: int = 500, *, method: str | None = None, path: str | None = None
    ) -> None:
        """Do the work of the next `n` matching requests, then answer `status` anyway.

        The client sees an error for a write that happened: only a retry with the same
        Idempotency-Key avoids a duplicate.
        """
        self._add(_Rule("fail_after_commit", _count(n), _upper(method), path, status=status))

    def drop_after_commit(
        self, n: int = 1, *, method: str | None = None, path: str | None = None
    ) -> None:
        """Do the work of the next `n` matching requests, then close the connection
        without a response (the client sees a disconnect)."""
        self._add(_Rule("drop_after_commit", _count(n), _upper(method), path))

    def latency(
        self,
        seconds: float,
        n: int | None = None,
        *,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Delay matching requests by `seconds` before they are handled: the next `n`, or
        every one until `clear()` when `n` is None. Longer than the client's timeout, this
        is a timeout whose request still completes on the server later."""
        if seconds < 0:
            raise ValueError("latency must be >= 0")
        self._add(
            _Rule(
                "latency", None if n is None else _count(n), _upper(method), path, seconds=seconds
            )
        )

    def rate_limit(
        self,
        n: int = 1,
        retry_after: float = 1,
        *,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Answer the next `n` matching requests with 429 and `Retry-After: retry_after`."""
        self._add(
            _Rule(
                "rate_limit", _count(n), _upper(method), path, status=429, retry_after=retry_after
            )
        )

    def random(
        self,
        rate: float = 0.2,
        kinds: Iterable[FaultKind] = (
            "fail_after_commit",
            "drop_after_commit",
            "rate_limit",
            "latency",
        ),
        *,
        seed: int | None = None,
        status: int = 500,
        retry_after: float = 1,
        latency: float = 2.0,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Fault a share `rate` of matching requests, each with a kind drawn from `kinds`.

        `status` is used by "fail" and "fail_after_commit", `retry_after` by "rate_limit",
        `latency` (seconds) by "latency". A `seed` makes the sequence repeatable.
        Replaces any earlier random mode; `clear()` turns it off.
        """
        chosen = tuple(kinds)
        unknown = [k for k in chosen if k not in FAULT_KINDS]
        if unknown or not chosen:
            raise ValueError(f"kinds must be a non-empty subset of {FAULT_KINDS}, got {chosen}")
        if not 0 <= rate <= 1:
            raise ValueError("rate must be between 0 and 1")
        self._random = _RandomMode(
            rate=rate,
            kinds=chosen,
            rng=_random.Random(seed),
            status=status,
            retry_after=retry_after,
            latency=latency,
            method=_upper(method),
            path=path,
        )

    def clear(self) -> None:
        """Remove every rule and the random mode (the `injected` counts are kept)."""
        self._rules.clear()
        self._random = None

    @property
    def active(self) -> bool:
        """Whether any rule or the random mode could still fault a request."""
        return self._random is not None or any(
            r.remaining is None or r.remaining > 0 for r in self._rules
        )

    def decide(self, method: str, path: str) -> Decision | None:
        """Consume the rules that apply to this request and say what to do (None: nothing).

        Called once per request by the fake's pipeline.
        """
        if not self._rules and self._random is None:
            return None
        decision = Decision()
        took_latency = took_other = False
        for rule in self._rules:
            if not rule.matches(method, path):
                continue
            if rule.kind == "latency":
                if took_latency:
                    continue
                took_latency = True
            elif took_other:
                continue
            else:
                took_other = True
            if rule.remaining is not None:
                rule.remaining -= 1
            self._apply(decision, rule.kind, rule.status, rule.retry_after, rule.seconds)
        self._rules = [r for r in self._rules if r.remaining is None or r.remaining > 0]
        mode = self._random
        if (
            not took_other
            and not took_latency
            and mode is not None
            and (mode.method is None or mode.method == method)
            and (mode.path is None or path.startswith(mode.path))
            and mode.rng.random() < mode.rate
        ):
            kind = mode.rng.choice(mode.kinds)
            self._apply(decision, kind, mode.status, mode.retry_after, mode.latency)
        if decision.latency or decision.refuse_status is not None or decision.after is not None:
            return decision
        return None

    def _apply(
        self, decision: Decision, kind: FaultKind, status: int, retry_after: float, seconds: float
    ) -> None:
        self.injected[kind] += 1
        if kind == "latency":
            decision.latency = seconds
        elif kind == "fail":
            decision.refuse_status = status
        elif kind == "rate_limit":
            decision.refuse_status = 429
            decision.retry_after = retry_after
        else:
            decision.after = kind
            decision.after_status = status

    def _add(self, rule: _Rule) -> None:
        self._rules.append(rule)


def _count(n: int) -> int:
    if n < 1:
        raise ValueError("n must be >= 1")
    return n


def _upper(method: str | None) -> str | None:
    return None if method is None else method.upper()
