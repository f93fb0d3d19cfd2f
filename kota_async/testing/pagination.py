"""page/page_size pagination, as every Kota list endpoint answers it.

`page` is 1-based and defaults to 1; `page_size` defaults to 10 and may be at most 100.
The body is `{items, page, page_size, total_count, has_next_page, has_previous_page}`.
A page past the end is an empty `items` list, not an error, like Kota.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from kota_async.testing.problems import Problem

__all__ = ["DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE", "paginate"]

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100

T = TypeVar("T")


def paginate(
    items: Sequence[T], query: Mapping[str, Any], render: Callable[[T], Any]
) -> dict[str, Any]:
    """One page of `items` (already filtered and ordered) as a PagedList body."""
    page = query.get("page", 1)
    page_size = query.get("page_size", DEFAULT_PAGE_SIZE)
    errors: dict[str, list[str]] = {}
    if page < 1:
        errors["page"] = ["must be 1 or more"]
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        errors["page_size"] = [f"must be between 1 and {MAX_PAGE_SIZE}"]
    if errors:
        raise Problem.validation(errors)
    start = (page - 1) * page_size
    total = len(items)
    return {
        "items": [render(item) for item in items[start : start + page_size]],
        "page": page,
        "page_size": page_size,
        "total_count": total,
        "has_next_page": start + page_size < total,
        "has_previous_page": page > 1,
    }
