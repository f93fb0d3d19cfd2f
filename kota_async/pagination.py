"""Page-numbered list endpoints, made to feel like one long async sequence.

Every Kota list operation takes `page` (from 1) and `page_size` and answers with `items`,
`page`, `page_size`, `total_count` and `has_next_page`. `AsyncPager` hides that loop:

    async for employee in kota.employees.list(employer_id=er_id):   # every item, in order
        ...
    first = await kota.employees.list(page_size=50)                 # just one Page
    async for page in kota.employees.list().pages():                # page by page

Sequential paging pays one round trip per page. Once the first page has told us
`total_count`, the remaining page numbers are known, so `prefetch=N` keeps up to N page
requests in flight while still yielding strictly in order: a 10,000-item listing at 100 per
page becomes ~100/N round trips of latency instead of 100.

Offset pagination has a known limit: rows created or deleted while you iterate can shift
between pages. `AsyncPager` stops at the first page that reports no next page (or comes back
empty), so it always terminates.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator
from contextlib import aclosing
from typing import Any, Generic, TypeVar

from attrs import frozen

__all__ = ["DEFAULT_PAGE_SIZE", "AsyncPager", "Page", "PageFetcher"]

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 100
"""Items per request when the caller gives no `page_size`: few round trips, modest bodies."""


@frozen
class Page(Generic[T]):
    """One page of a list: its items and where it sits in the whole listing.

    `page_size` is what the server reports (the number of items on this page, which can be
    smaller than requested on the last page).
    """

    items: list[T]
    page: int
    page_size: int
    total_count: int
    has_next_page: bool


PageFetcher = Callable[[int, int], Awaitable[Page[T]]]
"""`fetch(page, page_size)` -> that `Page`; supplied by the client, which owns the transport."""


def _pages_needed(items: int, page_size: int) -> int:
    return -(-items // page_size)


class AsyncPager(Generic[T]):
    """What a `list` method returns: async-iterable over items, awaitable for the first page.

    Nothing is sent until you iterate or await. Each iteration starts again from page 1.

    - `page_size`: items per request (default 100; lowered to `limit` when that is smaller).
    - `limit`: stop after this many items in total.
    - `prefetch`: once `total_count` is known, keep up to this many page requests in flight
      (0 or 1, the default: strictly one after another). Items still come out in order,
      exactly once.
    """

    __slots__ = ("_fetch", "_limit", "_page_size", "_prefetch")

    def __init__(
        self,
        fetch: PageFetcher[T],
        *,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
    ) -> None:
        if page_size is not None and page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        if limit is not None and limit < 0:
            raise ValueError(f"limit must not be negative, got {limit}")
        if prefetch < 0:
            raise ValueError(f"prefetch must not be negative, got {prefetch}")
        if page_size is None:
            page_size = (
                DEFAULT_PAGE_SIZE if limit is None else max(1, min(DEFAULT_PAGE_SIZE, limit))
            )
        self._fetch = fetch
        self._page_size = page_size
        self._limit = limit
        self._prefetch = prefetch

    def __repr__(self) -> str:
        return (
            f"AsyncPager(page_size={self._page_size}, limit={self._limit}, "
            f"prefetch={self._prefetch})"
        )

    def __await__(self) -> Generator[Any, None, Page[T]]:
        """`await pager` fetches only the first page (with `limit` applied to its items)."""
        return self._first_page().__await__()

    async def _first_page(self) -> Page[T]:
        page = await self._fetch(1, self._page_size)
        if self._limit is not None and len(page.items) > self._limit:
            return Page(
                items=page.items[: self._limit],
                page=page.page,
                page_size=page.page_size,
                total_count=page.total_count,
                has_next_page=page.has_next_page,
            )
        return page

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncGenerator[T, None]:
        remaining = self._limit
        if remaining == 0:
            return
        # aclosing: when the caller stops iterating, in-flight prefetches are cancelled now,
        # not whenever the garbage collector finalizes the inner generator.
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                for item in page.items:
                    yield item
                    if remaining is not None:
                        remaining -= 1
                        if remaining == 0:
                            return

    def _last_page(self, total_count: int) -> int:
        wanted = total_count if self._limit is None else min(total_count, self._limit)
        return _pages_needed(wanted, self._page_size)

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page in order (pages are whole: `limit` only decides how many are fetched)."""
        if self._limit == 0:
            return
        first = await self._fetch(1, self._page_size)
        yield first
        if not first.has_next_page or not first.items:
            return
        if self._limit is not None and len(first.items) >= self._limit:
            return
        rest = self._sequential(first) if self._prefetch <= 1 else self._prefetched(first)
        async with aclosing(rest):
            async for page in rest:
                yield page

    async def _sequential(self, first: Page[T]) -> AsyncGenerator[Page[T], None]:
        page_no = 1
        seen = len(first.items)
        while True:
            page_no += 1
            page = await self._fetch(page_no, self._page_size)
            yield page
            seen += len(page.items)
            if not page.has_next_page or not page.items:
                return
            if self._limit is not None and seen >= self._limit:
                return

    async def _prefetched(self, first: Page[T]) -> AsyncGenerator[Page[T], None]:
        last = max(2, self._last_page(first.total_count))
        next_no = 2
        window: deque[tuple[int, asyncio.Future[Page[T]]]] = deque()
        try:
            while True:
                while len(window) < self._prefetch and next_no <= last:
                    window.append(
                        (next_no, asyncio.ensure_future(self._fetch(next_no, self._page_size)))
                    )
                    next_no += 1
                if not window:
                    return
                page_no, pending = window.popleft()
                page = await pending
                yield page
                if not page.has_next_page or not page.items:
                    return
                last = max(last, self._last_page(page.total_count))
                if self._limit is None and page_no >= last:
                    # The listing grew past what total_count promised: keep going.
                    last = page_no + 1
        finally:
            for _, task in window:
                task.cancel()
            if window:
                await asyncio.gather(*(task for _, task in window), return_exceptions=True)
