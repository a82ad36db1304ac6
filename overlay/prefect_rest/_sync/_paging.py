# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""Offset paging behind the ``iter_*`` methods.

This is the async source.  ``scripts/make_sync.py`` derives ``_sync/_paging.py``
from it; edit this file, never the derived one.
"""

from __future__ import annotations

from collections.abc import Iterator, Callable
from typing import Any

from .._args import count_arg, page_size_arg
from ..exceptions import InvalidArgument


def offset_paged(
    read: Callable[..., Any], page_size: Any, filters: dict[str, Any]
) -> Iterator[Any]:
    """Every item ``read(limit=, offset=, **filters)`` returns, a page at a time.

    ``page_size`` and ``filters["offset"]`` (the first item, default 0) are checked
    here, before the first request; the other filters are ``read``'s to check.
    Paging stops at the first page shorter than ``page_size``.
    """
    size = page_size_arg(page_size)
    if "limit" in filters:
        raise InvalidArgument("limit: not taken by iter_* methods; page_size sets the page length")
    rest = dict(filters)
    offset = count_arg("offset", rest.pop("offset", 0)) or 0
    return _pages(read, size, offset, rest)


def _pages(
    read: Callable[..., Any], size: int, offset: int, filters: dict[str, Any]
) -> Iterator[Any]:
    while True:
        page = read(limit=size, offset=offset, **filters)
        for item in page:
            yield item
        if len(page) < size:
            return
        offset += len(page)
