"""Sync use of the async streams: ``with``/``for`` run the async object on a portal thread.

An async generator cannot be derived into a sync one by renaming, so the sync
side of a subscriber is the async one driven from an anyio blocking portal.  A
call interrupted in the calling thread (Ctrl-C) cancels its task on the portal.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager, contextmanager
from types import TracebackType
from typing import Any, ParamSpec, Self, TypeVar

T = TypeVar("T")
P = ParamSpec("P")


def call_in_portal(portal: Any, fn: Callable[..., Awaitable[T]], *args: Any) -> T:
    """Run ``fn(*args)`` on ``portal``; cancel it if the wait is interrupted."""
    future = portal.start_task_soon(fn, *args)
    try:
        return future.result()
    except BaseException:
        future.cancel()
        raise


def run_sync(fn: Callable[..., Awaitable[T]], *args: Any) -> T:
    """Run the coroutine function ``fn(*args)`` to completion from sync code (any thread)."""
    from anyio.from_thread import start_blocking_portal

    with start_blocking_portal() as portal:
        return call_in_portal(portal, fn, *args)


def sync_form(fn: Callable[P, Awaitable[T]]) -> Callable[P, T]:
    """The sync form of the coroutine function ``fn``: same parameters, runs it to the end."""

    @functools.wraps(fn)
    def call(*args: P.args, **kwargs: P.kwargs) -> T:
        return run_sync(functools.partial(fn, *args, **kwargs))

    return call


def sync_context_form(
    fn: Callable[P, AbstractAsyncContextManager[T]],
) -> Callable[P, AbstractContextManager[T]]:
    """The ``with`` form of the async context manager factory ``fn``, same parameters.

    The async block is entered and left on a portal thread (where its background
    tasks run) while the ``with`` body runs in the calling thread; an error in the
    body is the one that counts (the async side is left as if the block ended).
    """

    @functools.wraps(fn)
    @contextmanager
    def held(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        from anyio.from_thread import start_blocking_portal

        with start_blocking_portal() as portal:
            wrapped = portal.wrap_async_context_manager(fn(*args, **kwargs))
            value = wrapped.__enter__()
            try:
                yield value
            finally:
                wrapped.__exit__(None, None, None)

    return held  # type: ignore[return-value]


class SyncBridge:
    """Adds ``with`` and ``for`` to a class that has ``__aenter__``/``__aexit__``/``__anext__``.

    Entering and leaving run in one task on the portal (anyio's
    ``wrap_async_context_manager``), so task groups and cancel scopes the async
    side opens in ``__aenter__`` close where they were opened.
    """

    _portal_cm: Any = None
    _portal: Any = None
    _wrapped: Any = None

    def __enter__(self) -> Self:
        from anyio.from_thread import start_blocking_portal

        self._portal_cm = start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        try:
            self._wrapped = self._portal.wrap_async_context_manager(self)
            self._wrapped.__enter__()
        except BaseException as exc:
            self._portal_cm.__exit__(type(exc), exc, exc.__traceback__)
            self._portal_cm = None
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        portal_cm, self._portal_cm = self._portal_cm, None
        # Ctrl-C / SystemExit stay in this thread: raised inside the portal's loop they
        # would stop it instead of unwinding the async side
        passed = (exc_type, exc, tb) if isinstance(exc, Exception) else (None, None, None)
        try:
            self._wrapped.__exit__(*passed)
        finally:
            portal_cm.__exit__(exc_type, exc, tb)

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> Any:
        if self._portal_cm is None:
            raise RuntimeError(f"use `with {type(self).__name__}(...)` before iterating")
        try:
            return call_in_portal(self._portal, self.__anext__)  # type: ignore[attr-defined]
        except StopAsyncIteration:
            raise StopIteration from None
