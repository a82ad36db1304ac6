"""Request bodies built from caller arguments: filters, schedules, run states, task fields.

Shared by the async mixins and their derived sync twins; plain and synchronous.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from prefect_rest_api.types import Model

from . import models as m
from ._args import (
    bad_argument,
    count_arg,
    enum_arg,
    filter_arg,
    is_pydantic,
    jsonable,
    pydantic_data,
    tags_arg,
)
from .states import state_payload

if TYPE_CHECKING:
    from prefect_rest_api.models import StateCreate

B = TypeVar("B")

#: The filter keywords of the ``read_*`` / ``count_*`` methods, each stated once:
#: keyword -> (field of the request body, filter model).
FILTERS: dict[str, tuple[str, str]] = {
    "flow_filter": ("flows", "FlowFilter"),
    "flow_run_filter": ("flow_runs", "FlowRunFilter"),
    "task_run_filter": ("task_runs", "TaskRunFilter"),
    "deployment_filter": ("deployments", "DeploymentFilter"),
    "work_pool_filter": ("work_pools", "WorkPoolFilter"),
    "work_queue_filter": ("work_pool_queues", "WorkQueueFilter"),
    "worker_filter": ("workers", "WorkerFilter"),
    "artifact_filter": ("artifacts", "ArtifactFilter"),
    "block_document_filter": ("block_documents", "BlockDocumentFilter"),
    "block_type_filter": ("block_types", "BlockTypeFilter"),
    "block_schema_filter": ("block_schemas", "BlockSchemaFilter"),
    "variable_filter": ("variables", "VariableFilter"),
    "automations": ("automations", "AutomationFilter"),
    "log_filter": ("logs", "LogFilter"),
}
#: Bodies where a keyword means another field or model than in :data:`FILTERS`.
_FILTERS_OF: dict[str, dict[str, tuple[str, str]]] = {
    "ReadWorkQueuesBody": {"work_queue_filter": ("work_queues", "WorkQueueFilter")},
    "ReadLatestArtifactsBody": {"artifact_filter": ("artifacts", "ArtifactCollectionFilter")},
}


def filter_body(
    body: type[B],
    sort_enum: Any = None,
    /,
    *,
    sort: Any = None,
    limit: Any = None,
    offset: Any = None,
    **filters: Any,
) -> B:
    """The body of a read or count request: the filters given (keywords of :data:`FILTERS`,
    each a model, a dict or a Prefect pydantic filter), ``sort`` (a member or name of
    ``sort_enum``), ``limit`` and ``offset``.  Unset ones are not sent."""
    table = _FILTERS_OF.get(body.__name__, {})
    fields: dict[str, Any] = {}
    for keyword, value in filters.items():
        if value is not None:
            field, model = table.get(keyword) or FILTERS[keyword]
            fields[field] = filter_arg(keyword, value, getattr(m, model))
    if sort is not None:
        fields["sort"] = enum_arg("sort", sort, sort_enum)
    if limit is not None:
        fields["limit"] = count_arg("limit", limit)
    if offset is not None:
        fields["offset"] = count_arg("offset", offset)
    return body(**fields)


#: JSON keys that mark a mapping as a bare schedule rather than a schedule create.
_SCHEDULE_KEYS = ("interval", "cron", "rrule")


def json_object(name: str, value: Any) -> dict[str, Any]:
    """A model, mapping or pydantic object as a JSON object, else InvalidArgument."""
    if isinstance(value, Model):
        return value.to_dict()
    if is_pydantic(value):
        value = pydantic_data(value)
    if isinstance(value, Mapping):
        return jsonable(name, dict(value))
    raise bad_argument(name, value, "a model or a dict")


def schedule_body(name: str, value: Any) -> dict[str, Any]:
    """A schedule (interval, cron or rrule model or dict) as JSON."""
    data = json_object(name, value)
    if not any(key in data for key in _SCHEDULE_KEYS):
        raise bad_argument(name, value, "an IntervalSchedule, CronSchedule or RRuleSchedule")
    return data


def schedule_create_body(name: str, value: Any) -> dict[str, Any]:
    """One schedule to create: a DeploymentScheduleCreate, a bare schedule or (schedule, active)."""
    if isinstance(value, tuple):
        if len(value) != 2 or not isinstance(value[1], bool):
            raise bad_argument(name, value, "a (schedule, active: bool) pair")
        return {"schedule": schedule_body(name, value[0]), "active": value[1]}
    data = json_object(name, value)
    if "schedule" in data:
        data["schedule"] = schedule_body(name, data["schedule"])
        return data
    return {"schedule": schedule_body(name, data)}


def state_for_run(state: Any, **run_ids: uuid.UUID) -> StateCreate:
    """The state to send to a run's ``set_state``, naming the run in its details."""
    payload = state_payload(state)  # one encode of the caller's state, checked
    details = payload["state_details"]
    for key, value in run_ids.items():
        details[key] = str(value)
    details["transition_id"] = str(uuid.uuid4())
    payload["state_details"] = details
    return m.StateCreate.from_dict(payload)


def task_fields(task: Any) -> dict[str, Any]:
    """What a task run needs of a Prefect ``@task``, or of any object with ``task_key`` or ``name``."""
    key = getattr(task, "task_key", None) or getattr(task, "name", None)
    if not isinstance(key, str) or not key:
        raise bad_argument("task", task, "a task object with a non-empty `task_key` or `name`")
    fields: dict[str, Any] = {"task_key": key}
    fields["tags"] = tags_arg("task.tags", getattr(task, "tags", None)) or []
    version = getattr(task, "version", None)
    if version is not None:
        fields["task_version"] = str(version)
    policy: dict[str, Any] = {}
    retries = getattr(task, "retries", None)
    if retries is not None:
        policy["retries"] = retries
    delay = getattr(task, "retry_delay_seconds", None)
    if isinstance(delay, list | tuple):
        policy["retry_delay"] = [int(d) for d in delay]
    elif delay is not None:
        policy["retry_delay"] = int(delay)
    jitter = getattr(task, "retry_jitter_factor", None)
    if jitter is not None:
        policy["retry_jitter_factor"] = jitter
    if policy:
        fields["empirical_policy"] = m.TaskRunPolicy(**policy)
    return fields
