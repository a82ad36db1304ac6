"""Flows."""

from __future__ import annotations

from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx
from prefect_rest_api import api as ops
from prefect_rest_api.types import path_segment

from .. import models as m
from .._args import bad_argument, dict_arg, flow_fields, name_arg, str_arg, uuid_arg
from .._bodies import filter_body
from ..exceptions import InvalidArgument
from ..transport.requests import fill_path
from ._base import AsyncClientBase
from ._paging import offset_paged

if TYPE_CHECKING:
    from prefect_rest_api.models import Flow


#: The repeat class of a ``request`` by its method; any other method is unsafe.
_METHOD_CLASSES = {
    "GET": "read",
    "HEAD": "read",
    "OPTIONS": "read",
    "PUT": "idempotent",
    "DELETE": "idempotent",
}
#: ``request`` keywords that go into the request as httpx takes them.
_BODY_KEYWORDS = frozenset({"json", "content", "data", "files"})


class AsyncFlowsMixin(AsyncClientBase):
    """Prefect's ``request`` and the flow methods."""

    async def request(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None = None,
        path_params: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send ``method`` to ``path`` (relative to the API root), as Prefect's ``request``.

        ``{name}`` parts of ``path`` are filled from ``path_params``; ``kwargs``
        may be httpx's ``json``, ``content``, ``data`` or ``files``.  The request
        gets the client's headers, CSRF token and retries (a POST or PATCH is
        not sent again after it may have reached the server); the URL is always
        under the API root, so the client's credentials never go elsewhere.  Returns the
        response; a status of 400 or more raises, as every other method does.
        """
        verb = method.upper() if isinstance(method, str) else method
        unknown = sorted(set(kwargs) - _BODY_KEYWORDS)
        if unknown:
            raise bad_argument(unknown[0], kwargs[unknown[0]], "one of json, content, data, files")
        url = str_arg("path", path)
        if path_params is not None:  # each value one quoted segment, never "." or ".."
            url = fill_path(url, dict_arg("path_params", path_params) or {}, path_segment)
        op = SimpleNamespace(
            __name__="request", METHOD=verb, REPEAT=_METHOD_CLASSES.get(verb, "unsafe")
        )
        request_kwargs: dict[str, Any] = {"method": str_arg("method", verb), "url": url, **kwargs}
        if params is not None:
            request_kwargs["params"] = dict_arg("params", params)
        response = await self._send(op, request_kwargs)  # type: ignore[arg-type]
        if response.status_code >= 400:
            raise await self._error(response, "request")
        return response

    async def create_flow(self, flow: Any) -> UUID:
        """Create (or find) the flow of a Prefect ``@flow`` object or any object with ``name``."""
        return await self.create_flow_from_name(flow_fields(flow, "flow")["name"])

    async def create_flow_from_name(self, flow_name: str) -> UUID:
        """Create a flow by name, or find the existing one; returns its id."""
        body = m.FlowCreate(name=name_arg("flow_name", flow_name))
        flow = await self._request(ops.flows.create_flow, body=body)
        return flow.id

    async def read_flow(self, flow_id: UUID | str) -> Flow:
        """Read a flow by id."""
        return await self._request(ops.flows.read_flow, id=uuid_arg("flow_id", flow_id))

    async def read_flow_by_name(self, flow_name: str) -> Flow:
        """Read a flow by name."""
        return await self._request(ops.flows.read_flow_by_name, name=flow_name)

    async def delete_flow(self, flow_id: UUID | str) -> None:
        """Delete a flow by id."""
        await self._request(ops.flows.delete_flow, id=uuid_arg("flow_id", flow_id))

    async def read_flows(
        self,
        *,
        flow_filter: Any = None,
        flow_run_filter: Any = None,
        task_run_filter: Any = None,
        deployment_filter: Any = None,
        work_pool_filter: Any = None,
        work_queue_filter: Any = None,
        sort: Any = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Flow]:
        """Read flows matching the filters (models or dicts; the reference's parameters).

        ``work_queue_filter`` is kept for the reference's signature; the 3.8.8 server
        cannot filter flows by work queue, so giving one raises InvalidArgument.
        """
        if work_queue_filter is not None:
            raise InvalidArgument(
                "work_queue_filter: Prefect 3 servers do not filter flows by work queue; "
                "use work_pool_filter, or read_work_queues and filter the flow runs"
            )
        body = filter_body(
            m.ReadFlowsBody,
            m.FlowSort,
            flow_filter=flow_filter,
            flow_run_filter=flow_run_filter,
            task_run_filter=task_run_filter,
            deployment_filter=deployment_filter,
            work_pool_filter=work_pool_filter,
            sort=sort,
            limit=limit,
            offset=offset,
        )
        return await self._request(ops.flows.read_flows, body=body)

    async def count_flows(self, *, flow_filter: Any = None, flow_run_filter: Any = None) -> int:
        """Count flows matching the filters."""
        body = filter_body(
            m.CountFlowsBody, flow_filter=flow_filter, flow_run_filter=flow_run_filter
        )
        return await self._request(ops.flows.count_flows, body=body)

    def iter_flows(self, *, page_size: int = 200, **filters: Any) -> AsyncIterator[Flow]:
        """Every flow matching ``filters`` (as for ``read_flows``), fetched a page at a time."""
        return offset_paged(self.read_flows, page_size, filters)
