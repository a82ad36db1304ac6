"""The generated models behave like Prefect's own (issue 10), on the in-process server.

* attribute names are the JSON keys (``state.type``, ``like_``, ``not_any_``);
* free-form JSON fields are plain ``dict``/``list``/scalars, typed maps decode
  their values (``task_inputs``) and UUID keys;
"""

from __future__ import annotations

import datetime
import json
import keyword
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import attrs
import httpx
import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prefect_rest import models as m
from prefect_rest import states
from prefect_rest.exceptions import InvalidArgument
from prefect_rest_api.api.ui import next_runs_by_flow
from prefect_rest_api.types import Model, to_jsonable

pytestmark = pytest.mark.anyio


# --- 1. Prefect's attribute names --------------------------------------------


def test_attributes_are_named_as_the_json_keys() -> None:
    assert "type" in {a.name for a in attrs.fields(m.State)}
    state = m.State.from_dict({"id": str(uuid.uuid4()), "type": "RUNNING", "name": "Running"})
    assert state.type is m.StateType.RUNNING
    operators = {f.attr: f.key for f in m.FlowRunFilterTags._fields_}
    assert operators == {key: key for key in operators}
    assert {"all_", "any_", "is_null_"} <= set(operators)
    assert m.DeploymentFilterId(not_any_=[]).to_dict() == {"not_any_": []}
    assert m.FlowRunFilterName(like_="x").to_dict() == {"like_": "x"}
    assert m.TaskRunFilterStartTime(before_=None, after_=None, is_null_=True).to_dict() == {
        "before_": None,
        "after_": None,
        "is_null_": True,
    }
    # Every model: the attribute is the key unless the key is not a usable name.
    for name in m.__all__:
        cls = getattr(m, name)
        if isinstance(cls, type) and issubclass(cls, Model):
            for field in cls._fields_:
                usable = field.key.isidentifier() and not keyword.iskeyword(field.key)
                if usable and not field.key.startswith("_"):
                    assert field.attr == field.key, (name, field.key, field.attr)


# --- 2./3. plain JSON, typed maps ---------------------------------------------


async def test_free_form_fields_are_plain_python(client, unique) -> None:
    params = {"x": 1, "nested": {"a": [1, "two", None, True, 1.5]}}
    run = await client.create_flow_run(
        SimpleNamespace(name=unique), parameters=params, context={"c": 1}
    )
    read = await client.read_flow_run(run.id)
    assert read.parameters == params and type(read.parameters) is dict
    assert read.context == {"c": 1}
    assert json.dumps(read.parameters)  # no wrapper model
    assert read.to_dict()["parameters"] == params

    await client.create_variable({"name": unique, "value": {"k": [1, 2]}})
    variable = await client.read_variable_by_name(unique)
    assert variable is not None and variable.value == {"k": [1, 2]}
    assert json.dumps(variable.value) == '{"k": [1, 2]}'


async def test_task_inputs_are_typed_models_with_uuid_ids(client, unique) -> None:
    flow_run = await client.create_flow_run(SimpleNamespace(name=unique))
    upstream = uuid.uuid4()
    task = SimpleNamespace(name=f"{unique}-t", task_key=f"{unique}-t")
    run = await client.create_task_run(
        task,
        flow_run.id,
        dynamic_key="0",
        task_inputs={
            "x": [{"input_type": "task_run", "id": str(upstream)}],
            "y": [{"input_type": "parameter", "name": "p"}],
            "z": [{"input_type": "constant", "type": "int"}],
        },
    )
    read = await client.read_task_run(run.id)
    inputs = read.task_inputs
    assert type(inputs) is dict
    (x,) = inputs["x"]
    assert isinstance(x, m.TaskRunResult) and x.id == upstream and isinstance(x.id, uuid.UUID)
    assert isinstance(inputs["y"][0], m.Parameter) and inputs["y"][0].name == "p"
    assert isinstance(inputs["z"][0], m.Constant) and inputs["z"][0].type == "int"


def test_uuid_keyed_maps_decode_keys_and_model_values() -> None:
    flow_id = uuid.uuid4()
    body = {
        str(flow_id): {
            "id": str(uuid.uuid4()),
            "flow_id": str(flow_id),
            "name": "r",
            "state_name": "Scheduled",
            "state_type": "SCHEDULED",
            "next_scheduled_start_time": "2026-01-01T00:00:00Z",
        }
    }
    response = httpx.Response(200, json=body, request=httpx.Request("POST", "http://x/"))
    decoded: dict[uuid.UUID, Any] = next_runs_by_flow.decode_success(response)
    ((key, value),) = decoded.items()
    assert key == flow_id and isinstance(key, uuid.UUID)
    assert isinstance(value, m.SimpleNextFlowRun) and value.flow_id == flow_id


