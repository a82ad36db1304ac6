# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""Deployments, their schedules, and flow runs created from them."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest_api import api as ops
from prefect_rest_api.types import Model

from .. import models as m
from .._args import (
    bad_argument,
    bool_arg,
    deployment_name_arg,
    dict_arg,
    int_arg,
    is_pydantic,
    jsonable,
    model_arg,
    optional,
    optional_uuid,
    pydantic_data,
    set_only,
    str_arg,
    tags_arg,
    uuid_arg,
)
from .._bodies import filter_body, schedule_body, schedule_create_body
from ..exceptions import EndpointRemoved, InvalidArgument
from ..states import Scheduled, state_create
from ..transport.repeat import new_key
from ._base import SyncClientBase
from ._paging import offset_paged

if TYPE_CHECKING:
    from collections.abc import Iterator

    from prefect_rest_api.models import (
        DeploymentResponse,
        DeploymentSchedule,
        DeploymentUpdate,
        FlowRunResponse,
        StateCreate,
    )


def _is_schedule_create(item: Any) -> bool:
    """Whether a ``schedules`` item is a whole schedule create (not a pair or a bare schedule)."""
    if isinstance(item, tuple):
        return False
    data = item.to_dict() if isinstance(item, Model) else pydantic_data(item)
    return isinstance(data, Mapping) and "schedule" in data


#: Fields of a read deployment that ``update_deployment`` can send back.
_UPDATABLE = (
    "concurrency_limit",
    "concurrency_options",
    "description",
    "enforce_parameter_schema",
    "entrypoint",
    "infrastructure_document_id",
    "job_variables",
    "parameter_openapi_schema",
    "parameters",
    "path",
    "paused",
    "pull_steps",
    "storage_document_id",
    "tags",
    "version",
    "work_pool_name",
    "work_queue_name",
)


