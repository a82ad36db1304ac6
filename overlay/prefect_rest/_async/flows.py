"""Flows."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest_api import api as ops

from .. import models as m
from .._args import count_arg, enum_arg, filter_arg, filters_body, flow_fields, name_arg, uuid_arg
from ..exceptions import InvalidArgument
from ._base import AsyncClientBase

if TYPE_CHECKING:
    from prefect_rest_api.models import Flow


class AsyncFlowsMixin(AsyncClientBase):
    """The flow methods."""

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
        body = filters_body(
            m.ReadFlowsBody,
            flows=filter_arg("flow_filter", flow_filter, m.FlowFilter),
            flow_runs=filter_arg("flow_run_filter", flow_run_filter, m.FlowRunFilter),
            task_runs=filter_arg("task_run_filter", task_run_filter, m.TaskRunFilter),
            deployments=filter_arg("deployment_filter", deployment_filter, m.DeploymentFilter),
            work_pools=filter_arg("work_pool_filter", work_pool_filter, m.WorkPoolFilter),
            sort=enum_arg("sort", sort, m.FlowSort),
            limit=count_arg("limit", limit),
            offset=count_arg("offset", offset),
        )
        return await self._request(ops.flows.read_flows, body=body)

    async def count_flows(self, *, flow_filter: Any = None, flow_run_filter: Any = None) -> int:
        """Count flows matching the filters."""
        body = filters_body(
            m.CountFlowsBody,
            flows=filter_arg("flow_filter", flow_filter, m.FlowFilter),
            flow_runs=filter_arg("flow_run_filter", flow_run_filter, m.FlowRunFilter),
        )
        return await self._request(ops.flows.count_flows, body=body)

    async def iter_flows(self, *, page_size: int = 200, **filters: Any) -> AsyncIterator[Flow]:
        """Every flow matching ``filters`` (as for ``read_flows``), fetched a page at a time."""
        offset = filters.pop("offset", 0)
        while True:
            page = await self.read_flows(limit=page_size, offset=offset, **filters)
            for flow in page:
                yield flow
            if len(page) < page_size:
                return
            offset += len(page)