# --- 4. state methods ----------------------------------------------------------

STATE_CHECKS = (
    "is_scheduled",
    "is_pending",
    "is_running",
    "is_completed",
    "is_failed",
    "is_crashed",
    "is_cancelled",
    "is_cancelling",
    "is_paused",
)


def _checks(state: Any) -> dict[str, bool]:
    return {name: getattr(state, name)() for name in (*STATE_CHECKS, "is_final")}


@pytest.mark.parametrize(
    ("helper", "true"),
    [
        (states.Scheduled, {"is_scheduled"}),
        (states.Pending, {"is_pending"}),
        (states.Running, {"is_running"}),
        (states.Completed, {"is_completed", "is_final"}),
        (states.Failed, {"is_failed", "is_final"}),
        (states.Crashed, {"is_crashed", "is_final"}),
        (states.Cancelled, {"is_cancelled", "is_final"}),
        (states.Cancelling, {"is_cancelling"}),
        (states.Paused, {"is_paused"}),
    ],
)
def test_state_checks_as_prefects(helper: Any, true: set[str]) -> None:
    created = helper()
    expected = {name: name in true for name in (*STATE_CHECKS, "is_final")}
    assert _checks(created) == expected
    read = m.State.from_dict({"id": str(uuid.uuid4()), **created.to_dict()})
    assert _checks(read) == expected
    unknown = m.State.from_dict({"id": str(uuid.uuid4()), "type": "NEW_KIND"})
    assert not any(_checks(unknown).values())


async def test_states_the_client_returns_have_the_checks(client, unique) -> None:
    run = await client.create_flow_run(SimpleNamespace(name=unique), state=states.Running())
    assert run.state.is_running() and not run.state.is_final()
    result = await client.set_flow_run_state(run.id, states.Completed())
    assert result.state.is_completed() and result.state.is_final()
    history = await client.read_flow_run_states(run.id)
    assert [s.is_final() for s in history] == [False] * (len(history) - 1) + [True]
    read = await client.read_flow_run(run.id)
    assert read.state.is_completed() and not read.state.is_failed()


# --- 5. Prefect's class names ----------------------------------------------------


def test_prefect_class_names_are_aliases_of_what_the_client_returns() -> None:
    import prefect.client.schemas.actions as prefect_actions
    import prefect.client.schemas.objects as prefect_objects
    import prefect_rest.models as models

    for prefect_name, ours in models.PREFECT_NAMES.items():
        assert hasattr(prefect_objects, prefect_name) or hasattr(prefect_actions, prefect_name)
        assert getattr(models, prefect_name) is getattr(models, ours)
        assert prefect_name in models.__all__ and prefect_name in dir(models)
    # Every class Prefect's client returns has a model of the same name here.
    for name in ("FlowRun", "TaskRun", "Flow", "Deployment", "WorkPool", "WorkQueue", "Worker"):
        assert hasattr(prefect_objects, name) and issubclass(getattr(models, name), Model)
    for name in ("BlockDocument", "BlockType", "BlockSchema", "Variable", "Artifact", "Log"):
        assert hasattr(prefect_objects, name) and issubclass(getattr(models, name), Model)


async def test_isinstance_with_prefect_names(client, unique) -> None:
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    assert isinstance(await client.read_flow_run(run.id), m.FlowRun)
    pool = await client.create_work_pool({"name": unique, "type": "process"})
    assert isinstance(pool, m.WorkPool)
    queue = await client.read_work_queue_by_name("default", unique)
    assert isinstance(queue, m.WorkQueue)


# --- 6. to_dict does not depend on what was read ----------------------------------


async def test_to_dict_is_the_same_read_or_not(client, unique) -> None:
    run = await client.create_flow_run(SimpleNamespace(name=unique), parameters={"x": 1})
    untouched = await client.read_flow_run(run.id)
    touched = await client.read_flow_run(run.id)
    assert touched.state is not None and touched.created is not None  # read every field
    first, second = untouched.to_dict(), touched.to_dict()
    for realtime in ("estimated_start_time_delta", "estimated_run_time"):  # the server's clock
        first.pop(realtime), second.pop(realtime)
    assert json.dumps(first) == json.dumps(second)
    assert first["created"].endswith("Z")  # a UTC timestamp as pydantic writes it
    assert isinstance(touched.to_dict()["total_run_time"], float)


