"""The async client: every resource mixin on one class."""

from __future__ import annotations

from .flows import AsyncFlowsMixin


class PrefectClient(AsyncFlowsMixin):
    """An async client for the Prefect REST API, offering the methods of Prefect's ``PrefectClient``.

    >>> async with PrefectClient("http://127.0.0.1:4200/api") as client:
    ...     flow_id = await client.create_flow_from_name("etl")
    """
