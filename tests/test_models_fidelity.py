"""The models beside Prefect 3.8.8's own (issue 19): names, values, defaults, pydantic's methods.

Each check runs the same input through ``prefect.client.schemas`` and ours: Prefect's
class names, caller-built models with Prefect's defaults and normalization, durations
as ``timedelta``, ``State`` fields and ``result()``, and ``model_dump``/``model_copy``/
``model_validate``/``model_fields_set`` on real server payloads (in-process and
``prefect server start``).
"""

from __future__ import annotations

import datetime
import enum
import importlib
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pydantic
import pytest
from conftest import TEST_SETTINGS
from prefect.client.schemas import actions as pa
from prefect.client.schemas import filters as pf
from prefect.client.schemas import objects as po
from prefect.client.schemas import responses as pr
from prefect.client.schemas import schedules as ps
from prefect_rest import SyncPrefectClient, exceptions
from prefect_rest import models as m
from prefect_rest_api import types as t

# --- Prefect's class names ---------------------------------------------------------

#: Names Prefect's client schemas export that have no counterpart in the 3.8.8 API.
NO_COUNTERPART = {
    "Agent": "2.x agents; Prefect 3 has no agent endpoints",
    "BlockDocumentReference": "kept inside the server; the API nests references as objects",
    "BlockDocumentReferenceCreate": "kept inside the server",
    "BlockSchemaReference": "kept inside the server",
    "BranchingScheduleHandling": "Prefect Cloud (deployment branches)",
    "Configuration": "no configuration endpoints in the 3.8.8 API",
    "DeploymentBranch": "Prefect Cloud (deployment branches)",
    "DeploymentBranchingOptions": "Prefect Cloud (deployment branches)",
    "FilterSet": "Prefect's client-side grouping of filters, not a request body",
    "IPAllowlist": "Prefect Cloud",
    "IPAllowlistEntry": "Prefect Cloud",
    "IPAllowlistMyAccessResponse": "Prefect Cloud",
    "LogFilterName": "the 3.8.8 server's LogFilter has no name",
    "NoSchedule": "Prefect's client-side placeholder schedule",
    "RunInput": "Prefect's run-input helper base class (flow run input is free-form JSON)",
    "RunType": "Prefect's client-side enum of run kinds",
    "WorkerFilterWorkPoolId": "the 3.8.8 server's WorkerFilter has no work_pool_id",
    "Workspace": "Prefect Cloud",
}

SCHEMA_MODULES = ("actions", "objects", "filters", "sorting", "responses", "schedules")


def _prefect_schema_names() -> set[str]:
    names = set()
    for short in SCHEMA_MODULES:
        module = importlib.import_module(f"prefect.client.schemas.{short}")
        for name in dir(module):
            value = getattr(module, name)
            if (
                isinstance(value, type)
                and not name.startswith("_")
                and value.__module__ == module.__name__
                and issubclass(value, pydantic.BaseModel | enum.Enum)
            ):
                names.add(name)
    return names


def test_every_prefect_schema_name_with_an_api_counterpart_exists() -> None:
    names = _prefect_schema_names()
    assert len(names) > 200
    missing = {name for name in names if not hasattr(m, name)}
    assert missing == set(NO_COUNTERPART)
    for name in ("GlobalConcurrencyLimitCreate", "GlobalConcurrencyLimitUpdate"):
        assert name in m.__all__
    created = m.GlobalConcurrencyLimitCreate(name="g", limit=2)
    assert created.to_dict() == pa.GlobalConcurrencyLimitCreate(name="g", limit=2).model_dump(
        mode="json", exclude_unset=True
    )
    metadata = m.WorkerMetadata(integrations=[m.Integration(name="prefect-aws", version="1.0")])
    theirs = po.WorkerMetadata(integrations=[po.Integration(name="prefect-aws", version="1.0")])
    assert metadata.model_dump(mode="json") == theirs.model_dump(mode="json")


# --- caller-built models: Prefect's defaults and normalization ------------------------

_NAIVE = datetime.datetime(2024, 1, 1)
_PARIS = datetime.datetime(2024, 1, 1, tzinfo=ZoneInfo("Europe/Paris"))
_ID = uuid.UUID("8e3bd9c4-9f4e-4a5b-8d0e-6f1a2b3c4d5e")

