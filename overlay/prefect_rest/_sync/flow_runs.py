# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""Flow runs: create, read, filter, update, delete, states, inputs and labels."""

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
    count_arg,
    dict_arg,
    filter_arg,
    flow_fields,
    input_key_arg,
    optional,
    str_arg,
    tags_arg,
    uuid_arg,
)
from .._bodies import filter_body, state_for_run
from ..states import Pending, state_create
from ..transport.repeat import new_key
from ._paging import offset_paged
from ._replay import SyncReplayMixin

if TYPE_CHECKING:
    from prefect_rest_api.models import (
        FlowRunInput,
        FlowRunResponse,
        OrchestrationResult,
        State,
    )


class SyncFlowRunsMixin(SyncReplayMixin):
    """The flow run methods."""

    def create_flow_run(
        self,
        flow: Any,
        name: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        tags: Iterable[str] | None = None,
        parent_task_run_id: UUID | str | None = None,
        state: Any = None,
        work_pool_name: str | None = None,
        work_queue_name: str | None = None,
        job_variables: Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> FlowRunResponse:
        """Create a run of ``flow`` (a Prefect ``@flow`` or any object with ``name``).

        The flow is created first if it does not exist.  ``state`` defaults to
        ``Pending()``; ``flow.version``, ``retries`` and ``retry_delay_seconds``
        are used when the object has them.  ``idempotency_key``: the server
        returns the existing run of this flow for a key it has seen; without
        one a random key is sent, so a create retried after a lost answer is
        stored once (the run's ``idempotency_key`` holds it).  The returned run's
        ``parameters`` is ``parameters`` itself, as in Prefect.
        """
        fields = flow_fields(flow, "flow")
        body: dict[str, Any] = {}
        if name is not None:
            body["name"] = str_arg("name", name)
        body["parameters"] = dict_arg("parameters", parameters) or {}
        body["context"] = dict_arg("context", context) or {}
        body["tags"] = tags_arg("tags", tags) or []
        if parent_task_run_id is not None:
            body["parent_task_run_id"] = uuid_arg("parent_task_run_id", parent_task_run_id)
        body["state"] = state_create(Pending() if state is None else state)
        if "version" in fields:
            body["flow_version"] = str(fields["version"])
        policy = {}
        if fields.get("retries") is not None:
            policy["retries"] = fields["retries"]
        if fields.get("retry_delay_seconds") is not None:
            policy["retry_delay"] = int(fields["retry_delay_seconds"])
        if policy:
            body["empirical_policy"] = m.FlowRunPolicy(**policy)
        if work_pool_name is not None:
            body["work_pool_name"] = str_arg("work_pool_name", work_pool_name)
        if work_queue_name is not None:
            body["work_queue_name"] = str_arg("work_queue_name", work_queue_name)
        if job_variables is not None:
            body["job_variables"] = dict_arg("job_variables", job_variables)
        body["idempotency_key"] = optional(str_arg, "idempotency_key", idempotency_key) or new_key()
        created = self._request(ops.flows.create_flow, body=m.FlowCreate(name=fields["name"]))
        body["flow_id"] = created.id
        run: FlowRunResponse = self._request(
            ops.flow_runs.create_flow_run, body=m.FlowRunCreate(**body)
        )
        # As Prefect's: the run holds the caller's own parameter objects, not their JSON.
        run.parameters = parameters if parameters else {}  # type: ignore[assignment]
        return run

    def update_flow_run(
        self,
        flow_run_id: UUID | str,
        flow_version: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        name: str | None = None,
        tags: Iterable[str] | None = None,
        empirical_policy: Any = None,
        infrastructure_pid: str | None = None,
        job_variables: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        """Change the given fields of a flow run (values replace, they are not merged).

        Returns the server's response (204), as Prefect's client does.
        """
        run_id = uuid_arg("flow_run_id", flow_run_id)
        body: dict[str, Any] = {}
        if flow_version is not None:
            body["flow_version"] = str_arg("flow_version", flow_version)
        if parameters is not None:
            body["parameters"] = dict_arg("parameters", parameters)
        if name is not None:
            body["name"] = str_arg("name", name)
        if tags is not None:
            body["tags"] = tags_arg("tags", tags)
        if empirical_policy is not None:
            body["empirical_policy"] = filter_arg(
                "empirical_policy", empirical_policy, m.FlowRunPolicy
            )
        if infrastructure_pid:
            body["infrastructure_pid"] = str_arg("infrastructure_pid", infrastructure_pid)
        if job_variables is not None:
            body["job_variables"] = dict_arg("job_variables", job_variables)
        return self._request_response(
            ops.flow_runs.update_flow_run, id=run_id, body=m.FlowRunUpdate(**body)
        )

    def set_flow_run_name(self, flow_run_id: UUID | str, name: str) -> httpx.Response:
        """Rename a flow run; returns the server's response (204), as Prefect's client does."""
        run_id = uuid_arg("flow_run_id", flow_run_id)
        body = m.FlowRunUpdate(name=str_arg("name", name))
        return self._request_response(ops.flow_runs.update_flow_run, id=run_id, body=body)

    def delete_flow_run(self, flow_run_id: UUID | str) -> None:
        """Delete a flow run by id."""
        self._request(ops.flow_runs.delete_flow_run, id=uuid_arg("flow_run_id", flow_run_id))

    def read_flow_run(self, flow_run_id: UUID | str) -> FlowRunResponse:
        """Read a flow run by id."""
        return self._request(
            ops.flow_runs.read_flow_run, id=uuid_arg("flow_run_id", flow_run_id)
        )

    def resume_flow_run(
        self, flow_run_id: UUID | str, run_input: Mapping[str, Any] | None = None
    ) -> OrchestrationResult:
        """Resume a paused flow run, optionally with ``run_input``; returns the orchestration result."""
        run_id = uuid_arg("flow_run_id", flow_run_id)
        body = m.ResumeFlowRunBody()
        if run_input is not None:
            body.run_input = dict_arg("run_input", run_input)
        return self._request(ops.flow_runs.resume_flow_run, id=run_id, body=body)

    def read_flow_runs(
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
    ) -> list[FlowRunResponse]:
        """Read the flow runs matching every filter given (models or dicts)."""
        body = filter_body(
            m.ReadFlowRunsBody,
            m.FlowRunSort,
            flow_filter=flow_filter,
            flow_run_filter=flow_run_filter,
            task_run_filter=task_run_filter,
            deployment_filter=deployment_filter,
            work_pool_filter=work_pool_filter,
            work_queue_filter=work_queue_filter,
            sort=sort,
            limit=limit,
            offset=offset,
        )
        return self._request(ops.flow_runs.read_flow_runs, body=body)

    def count_flow_runs(
        self,
        *,
        flow_filter: Any = None,
        flow_run_filter: Any = None,
        task_run_filter: Any = None,
        deployment_filter: Any = None,
        work_pool_filter: Any = None,
        work_queue_filter: Any = None,
    ) -> int:
        """Count the flow runs matching every filter given."""
        body = filter_body(
            m.CountFlowRunsBody,
            flow_filter=flow_filter,
            flow_run_filter=flow_run_filter,
            task_run_filter=task_run_filter,
            deployment_filter=deployment_filter,
            work_pool_filter=work_pool_filter,
            work_queue_filter=work_queue_filter,
        )
        return self._request(ops.flow_runs.count_flow_runs, body=body)

    def iter_flow_runs(
        self, *, page_size: int = 200, **filters: Any
    ) -> Iterator[FlowRunResponse]:
        """Every flow run matching ``filters`` (as for ``read_flow_runs``), a page at a time."""
        return offset_paged(self.read_flow_runs, page_size, filters)

    def set_flow_run_state(
        self, flow_run_id: UUID | str, state: Any, force: bool = False
    ) -> OrchestrationResult:
        """Propose ``state`` (see ``prefect_rest.states``) for a flow run; ``force`` skips the rules.

        Returns the server's orchestration result: ``status`` says whether the
        state was accepted, ``state`` is the run's state afterwards.  A retry
        the server refuses because the lost first attempt was applied (the same
        ``transition_id``) returns ACCEPT with that state.
        """
        run_id = uuid_arg("flow_run_id", flow_run_id)
        bool_arg("force", force)
        body = m.SetFlowRunStateBody(state=state_for_run(state, flow_run_id=run_id), force=force)
        return self._request(
            ops.flow_runs.set_flow_run_state,
            id=run_id,
            body=body,
            _replay=self._own_transition(body, self.read_flow_run, run_id),
        )

    def read_flow_run_state(self, flow_run_state_id: UUID | str) -> State:
        """Read one flow run state by its id."""
        return self._request(
            ops.flow_run_states.read_flow_run_state,
            id=uuid_arg("flow_run_state_id", flow_run_state_id),
        )

    def read_flow_run_states(self, flow_run_id: UUID | str) -> list[State]:
        """Every state a flow run has been in, oldest first."""
        return self._request(
            ops.flow_run_states.read_flow_run_states,
            flow_run_id=uuid_arg("flow_run_id", flow_run_id),
        )

    def create_flow_run_input(
        self, flow_run_id: UUID | str, key: str, value: str, sender: str | None = None
    ) -> None:
        """Store ``value`` (a string, usually JSON) under ``key`` for a flow run.

        ``key`` may hold only lowercase letters, digits and dashes.
        """
        run_id = uuid_arg("flow_run_id", flow_run_id)
        input_key_arg(key)
        if not isinstance(value, str):
            raise bad_argument("value", value, "a string")
        body = m.CreateFlowRunInputBody(key=key, value=value)
        if sender is not None:
            body.sender = str_arg("sender", sender)

        def read_back() -> Any:
            stored = self.read_flow_run_input(run_id, key)
            return m.CreateFlowRunInputBody(key=key, value=stored)

        self._request(
            ops.flow_runs.create_flow_run_input,
            id=run_id,
            body=body,
            _replay=self._own_create({"key": key, "value": value}, read_back),
        )

    def filter_flow_run_input(
        self,
        flow_run_id: UUID | str,
        key_prefix: str,
        limit: int | None = None,
        exclude_keys: Iterable[str] | None = None,
    ) -> list[FlowRunInput]:
        """The inputs of a flow run whose keys start with ``key_prefix``."""
        run_id = uuid_arg("flow_run_id", flow_run_id)
        if not isinstance(key_prefix, str):
            raise bad_argument("key_prefix", key_prefix, "a string")
        body = m.FilterFlowRunInputBody(prefix=key_prefix)
        if limit is not None:
            body.limit = count_arg("limit", limit) or 0  # not None: limit is not None
        if exclude_keys is not None:
            body.exclude_keys = tags_arg("exclude_keys", exclude_keys) or []
        return self._request(ops.flow_runs.filter_flow_run_input, id=run_id, body=body)

    def read_flow_run_input(self, flow_run_id: UUID | str, key: str) -> str:
        """The value stored under ``key`` for a flow run (the server answers plain text)."""
        run_id = uuid_arg("flow_run_id", flow_run_id)
        op = ops.flow_runs.read_flow_run_input
        response = self._send(op, op.request_kwargs(run_id, str_arg("key", key)))
        if response.status_code != 200:
            raise self._error(response, "read_flow_run_input")
        return response.text

    def delete_flow_run_input(self, flow_run_id: UUID | str, key: str) -> None:
        """Delete the input stored under ``key`` for a flow run."""
        run_id = uuid_arg("flow_run_id", flow_run_id)
        self._request(ops.flow_runs.delete_flow_run_input, id=run_id, key=str_arg("key", key))

    def update_flow_run_labels(
        self, flow_run_id: UUID | str, labels: Mapping[str, Any]
    ) -> None:
        """Add or change labels of a flow run (merged into its existing labels)."""
        run_id = uuid_arg("flow_run_id", flow_run_id)
        body = m.UpdateFlowRunLabelsLabels.from_dict(dict_arg("labels", labels) or {})
        self._request(ops.flow_runs.update_flow_run_labels, id=run_id, body=body)
