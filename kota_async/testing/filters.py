"""The comma-separated status filters of Kota's list endpoints (`filter=pending,active`).

The spec types these as plain strings; the allowed values come from the status enums, so
the fake checks them here and names the parameter when one is wrong.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from kota_async.testing.problems import Problem

__all__ = ["status_filter"]


def status_filter(
    query: Mapping[str, Any], name: str, allowed: Collection[str]
) -> frozenset[str] | None:
    """The set of statuses asked for in query parameter `name` (None: no filter).

    An unknown value is a 400 naming the parameter, like Kota's validation.
    """
    raw = query.get(name)
    if raw is None or raw == "":
        return None
    wanted = frozenset(part.strip() for part in str(raw).split(",") if part.strip())
    unknown = sorted(wanted - frozenset(allowed))
    if unknown:
        raise Problem.validation(
            {name: [f"unknown value(s) {', '.join(unknown)}; allowed: {', '.join(allowed)}"]}
        )
    return wanted