#: (how to build it, given a namespace of classes; Prefect's module for that namespace)
BUILT: dict[str, tuple[Callable[[Any], Any], Any]] = {
    "cron": (lambda ns: ns.CronSchedule(cron="0 0 * * *"), ps),
    "rrule": (lambda ns: ns.RRuleSchedule(rrule="FREQ=DAILY"), ps),
    "interval, naive anchor": (
        lambda ns: ns.IntervalSchedule(interval=datetime.timedelta(hours=1), anchor_date=_NAIVE),
        ps,
    ),
    "interval, zoned anchor": (
        lambda ns: ns.IntervalSchedule(interval=datetime.timedelta(minutes=5), anchor_date=_PARIS),
        ps,
    ),
    "interval in seconds": (lambda ns: ns.IntervalSchedule(interval=90, anchor_date=_NAIVE), ps),
    "run policy": (lambda ns: ns.FlowRunPolicy(retries=1, retry_delay=2), po),
    "run policy, deprecated fields": (
        lambda ns: ns.FlowRunPolicy(max_retries=3, retry_delay_seconds=4),
        po,
    ),
    "task run policy, deprecated fields": (
        lambda ns: ns.TaskRunPolicy(max_retries=2, retry_delay_seconds=3),
        po,
    ),
    "deployment schedule": (
        lambda ns: ns.DeploymentScheduleCreate(schedule=ns.CronSchedule(cron="0 0 * * *")),
        pa,
    ),
    "block document": (
        lambda ns: ns.BlockDocumentCreate(block_type_id=_ID, block_schema_id=_ID, name="b"),
        pa,
    ),
    "artifact": (lambda ns: ns.ArtifactCreate(key="k"), pa),
    "flow run filter, naive bound given as text": (
        lambda ns: ns.FlowRunFilterStartTime(after_="2024-01-01T00:00:00", before_=_NAIVE),
        pf,
    ),
    "concurrency limit": (lambda ns: ns.ConcurrencyLimitCreate(tag="t", concurrency_limit=1), pa),
}


def test_built_models_read_a_naive_timestamp_as_utc() -> None:
    """As Prefect's ``DateTime`` fields: given naive (or as text without an offset), UTC."""
    ours = m.StateDetails(scheduled_time=_NAIVE, cache_expiration="2024-01-01T00:00:00")
    theirs = po.StateDetails(scheduled_time=_NAIVE, cache_expiration="2024-01-01T00:00:00")
    assert ours.scheduled_time == theirs.scheduled_time == _NAIVE.replace(tzinfo=datetime.UTC)
    assert ours.cache_expiration == theirs.cache_expiration
    assert ours.scheduled_time.utcoffset() == datetime.timedelta(0)
    assert ours.to_dict() == theirs.model_dump(mode="json", exclude_unset=True)
    zoned = m.StateDetails(scheduled_time=_PARIS)
    assert zoned.scheduled_time is _PARIS  # an aware one is kept as given
    given = {"scheduled_time": "2024-01-01T00:00:00"}  # model_validate: the same rule
    validated = m.StateDetails.model_validate(given).scheduled_time
    assert validated == po.StateDetails.model_validate(given).scheduled_time
    assert validated.utcoffset() == datetime.timedelta(0)


@pytest.mark.parametrize("case", sorted(BUILT))
def test_built_models_have_prefects_defaults(case: str) -> None:
    build, module = BUILT[case]
    ours, theirs = build(m), build(module)
    assert ours.model_dump(mode="json") == theirs.model_dump(mode="json")
    assert ours.model_fields_set == theirs.model_fields_set
    # what is sent: what the caller (or Prefect's validators) set, as Prefect sends it
    assert ours.to_dict() == theirs.model_dump(mode="json", exclude_unset=True)


def test_built_models_from_the_issue() -> None:
    cron = m.CronSchedule(cron="0 0 * * *")
    assert (cron.day_or, cron.timezone) == (True, None)
    policy = m.FlowRunPolicy(retries=1, retry_delay=2)
    assert (policy.max_retries, policy.retry_delay_seconds, policy.pause_keys) == (0, 0, [])
    assert (policy.resuming, policy.retry_type) == (False, None)
    anchored = m.IntervalSchedule(interval=datetime.timedelta(hours=1), anchor_date=_NAIVE)
    assert anchored.anchor_date == _NAIVE.replace(tzinfo=datetime.UTC)
    assert anchored.timezone == "UTC"
    assert m.DeploymentScheduleCreate(schedule=cron).active is True
    # set later: no longer a default, so it is sent
    cron.day_or = False
    assert cron.to_dict() == {"cron": "0 0 * * *", "day_or": False}


