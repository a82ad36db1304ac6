"""The REST client a stream uses: the caller's, its async twin, or one of its own."""

from __future__ import annotations

from typing import Any

from .connection import StreamTarget, target_for, target_of_client


def default_client() -> Any:
    """``get_client()``'s client (``PREFECT_API_URL`` or the in-process server)."""
    from ..client import get_client

    return get_client()


def async_twin(sync_client: Any) -> Any:
    """An async ``PrefectClient`` on the same server and settings as ``sync_client``."""
    from .._async.client import PrefectClient

    return PrefectClient(
        sync_client._api,
        api_version=sync_client._api_version,
        httpx_settings=sync_client._httpx_settings or None,
        settings=sync_client._settings,
    )


def choose_async_client(given: Any, api_url: str | None = None) -> tuple[Any, bool]:
    """The async client a helper uses for ``given``, and whether it is a new one.

    An async client is used as it is; a sync client gives its async twin; None gives
    a client on ``api_url``, else ``get_client()``'s.  A new one is the caller's to
    enter and close.
    """
    from .._async.client import PrefectClient

    if isinstance(given, PrefectClient):
        return given, False
    if given is None:
        return (PrefectClient(api_url) if api_url else default_client()), True
    return async_twin(given), True


class StreamClient:
    """The async REST client behind a stream, and where its websockets connect.

    ``given``: an async client (used as it is), a sync client (its async twin is
    opened) or None (a client on ``api_url``, else ``get_client()``'s, is opened).
    A client opened here is closed by :meth:`close`.
    """

    def __init__(self, given: Any, api_url: str | None) -> None:
        self._given = given
        self._api_url = api_url
        self._owned = False
        self.client: Any = None
        self.target: StreamTarget | None = None

    async def open(self) -> Any:
        """Enter the client (when it is ours) and find the stream target; return the client."""
        client, self._owned = choose_async_client(self._given, self._api_url)
        if self._owned:
            await client.__aenter__()
        self.client = client
        try:
            self.target = (
                target_for(self._api_url, client._settings)
                if self._api_url
                else target_of_client(client)
            )
        except BaseException:
            await self.close()
            raise
        return client

    async def close(self) -> None:
        """Leave the client if it was opened here."""
        client, self.client = self.client, None
        if client is not None and self._owned:
            await client.__aexit__(None, None, None)
