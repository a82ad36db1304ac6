"""prefect_rest: a typed, fast client for the Prefect REST API.

from prefect_rest import get_client

async with get_client() as client:
    flow_id = await client.create_flow_from_name("etl")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .client import get_client

if TYPE_CHECKING:
    from ._async.client import PrefectClient
    from ._sync.client import SyncPrefectClient

__all__ = ["PrefectClient", "SyncPrefectClient", "get_client"]


def __getattr__(name: str) -> Any:
    if name == "PrefectClient":
        from ._async.client import PrefectClient

        return PrefectClient
    if name == "SyncPrefectClient":
        from ._sync.client import SyncPrefectClient

        return SyncPrefectClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