def test_built_schedule_equals_the_one_read_back(sync_client: SyncPrefectClient, unique) -> None:
    cron = m.CronSchedule(cron="0 0 * * *")
    interval = m.IntervalSchedule(interval=datetime.timedelta(minutes=90), anchor_date=_NAIVE)
    flow_id = sync_client.create_flow_from_name(unique)
    deployment_id = sync_client.create_deployment(
        flow_id,
        "dep",
        schedules=[
            m.DeploymentScheduleCreate(schedule=cron, active=False),
            m.DeploymentScheduleCreate(schedule=interval, active=False),
        ],
    )
    read = sync_client.read_deployment(deployment_id)
    schedules = sorted((s.schedule for s in read.schedules), key=lambda s: type(s).__name__)
    assert schedules == [cron, interval]


# --- durations --------------------------------------------------------------------


def test_durations_are_timedeltas_as_in_prefects_models(sync_client, unique) -> None:
    run = sync_client.create_flow_run(_Flow(unique))
    payload = sync_client.request("GET", f"/flow_runs/{run.id}").json()
    ours = m.FlowRun.from_dict(payload)
    theirs = po.FlowRun.model_validate(payload)
    for name in ("total_run_time", "estimated_run_time", "estimated_start_time_delta"):
        assert isinstance(getattr(ours, name), datetime.timedelta), name
    assert ours.total_run_time == theirs.total_run_time
    assert ours.total_run_time.total_seconds() == 0.0
    # sent as seconds, read back as a timedelta
    flow_id = sync_client.create_flow_from_name(unique)
    schedule = m.IntervalSchedule(interval=datetime.timedelta(seconds=90.5), anchor_date=_NAIVE)
    deployment_id = sync_client.create_deployment(
        flow_id, "d", schedules=[m.DeploymentScheduleCreate(schedule=schedule, active=False)]
    )
    [read] = sync_client.read_deployment(deployment_id).schedules
    assert read.schedule.interval == datetime.timedelta(seconds=90.5)
    # the server's settings answer ISO 8601 durations
    settings = sync_client.api.admin.read_settings()
    assert settings.server.api.csrf_token_expiration == datetime.timedelta(hours=1)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("PT1H", 3600), ("P7D", 7 * 86400), ("P1DT2H3M4.5S", 93784.5), ("-PT30S", -30), (12.5, 12.5)],
)
def test_duration_decoder_reads_seconds_and_iso_8601(text: Any, seconds: float) -> None:
    assert t.DURATION(text) == datetime.timedelta(seconds=seconds)
    assert pydantic.TypeAdapter(datetime.timedelta).validate_python(text) == t.DURATION(text)


@pytest.mark.parametrize("bad", ["P", "PT", "1H", True, None, "P1DT"])
def test_duration_decoder_refuses_what_is_not_a_duration(bad: Any) -> None:
    with pytest.raises(TypeError):
        t.DURATION(bad)


# --- State: every field of Prefect's, and result() ---------------------------------


def _state(kind: str, **extra: Any) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "type": kind, "name": kind.title(), **extra}


STATES = {
    "running": _state("RUNNING"),
    "paused": _state("PAUSED"),
    "completed without data": _state("COMPLETED"),
    "completed with a value": _state("COMPLETED", data=42),
    "failed": _state("FAILED", message="boom"),
    "failed without message": _state("FAILED"),
    "crashed": _state("CRASHED", message="lost"),
    "cancelled": _state("CANCELLED"),
}


def _outcome(call: Callable[[], Any]) -> tuple[str, str]:
    try:
        value = call()
    except Exception as exc:
        return f"raises {type(exc).__name__}", str(exc)
    if isinstance(value, BaseException):
        return f"returns {type(value).__name__}", str(value)
    return "returns", repr(value)


@pytest.mark.parametrize("case", sorted(STATES))
@pytest.mark.parametrize("raise_on_failure", [True, False])
def test_state_result_as_prefects(case: str, raise_on_failure: bool) -> None:
    payload = STATES[case]
    ours = m.State.from_dict(payload)
    theirs = po.State.model_validate(payload)
    assert _outcome(lambda: ours.result(raise_on_failure=raise_on_failure)) == _outcome(
        lambda: theirs.result(raise_on_failure=raise_on_failure)
    )