def test_to_dict_canonical_spellings() -> None:
    base = {"id": str(uuid.uuid4()), "name": "f", "updated": None}
    for spelling in ("2026-01-02T03:04:05+00:00", "2026-01-02T03:04:05Z"):
        flow = m.Flow.from_dict({**base, "created": spelling})
        assert flow.to_dict()["created"] == "2026-01-02T03:04:05Z"
    other = m.Flow.from_dict({**base, "created": "2026-01-02T03:04:05+05:30"})
    assert other.to_dict()["created"] == "2026-01-02T03:04:05+05:30"


# --- 7. type checkers see the fields ------------------------------------------------

TYPED_SNIPPET = """
from prefect_rest import PrefectClient
from prefect_rest.models import Flow, FlowRun, StateType
from prefect_rest_api import api
from prefect_rest_api.client import Client


async def use(client: PrefectClient, flow: Flow, run: FlowRun, raw: Client) -> None:
    name: str = flow.name
    read = await client.read_flow_run(run.id)
    if read.state:
        kind: StateType = read.state.type
        final: bool = read.state.is_final()
    flow.nmae  # TYPO-1
    read.stat  # TYPO-2
    # Endpoints reached through the lazy packages are typed too.
    got = api.flows.read_flow.sync(flow.id, client=raw)
    got.nmae  # TYPO-3
    api.flows.read_flow.snyc  # TYPO-4
"""