class SyncDeploymentsMixin(SyncClientBase):
    """Deployment methods: create, read, update, pause, schedules, runs."""

    def create_deployment(
        self,
        flow_id: UUID | str,
        name: str,
        version: str | None = None,
        version_info: Any = None,
        schedules: Iterable[Any] | None = None,
        concurrency_limit: int | None = None,
        concurrency_options: Any = None,
        parameters: Mapping[str, Any] | None = None,
        description: str | None = None,
        work_queue_name: str | None = None,
        work_pool_name: str | None = None,
        tags: Iterable[str] | None = None,
        storage_document_id: UUID | str | None = None,
        path: str | None = None,
        entrypoint: str | None = None,
        infrastructure_document_id: UUID | str | None = None,
        parameter_openapi_schema: Mapping[str, Any] | None = None,
        paused: bool | None = None,
        pull_steps: list[Mapping[str, Any]] | None = None,
        enforce_parameter_schema: bool | None = None,
        job_variables: Mapping[str, Any] | None = None,
        branch: str | None = None,
        base: UUID | str | None = None,
        root: UUID | str | None = None,
        *,
        schedule: Any = None,
        infra_overrides: Mapping[str, Any] | None = None,
        labels: Mapping[str, Any] | None = None,
        global_concurrency_limit_id: UUID | str | None = None,
    ) -> UUID:
        """Create a deployment of flow ``flow_id``; returns its id.

        The parameters are Prefect 3.8.8's, in its order.  Only the arguments
        given are sent.  ``schedules`` items are ``DeploymentScheduleCreate``
        models, dicts or Prefect objects, bare schedules, or ``(schedule,
        active)`` pairs; ``schedule`` (2.x) adds one more.  ``version_info``
        and ``concurrency_options`` are models, dicts or Prefect objects.
        ``infra_overrides`` is the 2.x name of ``job_variables``.  ``branch``,
        ``base`` and ``root`` are sent when given, as Prefect does (the
        open-source 3.8.8 server refuses them with a 422).  If a deployment
        of that flow has that name, the server updates it.
        """
        if infra_overrides is not None:
            if job_variables is not None:
                raise InvalidArgument("give job_variables or infra_overrides, not both")
            job_variables = infra_overrides
        items = list(schedules or [])
        if schedule is not None:
            items.append(schedule)
        body: dict[str, Any] = {
            "flow_id": str(uuid_arg("flow_id", flow_id)),
            "name": str_arg("name", name),
        }
        given = {
            "version": optional(str_arg, "version", version),
            "concurrency_limit": optional(int_arg, "concurrency_limit", concurrency_limit),
            "parameters": dict_arg("parameters", parameters),
            "description": description,
            "work_queue_name": optional(str_arg, "work_queue_name", work_queue_name),
            "work_pool_name": optional(str_arg, "work_pool_name", work_pool_name),
            "tags": tags_arg("tags", tags),
            "storage_document_id": optional_uuid("storage_document_id", storage_document_id),
            "path": path,
            "entrypoint": entrypoint,
            "infrastructure_document_id": optional_uuid(
                "infrastructure_document_id", infrastructure_document_id
            ),
            "parameter_openapi_schema": parameter_openapi_schema,
            "paused": paused,
            "pull_steps": pull_steps,
            "enforce_parameter_schema": enforce_parameter_schema,
            "job_variables": dict_arg("job_variables", job_variables),
            "concurrency_options": pydantic_data(concurrency_options),
            "version_info": pydantic_data(version_info),
            "labels": labels,
            "global_concurrency_limit_id": optional_uuid(
                "global_concurrency_limit_id", global_concurrency_limit_id
            ),
            "branch": optional(str_arg, "branch", branch),
            "base": optional_uuid("base", base),
            "root": optional_uuid("root", root),
        }
        body.update({k: jsonable(k, v) for k, v in given.items() if v is not None})
        if schedules is not None or schedule is not None:
            body["schedules"] = [schedule_create_body("schedules", item) for item in items]
        created = self._request(
            ops.deployments.create_deployment, body=m.DeploymentCreate.from_dict(body)
        )
        return created.id

    def update_deployment(
        self, deployment_id: Any, deployment: DeploymentUpdate | Mapping[str, Any] | None = None
    ) -> None:
        """Update a deployment with the fields set on ``deployment`` (a DeploymentUpdate or dict).

        2.x style works too: pass a read deployment (ours or Prefect's, edited) alone
        and its updatable non-null fields are sent back (so it cannot clear a field).
        """
        if deployment is None:
            current = deployment_id
            if is_pydantic(current):  # Prefect's own read deployment
                data = current.model_dump(mode="json")
            elif isinstance(current, Model) and getattr(current, "id", None) is not None:
                data = current.to_dict()
            else:
                raise bad_argument(
                    "deployment", deployment, "a DeploymentUpdate or dict (with a deployment id)"
                )
            # Nulls are left out: the server refuses some, and a read deployment's
            # null `concurrency_limit` (kept as a global limit) would remove the limit.
            fields = {k: data[k] for k in _UPDATABLE if data.get(k) is not None}
            body = m.DeploymentUpdate.from_dict(fields)
            deployment_id = data.get("id")
        else:
            body = model_arg("deployment", deployment, m.DeploymentUpdate)
        self._request(
            ops.deployments.update_deployment,
            id=uuid_arg("deployment_id", deployment_id),
            body=body,
        )

    def read_deployment(self, deployment_id: UUID | str) -> DeploymentResponse:
        """Read a deployment by id."""
        return self._request(
            ops.deployments.read_deployment, id=uuid_arg("deployment_id", deployment_id)
        )

    def read_deployment_by_name(self, name: str) -> DeploymentResponse:
        """Read a deployment by ``"<flow name>/<deployment name>"``."""
        flow_name, deployment_name = deployment_name_arg(name)
        return self._request(
            ops.deployments.read_deployment_by_name,
            flow_name=flow_name,
            deployment_name=deployment_name,
        )

    def read_deployments(
        self,
        *,
        flow_filter: Any = None,
        flow_run_filter: Any = None,
        task_run_filter: Any = None,
        deployment_filter: Any = None,
        work_pool_filter: Any = None,
        work_queue_filter: Any = None,
        limit: int | None = None,
        sort: Any = None,
        offset: int = 0,
    ) -> list[DeploymentResponse]:
        """Read deployments matching every filter given."""
        body = filter_body(
            m.ReadDeploymentsBody,
            m.DeploymentSort,
            flow_filter=flow_filter,
            flow_run_filter=flow_run_filter,
            task_run_filter=task_run_filter,
            deployment_filter=deployment_filter,
            work_pool_filter=work_pool_filter,
            work_queue_filter=work_queue_filter,
            limit=limit,
            sort=sort,
            offset=offset,
        )
        return self._request(ops.deployments.read_deployments, body=body)

    def count_deployments(
        self,
        *,
        flow_filter: Any = None,
        flow_run_filter: Any = None,
        task_run_filter: Any = None,
        deployment_filter: Any = None,
        work_pool_filter: Any = None,
        work_queue_filter: Any = None,
    ) -> int:
        """Count deployments matching every filter given."""
        body = filter_body(
            m.CountDeploymentsBody,
            flow_filter=flow_filter,
            flow_run_filter=flow_run_filter,
            task_run_filter=task_run_filter,
            deployment_filter=deployment_filter,
            work_pool_filter=work_pool_filter,
            work_queue_filter=work_queue_filter,
        )
        return self._request(ops.deployments.count_deployments, body=body)

    def iter_deployments(
        self, *, page_size: int = 200, **filters: Any
    ) -> Iterator[DeploymentResponse]:
        """Every deployment matching ``filters`` (as for ``read_deployments``), a page at a time."""
        return offset_paged(self.read_deployments, page_size, filters)

    def delete_deployment(self, deployment_id: UUID | str) -> None:
        """Delete a deployment by id."""
        self._request(
            ops.deployments.delete_deployment, id=uuid_arg("deployment_id", deployment_id)
        )

    def set_deployment_paused_state(self, deployment_id: UUID | str, paused: bool) -> None:
        """Pause (True) or resume (False) a deployment by updating its ``paused`` field."""
        bool_arg("paused", paused)
        self._request(
            ops.deployments.update_deployment,
            id=uuid_arg("deployment_id", deployment_id),
            body=m.DeploymentUpdate(paused=paused),
        )

    def pause_deployment(self, deployment_id: UUID | str) -> None:
        """Pause a deployment: its schedules stop making runs."""
        self._request(
            ops.deployments.pause_deployment, id=uuid_arg("deployment_id", deployment_id)
        )

    def resume_deployment(self, deployment_id: UUID | str) -> None:
        """Resume a paused deployment."""
        self._request(
            ops.deployments.resume_deployment, id=uuid_arg("deployment_id", deployment_id)
        )

    def update_schedule(self, deployment_id: UUID | str, active: bool = True) -> None:
        """Removed in Prefect 3: use ``pause_deployment`` / ``resume_deployment``."""
        raise EndpointRemoved(
            "update_schedule: Prefect 3 servers have no /deployments/{id}/set_schedule_active "
            "or set_schedule_inactive; use pause_deployment / resume_deployment (or "
            "set_deployment_paused_state), or update_deployment_schedule(active=...) "
            "for one schedule"
        )

    def create_deployment_schedules(
        self,
        deployment_id: UUID | str,
        schedules: Iterable[Any],
        max_scheduled_runs: int | None = None,
        parameters: Mapping[str, Any] | None = None,
        slug: str | None = None,
    ) -> list[DeploymentSchedule]:
        """Add schedules to a deployment; returns them as created.

        Items are ``(schedule, active)`` pairs as in Prefect's client, or
        ``DeploymentScheduleCreate`` models / dicts / Prefect objects, or bare
        schedules (active).  ``max_scheduled_runs``, ``parameters`` and
        ``slug`` apply to the pairs and bare schedules, as Prefect applies
        them to its pairs (a full schedule create carries its own).
        """
        if isinstance(schedules, str | bytes | Mapping | Model) or not isinstance(
            schedules, Iterable
        ):
            raise bad_argument("schedules", schedules, "a list of schedules")
        extra = set_only(
            max_scheduled_runs=optional(int_arg, "max_scheduled_runs", max_scheduled_runs),
            parameters=dict_arg("parameters", parameters),
            slug=optional(str_arg, "slug", slug),
        )
        body = []
        for item in schedules:
            data = schedule_create_body("schedules", item)
            if not _is_schedule_create(item):
                data.update(extra)
            body.append(m.DeploymentScheduleCreate.from_dict(data))
        return self._request(
            ops.deployments.create_deployment_schedules,
            id=uuid_arg("deployment_id", deployment_id),
            body=body,
        )

    def read_deployment_schedules(
        self, deployment_id: UUID | str
    ) -> list[DeploymentSchedule]:
        """The schedules of a deployment."""
        return self._request(
            ops.deployments.read_deployment_schedules,
            id=uuid_arg("deployment_id", deployment_id),
        )

    def update_deployment_schedule(
        self,
        deployment_id: UUID | str,
        schedule_id: UUID | str,
        active: bool | None = None,
        schedule: Any = None,
        max_scheduled_runs: int | None = None,
        parameters: Mapping[str, Any] | None = None,
        slug: str | None = None,
    ) -> None:
        """Change one schedule of a deployment: the fields given (the rest are kept)."""
        body = set_only(
            active=optional(bool_arg, "active", active),
            schedule=optional(schedule_body, "schedule", schedule),
            max_scheduled_runs=optional(int_arg, "max_scheduled_runs", max_scheduled_runs),
            parameters=dict_arg("parameters", parameters),
            slug=optional(str_arg, "slug", slug),
        )
        self._request(
            ops.deployments.update_deployment_schedule,
            id=uuid_arg("deployment_id", deployment_id),
            schedule_id=uuid_arg("schedule_id", schedule_id),
            body=m.DeploymentScheduleUpdate.from_dict(body),
        )

    def delete_deployment_schedule(
        self, deployment_id: UUID | str, schedule_id: UUID | str
    ) -> None:
        """Delete one schedule of a deployment."""
        self._request(
            ops.deployments.delete_deployment_schedule,
            id=uuid_arg("deployment_id", deployment_id),
            schedule_id=uuid_arg("schedule_id", schedule_id),
        )

    def get_scheduled_flow_runs_for_deployments(
        self,
        deployment_ids: Iterable[UUID | str],
        scheduled_before: datetime.datetime | None = None,
        limit: int | None = None,
    ) -> list[FlowRunResponse]:
        """Scheduled runs of the given deployments (before ``scheduled_before`` if given)."""
        if isinstance(deployment_ids, str | bytes) or not isinstance(deployment_ids, Iterable):
            raise bad_argument("deployment_ids", deployment_ids, "a list of UUIDs")
        ids = [uuid_arg("deployment_ids", i) for i in deployment_ids]
        if scheduled_before is not None and not isinstance(scheduled_before, datetime.datetime):
            raise bad_argument("scheduled_before", scheduled_before, "a datetime")
        body = m.GetScheduledFlowRunsForDeploymentsBody(deployment_ids=ids)
        if scheduled_before is not None:
            body.scheduled_before = scheduled_before
        if limit is not None:
            body.limit = limit
        return self._request(
            ops.deployments.get_scheduled_flow_runs_for_deployments, body=body
        )

    def create_flow_run_from_deployment(
        self,
        deployment_id: UUID | str,
        *,
        parameters: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        state: StateCreate | Mapping[str, Any] | Any = None,
        name: str | None = None,
        tags: Iterable[str] | None = None,
        idempotency_key: str | None = None,
        parent_task_run_id: UUID | str | None = None,
        work_queue_name: str | None = None,
        job_variables: Mapping[str, Any] | None = None,
        labels: Mapping[str, Any] | None = None,
    ) -> FlowRunResponse:
        """Create a flow run of a deployment.

        ``state`` defaults to Scheduled now.  The server returns the existing
        run for an ``idempotency_key`` it has seen; without one a random key is
        sent, so a create retried after a lost answer is stored once.
        """
        state_json = (Scheduled() if state is None else state_create(state)).to_dict()
        body: dict[str, Any] = {"state": state_json}
        given = {
            "parameters": dict_arg("parameters", parameters),
            "context": dict_arg("context", context),
            "tags": tags_arg("tags", tags),
            "name": optional(str_arg, "name", name),
            "idempotency_key": optional(str_arg, "idempotency_key", idempotency_key) or new_key(),
            "parent_task_run_id": optional_uuid("parent_task_run_id", parent_task_run_id),
            "work_queue_name": optional(str_arg, "work_queue_name", work_queue_name),
            "job_variables": dict_arg("job_variables", job_variables),
            "labels": dict_arg("labels", labels),
        }
        body.update({k: jsonable(k, v) for k, v in given.items() if v is not None})
        return self._request(
            ops.deployments.create_flow_run_from_deployment,
            id=uuid_arg("deployment_id", deployment_id),
            body=m.DeploymentFlowRunCreate.from_dict(body),
        )

    def create_deployment_branch(
        self,
        deployment_id: UUID | str,
        branch: str,
        options: Any = None,
        overrides: Any = None,
    ) -> UUID:
        """Not served by the open-source Prefect 3.8.8 server (no ``/deployments/{id}/branch``)."""
        raise EndpointRemoved(
            "create_deployment_branch: the Prefect 3.8.8 server has no "
            "POST /deployments/{id}/branch; create the branch's deployment with "
            "create_deployment (read the original with read_deployment)"
        )

    def apply_slas_for_deployment(self, deployment_id: UUID | str, slas: list[Any]) -> Any:
        """Not served by the open-source Prefect 3.8.8 server (SLAs are a Prefect Cloud API)."""
        raise EndpointRemoved(
            "apply_slas_for_deployment: the Prefect 3.8.8 server has no "
            "POST /slas/apply-resource-slas/{resource_id} (a Prefect Cloud endpoint); "
            "on this server, alert on late or long runs with create_automation"
        )