def test_state_has_every_field_of_prefects() -> None:
    assert set(po.State.model_fields) <= set(m.State.model_fields)
    payload = STATES["running"]  # the server sends no created/updated for a state
    ours, theirs = m.State.from_dict(payload), po.State.model_validate(payload)
    assert (ours.created, ours.updated) == (theirs.created, theirs.updated) == (None, None)
    assert "created" not in ours.model_fields_set and ours.to_dict() == payload
    # (dumps of real server states are compared in test_pydantic_methods_match_prefects...)
    # a Prefect object built in code (no id set: Prefect's default) is taken too
    built = m.State.model_validate(po.State(type="COMPLETED", message="ok"))
    assert (built.type, built.message) == (m.StateType.COMPLETED, "ok")
    assert isinstance(built.id, uuid.UUID)


def test_stored_result_is_a_missing_result() -> None:
    stored = {"storage_key": "abc", "serializer": {"type": "pickle"}, "storage_block_id": None}
    state = m.State.from_dict(_state("COMPLETED", data=stored))
    with pytest.raises(exceptions.MissingResult, match="result storage") as raised:
        state.result()
    # one hierarchy: also this client's error, and the generated package's
    assert isinstance(raised.value, exceptions.PrefectRestError | t.MissingResult)
    assert isinstance(raised.value, t.MissingResult) and raised.value.state is state


# --- pydantic's methods on real server payloads ------------------------------------


class _Flow:
    def __init__(self, name: str) -> None:
        self.name = name


#: Fields Prefect's client models have that the 3.8.8 server never sends (Prefect Cloud's).
PREFECT_ONLY = {"DeploymentResponse": {"base", "branch", "root", "version_id", "version_info"}}


def _payloads(client: SyncPrefectClient, unique: str) -> Iterator[tuple[str, Any, Any, Any]]:
    """(label, payload, our class, Prefect's class) for each object the client returns."""

    def get(path: str) -> Any:
        return client.request("GET", path).json()

    def post(path: str, body: Any) -> Any:
        return client.request("POST", path, json=body).json()

    flow_id = client.create_flow_from_name(unique)
    schedule = m.DeploymentScheduleCreate(
        schedule=m.IntervalSchedule(interval=datetime.timedelta(hours=1), anchor_date=_NAIVE)
    )
    deployment_id = client.create_deployment(
        flow_id, "d", schedules=[schedule], parameters={"x": 1}, tags=["a"]
    )
    run = client.create_flow_run_from_deployment(deployment_id, parameters={"x": 2})
    run_json = get(f"/flow_runs/{run.id}")
    yield "flow", get(f"/flows/{flow_id}"), m.Flow, po.Flow
    yield "flow run", run_json, m.FlowRun, po.FlowRun
    yield "flow run response", run_json, m.FlowRunResponse, pr.FlowRunResponse
    yield "state", run_json["state"], m.State, po.State
    deployment = get(f"/deployments/{deployment_id}")
    yield "deployment", deployment, m.DeploymentResponse, pr.DeploymentResponse
    yield "schedule", deployment["schedules"][0], m.DeploymentSchedule, po.DeploymentSchedule
    task = {"flow_run_id": str(run.id), "task_key": "k", "dynamic_key": "0", "name": "t"}
    yield "task run", post("/task_runs/", task), m.TaskRun, po.TaskRun
    pool = post("/work_pools/", {"name": unique, "type": "process"})
    yield "work pool", pool, m.WorkPool, po.WorkPool
    queue = post(f"/work_pools/{unique}/queues", {"name": "q"})
    yield "work queue", get(f"/work_queues/{queue['id']}"), m.WorkQueue, po.WorkQueue
    client.request("POST", f"/work_pools/{unique}/workers/heartbeat", json={"name": "w"})
    [worker] = post(f"/work_pools/{unique}/workers/filter", {})
    yield "worker", worker, m.Worker, po.Worker
    variable = post("/variables/", {"name": unique.replace("-", "_"), "value": {"a": [1]}})
    yield "variable", variable, m.Variable, po.Variable
    artifact = post(
        "/artifacts/", {"key": unique, "data": {"rows": 1}, "flow_run_id": run_json["id"]}
    )
    yield "artifact", artifact, m.Artifact, po.Artifact
    client.request("POST", "/v2/concurrency_limits/", json={"name": unique, "limit": 2})
    limit = get(f"/v2/concurrency_limits/{unique}")
    yield "global limit", limit, m.GlobalConcurrencyLimit, pr.GlobalConcurrencyLimitResponse
    tagged = post("/concurrency_limits/", {"tag": unique, "concurrency_limit": 1})
    yield "tag limit", tagged, m.ConcurrencyLimit, po.ConcurrencyLimit
    log = {"name": "l", "level": 20, "message": "hi", "timestamp": "2024-01-01T00:00:00Z"}
    client.request("POST", "/logs/", json=[{**log, "flow_run_id": run_json["id"]}])
    [read_log] = post("/logs/filter", {"logs": {"flow_run_id": {"any_": [run_json["id"]]}}})
    yield "log", read_log, m.Log, po.Log