def test_mypy_catches_attribute_typos(tmp_path) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    snippet = tmp_path / "snippet.py"
    snippet.write_text(TYPED_SNIPPET)
    env = {**os.environ, "MYPYPATH": f"{root / 'generated'}{os.pathsep}{root / 'overlay'}"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--follow-imports=silent",
            "--ignore-missing-imports",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(snippet),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    lines = [line for line in proc.stdout.splitlines() if ": error:" in line]
    numbered = TYPED_SNIPPET.splitlines()
    typo_lines = {i for i, text in enumerate(numbered, 0) if "# TYPO" in text}
    flagged = {int(line.split(":")[1]) - 1 for line in lines}
    assert flagged == typo_lines, proc.stdout
    assert '"Flow" has no attribute "nmae"' in proc.stdout
    assert '"FlowRunResponse" has no attribute "stat"' in proc.stdout
    assert 'Module has no attribute "snyc"' in proc.stdout


# --- 8. values from Prefect's own (pydantic) objects --------------------------------


class _Config(pydantic.BaseModel):
    retries: int
    when: datetime.datetime


async def test_pydantic_values_inside_parameters_are_encoded(client, unique) -> None:
    when = datetime.datetime(2030, 1, 2, tzinfo=datetime.UTC)
    run = await client.create_flow_run(
        SimpleNamespace(name=unique), parameters={"cfg": _Config(retries=2, when=when), "n": 1}
    )
    read = await client.read_flow_run(run.id)
    assert read.parameters == {"cfg": {"retries": 2, "when": "2030-01-02T00:00:00Z"}, "n": 1}


def test_to_jsonable_duck_types_model_dump_and_names_what_it_cannot_encode() -> None:
    class Dumps:
        def model_dump(self, mode: str = "python") -> Any:
            assert mode == "json"
            return {"id": uuid.UUID(int=1)}

    assert to_jsonable([Dumps(), {"k": (Dumps(),)}]) == [
        {"id": "00000000-0000-0000-0000-000000000001"},
        {"k": [{"id": "00000000-0000-0000-0000-000000000001"}]},
    ]

    class Opaque:
        pass

    with pytest.raises(InvalidArgument, match="Opaque") as raised:
        to_jsonable({"x": [Opaque()]})
    assert not isinstance(raised.value, TypeError)
    with pytest.raises(InvalidArgument, match="Opaque"):
        m.FlowCreate(name="f", tags=[Opaque()]).to_dict()  # type: ignore[list-item]


async def test_unencodable_parameter_is_refused_before_sending(client, unique) -> None:
    with pytest.raises(InvalidArgument, match="object"):
        await client.create_flow_run(SimpleNamespace(name=unique), parameters={"x": object()})
    assert await client.read_flow_runs() is not None  # the client still works


# --- 9. answers that are not JSON ----------------------------------------------------


def test_text_answers_are_returned_as_text(sync_client, unique) -> None:
    from prefect_rest.inprocess import EPHEMERAL_BASE_URL, sync_transport
    from prefect_rest_api import Client
    from prefect_rest_api.api.flow_runs import download_logs, read_flow_run_input

    run = sync_client.create_flow_run(SimpleNamespace(name=unique))
    sync_client.create_flow_run_input(run.id, "answer", '{"a": 1}')
    now = datetime.datetime.now(datetime.UTC)
    sync_client.create_logs(
        [
            {
                "name": "t",
                "level": 20,
                "message": "hello csv",
                "timestamp": now,
                "flow_run_id": run.id,
            }
        ]
    )
    with Client(base_url=EPHEMERAL_BASE_URL, httpx_args={"transport": sync_transport()}) as api:
        stored = read_flow_run_input.sync(run.id, "answer", client=api)
        assert stored == '{"a": 1}' and isinstance(stored, str)  # the text, not parsed JSON
        csv = download_logs.sync(run.id, client=api)
    assert isinstance(csv, str)
    assert csv.splitlines()[0] == "timestamp,level,flow_run_id,task_run_id,message"
    assert "hello csv" in csv


# --- 10. path traversal ------------------------------------------------------------


class _Recorder(httpx.BaseTransport):
    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(204)


@pytest.mark.parametrize("segment", ["", ".", "..", "%2e%2e", "%2E.", "%2e", ".%2E"])
def test_dot_segments_never_reach_the_wire(segment: str) -> None:
    from prefect_rest_api import Client
    from prefect_rest_api.api.flow_runs import delete_flow_run_input

    recorder = _Recorder()
    with Client(base_url="http://x", httpx_args={"transport": recorder}) as api:
        with pytest.raises(InvalidArgument, match="key"):
            delete_flow_run_input.sync(uuid.uuid4(), segment, client=api)
        delete_flow_run_input.sync(uuid.uuid4(), "ok..key", client=api)  # dots inside are fine
    assert len(recorder.sent) == 1


async def test_dot_dot_keys_are_refused_through_the_facade(client, unique) -> None:
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    with pytest.raises(InvalidArgument):
        await client.delete_flow_run_input(run.id, "..")
    assert (await client.read_flow_run(run.id)).id == run.id  # not deleted

    await client.create_work_pool({"name": unique, "type": "process"})
    with pytest.raises(InvalidArgument):
        await client.delete_worker(unique, "..")
    assert (await client.read_work_pool(unique)).name == unique  # not deleted
    with pytest.raises(InvalidArgument):
        await client.read_work_queue_by_name("..", unique)
    with pytest.raises(InvalidArgument):
        await client.read_work_queue_by_name("%2e%2e", unique)


# --- 11. an empty 204 where a model is documented ---------------------------------


def test_empty_204_for_a_model_names_the_operation() -> None:
    from prefect_rest.exceptions import ResponseDecodeError
    from prefect_rest_api.api.flows import read_flow

    response = httpx.Response(204, request=httpx.Request("GET", "http://x/flows/1"))
    with pytest.raises(ResponseDecodeError, match="read_flow") as raised:
        read_flow.decode_success(response)
    assert "GET /flows/{id}" in str(raised.value)


async def test_facade_read_flow_raises_on_an_empty_204(unique) -> None:
    from prefect_rest import PrefectClient
    from prefect_rest.exceptions import PrefectRestError

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(204)

    transport = httpx.MockTransport(answer)
    async with PrefectClient("http://test/api", httpx_settings={"transport": transport}) as c:
        with pytest.raises(PrefectRestError, match="204"):
            await c.read_flow(uuid.uuid4())


# --- 12. fast conversions give the same values ------------------------------------


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.uuids().map(str)
    | st.uuids().map(lambda u: str(u).upper())
    | st.text(alphabet="0123456789abcdefABCDEF- _+g\u0663", min_size=30, max_size=38)
)
def test_fast_uuid_matches_uuid(text: str) -> None:
    from prefect_rest_api.types import UUID_

    try:
        expected = uuid.UUID(text)
    except ValueError:
        with pytest.raises(ValueError):
            UUID_(text)
        return
    got = UUID_(text)
    assert got == expected and hash(got) == hash(expected) and str(got) == str(expected)
    assert got.is_safe == expected.is_safe and type(got) is uuid.UUID


def test_request_body_built_from_json_is_sent_as_given() -> None:
    """A body model untouched since ``from_dict`` goes out as its payload (no decode and re-encode);
    a changed one is encoded from its fields."""
    import uuid as _uuid

    from prefect_rest_api import types as t
    from prefect_rest_api.models import SetFlowRunStateBody, StateCreate

    payload = {
        "type": "RUNNING",
        "name": "Running",
        "state_details": {
            "flow_run_id": str(_uuid.uuid4()),
            "scheduled_time": "2026-01-01T00:00:00+00:00",
        },
        "zz_unknown": [1, {"a": None}],
    }
    state = StateCreate.from_dict(payload)
    body = SetFlowRunStateBody(state=state, force=False)
    assert t.to_wire(body) == {"state": payload, "force": False}
    state.name = "Changed"
    wire = t.to_wire(body)["state"]
    assert wire["name"] == "Changed" and wire["type"] == "RUNNING"
    assert wire["state_details"] == payload["state_details"]  # nested, untouched: as given
    assert wire["zz_unknown"] == [1, {"a": None}]
