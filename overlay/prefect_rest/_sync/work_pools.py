# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""Work pools, their workers, and work queues."""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest_api import api as ops

from .. import models as m
from .._args import (
    bad_argument,
    bool_arg,
    count_arg,
    dict_arg,
    int_arg,
    jsonable,
    model_arg,
    name_arg,
    names_arg,
    optional_datetime,
    set_only,
    str_arg,
    uuid_arg,
)
from .._bodies import filter_body
from ..exceptions import ObjectAlreadyExists
from ._replay import SyncReplayMixin

if TYPE_CHECKING:
    from prefect_rest_api.models import (
        FlowRunResponse,
        WorkerFlowRunResponse,
        WorkerResponse,
        WorkPoolConcurrencyStatus,
        WorkPoolCreate,
        WorkPoolResponse,
        WorkPoolUpdate,
        WorkQueueConcurrencyStatus,
        WorkQueueResponse,
        WorkQueueStatusDetail,
    )

#: JSON keys of WorkPoolCreate that an overwrite may PATCH (not name, not type).
_POOL_UPDATABLE = (
    "base_job_template",
    "concurrency_limit",
    "description",
    "is_paused",
    "storage_configuration",
)
#: JSON keys ``update_work_queue`` accepts, by keyword (``filter_`` is ``filter``).
_QUEUE_FIELDS = {
    "name": "name",
    "description": "description",
    "is_paused": "is_paused",
    "concurrency_limit": "concurrency_limit",
    "priority": "priority",
    "last_polled": "last_polled",
    "filter": "filter",
    "filter_": "filter",
}