def _plain(value: Any) -> Any:
    """Python-mode dumps compared as data: sets as sorted lists, enums as their values."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(_plain(v) for v in value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _check_methods(label: str, payload: Any, ours_cls: Any, theirs_cls: Any) -> None:
    ours, theirs = ours_cls.from_dict(payload), theirs_cls.model_validate(payload)
    only_theirs = PREFECT_ONLY.get(theirs_cls.__name__, set())
    dumped, expected = ours.model_dump(mode="json"), theirs.model_dump(mode="json")
    assert set(expected) - set(dumped) == only_theirs, label
    assert set(dumped) <= set(expected), label
    assert dumped == {k: v for k, v in expected.items() if k not in only_theirs}, label
    assert ours.model_fields_set == theirs.model_fields_set, label
    options: list[dict[str, Any]] = [
        {"exclude_unset": True},
        {"exclude_none": True},
        {"by_alias": True},
        {"include": {"id", "name", "created"}},
        {"exclude": {"id", "created"}, "exclude_none": True},
    ]
    for option in options:
        for mode in ("json", "python"):
            mine = ours.model_dump(mode=mode, **option)
            wanted = theirs.model_dump(mode=mode, **option)
            wanted = {k: v for k, v in wanted.items() if k not in only_theirs}
            assert _plain(mine) == _plain(wanted), (label, mode, option)
    assert _plain(ours.model_dump()) == _plain(
        {k: v for k, v in theirs.model_dump().items() if k not in only_theirs}
    )
    assert json.loads(ours.model_dump_json()) == dumped
    assert json.loads(ours.model_dump_json(indent=2)) == dumped
    assert ours_cls.model_validate(payload) == ours
    assert ours_cls.model_validate_json(json.dumps(payload)) == ours
    assert ours_cls.model_validate(theirs) == ours  # Prefect's object in, ours out
    assert set(ours_cls.model_fields) >= set(expected) - only_theirs
    copied = ours.model_copy(update={"id": _ID})
    assert copied.id == _ID and ours.id != _ID and "id" in copied.model_fields_set
    assert copied.model_dump(exclude={"id"}) == ours.model_dump(exclude={"id"})
    deep = ours.model_copy(deep=True)
    assert deep == ours and deep.model_dump() == ours.model_dump()


@pytest.mark.parametrize("where", ["in-process", "prefect server start"])
def test_pydantic_methods_match_prefects_on_server_payloads(request, where, unique) -> None:
    url = None if where == "in-process" else request.getfixturevalue("live_server_url")
    with SyncPrefectClient(url, settings=TEST_SETTINGS) as client:
        labels = []
        for label, payload, ours_cls, theirs_cls in _payloads(client, unique):
            _check_methods(label, payload, ours_cls, theirs_cls)
            labels.append(label)
    assert len(labels) == 15


def test_create_flow_run_gives_back_the_callers_parameters(sync_client, unique) -> None:
    when = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    parameters = {"x": 1, "when": when, "ids": [_ID]}
    run = sync_client.create_flow_run(_Flow(unique), parameters=parameters)
    assert run.parameters is parameters  # as Prefect's: the caller's objects, not their JSON
    read = sync_client.read_flow_run(run.id)
    assert read.parameters == {"x": 1, "when": "2024-01-01T00:00:00Z", "ids": [str(_ID)]}
