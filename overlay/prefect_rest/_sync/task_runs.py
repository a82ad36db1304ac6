# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""Task runs: create, read, filter, rename, delete and states."""

from __future__ import annotations

from collections.abc import Iterator, Iterable, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx
from prefect_rest_api import api as ops

from .. import models as m
from .._args import (
    bad_argument,
    bool_arg,
    jsonable,
    optional_uuid,
    str_arg,
    tags_arg,
    uuid_arg,
)
from .._bodies import filter_body, state_for_run, task_fields
from ..states import Pending, state_create
from ._paging import offset_paged
from ._replay import SyncReplayMixin

if TYPE_CHECKING:
    from prefect_rest_api.models import OrchestrationResult, State, TaskRun


class SyncTaskRunsMixin(SyncReplayMixin):
    """The task run methods."""

    def create_task_run(
        self,
        task: Any,
        flow_run_id: UUID | str | None,
        dynamic_key: str,
        id: UUID | str | None = None,
        name: str | None = None,
        extra_tags: Iterable[str] | None = None,
        state: Any = None,
        task_inputs: Mapping[str, list[Any]] | None = None,
    ) -> TaskRun:
        """Create a run of ``task`` in the flow run ``flow_run_id`` (None: a run of no flow).

        ``task`` is a Prefect ``@task`` or any object with ``task_key`` (or
        ``name``) and optionally ``tags``, ``version``, ``retries``,
        ``retry_delay_seconds``, ``retry_jitter_factor``.  ``dynamic_key``
        tells apart runs of one task in one flow run.  ``state`` defaults to
        ``Pending()``; ``task_inputs`` maps parameter names to lists of
        ``TaskRunResult`` / ``Parameter`` / ``Constant`` models or dicts.
        """
        fields = task_fields(task)
        body: dict[str, Any] = dict(fields)
        extra = tags_arg("extra_tags", extra_tags) or []
        body["tags"] = sorted(set(fields["tags"]).union(extra))
        run_id = optional_uuid("flow_run_id", flow_run_id)
        if run_id is not None:
            body["flow_run_id"] = run_id
        if isinstance(dynamic_key, int) and not isinstance(dynamic_key, bool):
            dynamic_key = str(dynamic_key)
        body["dynamic_key"] = str_arg("dynamic_key", dynamic_key)
        if id is not None:
            body["id"] = uuid_arg("id", id)
        if name is not None:
            body["name"] = str_arg("name", name)
        body["state"] = state_create(Pending() if state is None else state)
        inputs: dict[str, Any] = {}
        if task_inputs is not None:
            if not isinstance(task_inputs, Mapping):
                raise bad_argument("task_inputs", task_inputs, "a dict of lists")
            for key, value in task_inputs.items():
                if not isinstance(key, str) or not isinstance(value, list | tuple):
                    raise bad_argument("task_inputs", task_inputs, "a dict of lists")
                inputs[key] = jsonable(f"task_inputs[{key!r}]", list(value))
        body["task_inputs"] = inputs
        return self._request(ops.task_runs.create_task_run, body=m.TaskRunCreate(**body))

    def read_task_run(self, task_run_id: UUID | str) -> TaskRun:
        """Read a task run by id."""
        return self._request(
            ops.task_runs.read_task_run, id=uuid_arg("task_run_id", task_run_id)
        )

    def read_task_runs(
        self,
        *,
        flow_filter: Any = None,
        flow_run_filter: Any = None,
        task_run_filter: Any = None,
        deployment_filter: Any = None,
        sort: Any = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[TaskRun]:
        """Read the task runs matching every filter given (models or dicts)."""
        body = filter_body(
            m.ReadTaskRunsBody,
            m.TaskRunSort,
            flow_filter=flow_filter,
            flow_run_filter=flow_run_filter,
            task_run_filter=task_run_filter,
            deployment_filter=deployment_filter,
            sort=sort,
            limit=limit,
            offset=offset,
        )
        return self._request(ops.task_runs.read_task_runs, body=body)

    def count_task_runs(
        self,
        *,
        flow_filter: Any = None,
        flow_run_filter: Any = None,
        task_run_filter: Any = None,
        deployment_filter: Any = None,
    ) -> int:
        """Count the task runs matching every filter given."""
        body = filter_body(
            m.CountTaskRunsBody,
            flow_filter=flow_filter,
            flow_run_filter=flow_run_filter,
            task_run_filter=task_run_filter,
            deployment_filter=deployment_filter,
        )
        return self._request(ops.task_runs.count_task_runs, body=body)

    def iter_task_runs(self, *, page_size: int = 200, **filters: Any) -> Iterator[TaskRun]:
        """Every task run matching ``filters`` (as for ``read_task_runs``), a page at a time."""
        return offset_paged(self.read_task_runs, page_size, filters)

    def set_task_run_name(self, task_run_id: UUID | str, name: str) -> httpx.Response:
        """Rename a task run; returns the server's response (204), as Prefect's client does."""
        run_id = uuid_arg("task_run_id", task_run_id)
        body = m.TaskRunUpdate(name=str_arg("name", name))
        return self._request_response(ops.task_runs.update_task_run, id=run_id, body=body)

    def delete_task_run(self, task_run_id: UUID | str) -> None:
        """Delete a task run by id."""
        self._request(ops.task_runs.delete_task_run, id=uuid_arg("task_run_id", task_run_id))

    def set_task_run_state(
        self, task_run_id: UUID | str, state: Any, force: bool = False
    ) -> OrchestrationResult:
        """Propose ``state`` (see ``prefect_rest.states``) for a task run; ``force`` skips the rules."""
        run_id = uuid_arg("task_run_id", task_run_id)
        bool_arg("force", force)
        body = m.SetTaskRunStateBody(state=state_for_run(state, task_run_id=run_id), force=force)
        return self._request(
            ops.task_runs.set_task_run_state,
            id=run_id,
            body=body,
            _replay=self._own_transition(body, self.read_task_run, run_id),
        )

    def read_task_run_state(self, task_run_state_id: UUID | str) -> State:
        """Read one task run state by its id."""
        return self._request(
            ops.task_run_states.read_task_run_state,
            id=uuid_arg("task_run_state_id", task_run_state_id),
        )

    def read_task_run_states(self, task_run_id: UUID | str) -> list[State]:
        """Every state a task run has been in, oldest first."""
        return self._request(
            ops.task_run_states.read_task_run_states,
            task_run_id=uuid_arg("task_run_id", task_run_id),
        )