class SyncWorkPoolsMixin(SyncReplayMixin):
    """Work pool, worker and work queue methods."""

    # --- work pools ------------------------------------------------------

    def create_work_pool(
        self, work_pool: WorkPoolCreate | Mapping[str, Any], overwrite: bool = False
    ) -> WorkPoolResponse:
        """Create a work pool; returns it.

        If the name is taken: with ``overwrite`` the existing pool gets the
        fields set on ``work_pool`` (except name and type; fields left unset
        keep their current values) and is returned as read back; without it
        ``ObjectAlreadyExists`` is raised.  A type that differs from the
        existing pool's is not changed: a ``UserWarning`` says so.
        """
        pool = model_arg("work_pool", work_pool, m.WorkPoolCreate)

        def read_back() -> Any:
            return self._request(ops.work_pools.read_work_pool, name=pool.name)

        try:
            return self._request(
                ops.work_pools.create_work_pool,
                body=pool,
                _replay=self._own_create(pool, read_back),
            )
        except ObjectAlreadyExists:
            if not overwrite:
                raise
        requested = pool.to_dict()
        name = requested["name"]
        existing = self._request(ops.work_pools.read_work_pool, name=name)
        wanted_type = requested.get("type")
        if wanted_type is not None and existing.type != wanted_type:
            warnings.warn(
                # Prefect's sentence first (its tests match it), then the details
                f"Overwriting work pool type is not supported. Ignoring provided type. "
                f"(work pool {name!r} keeps type {existing.type!r}; {wanted_type!r} ignored)",
                UserWarning,
                stacklevel=2,
            )
        changes = {key: requested[key] for key in _POOL_UPDATABLE if key in requested}
        if changes:
            self._request(
                ops.work_pools.update_work_pool,
                name=name,
                body=m.WorkPoolUpdate.from_dict(changes),
            )
        return self._request(ops.work_pools.read_work_pool, name=name)

    def read_work_pool(self, work_pool_name: str) -> WorkPoolResponse:
        """Read a work pool by name."""
        return self._request(
            ops.work_pools.read_work_pool, name=str_arg("work_pool_name", work_pool_name)
        )

    def read_work_pools(
        self,
        limit: int | None = None,
        offset: int = 0,
        work_pool_filter: Any = None,
    ) -> list[WorkPoolResponse]:
        """Read work pools matching ``work_pool_filter``."""
        body = filter_body(
            m.ReadWorkPoolsBody, limit=limit, offset=offset, work_pool_filter=work_pool_filter
        )
        return self._request(ops.work_pools.read_work_pools, body=body)

    def count_work_pools(self, work_pool_filter: Any = None) -> int:
        """Count work pools matching ``work_pool_filter``."""
        body = filter_body(m.CountWorkPoolsBody, work_pool_filter=work_pool_filter)
        return self._request(ops.work_pools.count_work_pools, body=body)

    def update_work_pool(
        self, work_pool_name: str, work_pool: WorkPoolUpdate | Mapping[str, Any]
    ) -> None:
        """Update a work pool with the fields set on ``work_pool`` (a WorkPoolUpdate or dict)."""
        self._request(
            ops.work_pools.update_work_pool,
            name=str_arg("work_pool_name", work_pool_name),
            body=model_arg("work_pool", work_pool, m.WorkPoolUpdate),
        )

    def delete_work_pool(self, work_pool_name: str) -> None:
        """Delete a work pool by name."""
        self._request(
            ops.work_pools.delete_work_pool, name=str_arg("work_pool_name", work_pool_name)
        )

    def get_scheduled_flow_runs_for_work_pool(
        self,
        work_pool_name: str,
        work_queue_names: Iterable[str] | None = None,
        scheduled_before: datetime.datetime | None = None,
        *,
        scheduled_after: datetime.datetime | None = None,
        limit: int | None = None,
    ) -> list[WorkerFlowRunResponse]:
        """Scheduled runs of a pool's queues (all queues unless ``work_queue_names``)."""
        fields = set_only(
            work_queue_names=(
                None
                if work_queue_names is None
                else names_arg("work_queue_names", work_queue_names)
            ),
            scheduled_before=optional_datetime("scheduled_before", scheduled_before),
            scheduled_after=optional_datetime("scheduled_after", scheduled_after),
            limit=limit,
        )
        return self._request(
            ops.work_pools.get_scheduled_flow_runs,
            name=str_arg("work_pool_name", work_pool_name),
            body=m.GetScheduledFlowRunsBody(**fields),
        )

    def read_work_pool_concurrency_status(
        self,
        work_pool_name: str,
        page: int = 1,
        limit: int | None = None,
        flow_run_limit: int = 10,
    ) -> WorkPoolConcurrencyStatus:
        """A work pool's concurrency use, per queue: page ``page`` (from 1) of ``limit``
        queues (server default if None), at most ``flow_run_limit`` runs each (0 to 200)."""
        body = m.ReadWorkPoolConcurrencyStatusBody(
            page=int_arg("page", page, 1),
            flow_run_limit=int_arg("flow_run_limit", flow_run_limit, 0),
            **set_only(limit=count_arg("limit", limit)),
        )
        return self._request(
            ops.work_pools.read_work_pool_concurrency_status,
            name=str_arg("work_pool_name", work_pool_name),
            body=body,
        )

    # --- workers ---------------------------------------------------------

    def send_worker_heartbeat(
        self,
        work_pool_name: str,
        worker_name: str,
        heartbeat_interval_seconds: float | None = None,
        get_worker_id: bool = False,
        worker_metadata: Any = None,
    ) -> UUID | None:
        """Record a heartbeat of worker ``worker_name`` in a pool (creating the worker).

        ``worker_metadata`` (a dict or Prefect's ``WorkerMetadata``) is sent as
        Prefect sends it; the open-source server ignores it.  With
        ``get_worker_id`` the worker's id is returned: from the answer where the
        server gives it (Prefect Cloud), else read back by name (the open-source
        server answers 204 with no body, where Prefect's client returns None).
        """
        pool = str_arg("work_pool_name", work_pool_name)
        data: dict[str, Any] = {"name": str_arg("worker_name", worker_name)}
        if heartbeat_interval_seconds is not None:
            seconds = heartbeat_interval_seconds
            if isinstance(seconds, bool) or not isinstance(seconds, int | float):
                raise bad_argument("heartbeat_interval_seconds", seconds, "a number of seconds")
            if seconds != int(seconds):  # the API takes whole seconds
                raise bad_argument("heartbeat_interval_seconds", seconds, "a whole number")
            data["heartbeat_interval_seconds"] = int(seconds)
        if worker_metadata is not None:
            data["metadata"] = dict_arg("worker_metadata", worker_metadata)
        if bool_arg("get_worker_id", get_worker_id):
            data["return_id"] = True
        response = self._request_response(
            ops.work_pools.worker_heartbeat,
            work_pool_name=pool,
            body=m.WorkerHeartbeatBody.from_dict(data),
        )
        if not get_worker_id:
            return None
        try:
            return UUID(response.text.strip().strip('"'))
        except ValueError:
            pass
        return self._worker_id(pool, data["name"])

    def _worker_id(self, work_pool_name: str, worker_name: str) -> UUID | None:
        """The id of a pool's worker, found by name (the API filters workers by time or status only)."""
        offset, page_size = 0, 200
        while True:
            page = self.read_workers_for_work_pool(
                work_pool_name, offset=offset, limit=page_size
            )
            for worker in page:
                if worker.name == worker_name:
                    return worker.id
            if len(page) < page_size:
                return None
            offset += len(page)

    def read_workers_for_work_pool(
        self,
        work_pool_name: str,
        worker_filter: Any = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> list[WorkerResponse]:
        """The workers of a pool matching ``worker_filter``."""
        body = filter_body(
            m.ReadWorkersBody, worker_filter=worker_filter, offset=offset, limit=limit
        )
        return self._request(
            ops.work_pools.read_workers,
            work_pool_name=str_arg("work_pool_name", work_pool_name),
            body=body,
        )

    def delete_worker(self, work_pool_name: str, worker_name: str) -> None:
        """Delete a worker of a pool."""
        self._request(
            ops.work_pools.delete_worker,
            work_pool_name=str_arg("work_pool_name", work_pool_name),
            name=str_arg("worker_name", worker_name),
        )

    # --- work queues -----------------------------------------------------

    def create_work_queue(
        self,
        name: str,
        description: str | None = None,
        is_paused: bool | None = None,
        concurrency_limit: int | None = None,
        priority: int | None = None,
        work_pool_name: str | None = None,
    ) -> WorkQueueResponse:
        """Create a work queue, in ``work_pool_name`` or else in the default pool."""
        body = m.WorkQueueCreate(
            name=name_arg("name", name),
            **set_only(
                description=description,
                is_paused=is_paused,
                concurrency_limit=concurrency_limit,
                priority=priority,
            ),
        )

        def read_back() -> Any:
            return self.read_work_queue_by_name(name, work_pool_name)

        replay = self._own_create(body, read_back)
        if work_pool_name is not None:
            return self._request(
                ops.work_pools.create_work_queue,
                work_pool_name=str_arg("work_pool_name", work_pool_name),
                body=body,
                _replay=replay,
            )
        return self._request(ops.work_queues.create_work_queue, body=body, _replay=replay)

    def read_work_queue_by_name(
        self, name: str, work_pool_name: str | None = None
    ) -> WorkQueueResponse:
        """Read a work queue by name, in ``work_pool_name`` or else in the default pool."""
        name = str_arg("name", name)
        if work_pool_name is not None:
            return self._request(
                ops.work_pools.read_work_queue,
                work_pool_name=str_arg("work_pool_name", work_pool_name),
                name=name,
            )
        return self._request(ops.work_queues.read_work_queue_by_name, name=name)

    def update_work_queue(self, id: UUID | str, **kwargs: Any) -> None:
        """Update a work queue's fields given as keywords (``name``, ``is_paused``, ...)."""
        queue_id = uuid_arg("id", id)
        if not kwargs:
            raise bad_argument("kwargs", kwargs, "at least one field to update")
        unknown = sorted(set(kwargs) - set(_QUEUE_FIELDS))
        if unknown:
            raise bad_argument(
                unknown[0], kwargs[unknown[0]], f"one of the fields {sorted(_QUEUE_FIELDS)}"
            )
        data = {_QUEUE_FIELDS[key]: jsonable(key, value) for key, value in kwargs.items()}
        self._request(
            ops.work_queues.update_work_queue,
            id=queue_id,
            body=m.WorkQueueUpdate.from_dict(data),
        )

    def get_runs_in_work_queue(
        self,
        id: UUID | str,
        limit: int = 10,
        scheduled_before: datetime.datetime | None = None,
    ) -> list[FlowRunResponse]:
        """Runs waiting in a work queue, scheduled before ``scheduled_before`` (default now)."""
        body = m.ReadWorkQueueRunsBody(
            **set_only(
                limit=limit,
                scheduled_before=optional_datetime("scheduled_before", scheduled_before),
            )
        )
        return self._request(
            ops.work_queues.read_work_queue_runs, id=uuid_arg("id", id), body=body
        )

    def read_work_queue(self, id: UUID | str) -> WorkQueueResponse:
        """Read a work queue by id."""
        return self._request(ops.work_queues.read_work_queue, id=uuid_arg("id", id))

    def read_work_queue_status(self, id: UUID | str) -> WorkQueueStatusDetail:
        """A work queue's health: ready or not, last polled, late runs."""
        return self._request(ops.work_queues.read_work_queue_status, id=uuid_arg("id", id))

    def read_work_queue_concurrency_status(
        self, id: UUID | str, page: int = 1, limit: int | None = None
    ) -> WorkQueueConcurrencyStatus:
        """A work queue's concurrency use: page ``page`` (from 1) of ``limit`` flow runs."""
        body = m.ReadWorkQueueConcurrencyStatusBody(
            page=int_arg("page", page, 1), **set_only(limit=count_arg("limit", limit))
        )
        return self._request(
            ops.work_queues.read_work_queue_concurrency_status, id=uuid_arg("id", id), body=body
        )

    def read_work_queues(
        self,
        work_pool_name: str | None = None,
        work_queue_filter: Any = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[WorkQueueResponse]:
        """Read work queues matching ``work_queue_filter``, in one pool if ``work_pool_name``."""
        body = filter_body(
            m.ReadWorkQueuesBody, work_queue_filter=work_queue_filter, limit=limit, offset=offset
        )
        if work_pool_name is not None:
            return self._request(
                ops.work_pools.read_work_queues,
                work_pool_name=str_arg("work_pool_name", work_pool_name),
                body=body,
            )
        return self._request(ops.work_queues.read_work_queues, body=body)

    def match_work_queues(
        self, prefixes: Iterable[str], work_pool_name: str | None = None
    ) -> list[WorkQueueResponse]:
        """Every work queue whose name starts with one of ``prefixes`` (case-insensitive)."""
        starts = names_arg("prefixes", prefixes)
        queue_filter = m.WorkQueueFilter.from_dict({"name": {"startswith_": starts}})
        page_size = 100
        found: list[WorkQueueResponse] = []
        while True:
            page = self.read_work_queues(
                work_pool_name=work_pool_name,
                work_queue_filter=queue_filter,
                limit=page_size,
                offset=len(found),
            )
            found.extend(page)
            if len(page) < page_size:
                return found

    def delete_work_queue_by_id(self, id: UUID | str) -> None:
        """Delete a work queue by id."""
        self._request(ops.work_queues.delete_work_queue, id=uuid_arg("id", id))
