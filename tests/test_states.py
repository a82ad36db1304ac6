"""The state helpers of ``prefect_rest.states``: what they build, and that the server takes it."""

from __future__ import annotations

import datetime
import os
import uuid
from types import SimpleNamespace

import anyio
import pytest
from prefect_rest import SyncPrefectClient, states
from prefect_rest import models as m
from prefect_rest.exceptions import InvalidArgument
from prefect_rest.settings import Settings

pytestmark = pytest.mark.anyio

UTC = datetime.UTC
LATER = datetime.datetime(2031, 1, 2, 3, 4, 5, tzinfo=UTC)


# (helper, state type, state name) as Prefect's helpers of the same names give them
SIMPLE = [
    (states.Pending, "PENDING", "Pending"),
    (states.Running, "RUNNING", "Running"),
    (states.Retrying, "RUNNING", "Retrying"),
    (states.Completed, "COMPLETED", "Completed"),
    (states.Failed, "FAILED", "Failed"),
    (states.Crashed, "CRASHED", "Crashed"),
    (states.Cancelling, "CANCELLING", "Cancelling"),
    (states.Cancelled, "CANCELLED", "Cancelled"),
    (states.Paused, "PAUSED", "Paused"),
    (states.Suspended, "PAUSED", "Suspended"),
    (states.Scheduled, "SCHEDULED", "Scheduled"),
    (states.AwaitingRetry, "SCHEDULED", "AwaitingRetry"),
    (states.AwaitingConcurrencySlot, "SCHEDULED", "AwaitingConcurrencySlot"),
    (states.Late, "SCHEDULED", "Late"),
]


@pytest.mark.parametrize(("helper", "type_", "name"), SIMPLE, ids=[s[2] for s in SIMPLE])
def test_helpers_set_type_and_name(helper, type_, name):
    state = helper()
    assert isinstance(state, m.StateCreate)
    assert state.type is m.StateType[type_]
    assert state.name == name
    body = state.to_dict()
    assert body["type"] == type_ and body["name"] == name
    assert "message" not in body and "data" not in body
    named = helper(name="Mine", message="why", data={"k": 1})
    assert (named.name, named.message, named.data) == ("Mine", "why", {"k": 1})
    assert named.type is m.StateType[type_]


def test_scheduled_states_carry_their_time():
    for helper in (states.Scheduled, states.AwaitingRetry, states.Late):
        details = helper(LATER).to_dict()["state_details"]
        assert details == {"scheduled_time": "2031-01-02T03:04:05Z"}
        assert helper(scheduled_time=LATER).state_details.scheduled_time == LATER
    # default: now, as an aware datetime
    default = states.Scheduled().state_details.scheduled_time
    assert isinstance(default, datetime.datetime) and default.tzinfo is not None
    # a scheduled_time given in state_details is kept
    kept = states.Late(state_details={"scheduled_time": LATER})
    assert kept.state_details.scheduled_time == LATER


def test_paused_and_suspended_details():
    paused = states.Paused(pause_expiration_time=LATER, pause_key="k1")
    assert paused.to_dict()["state_details"] == {
        "pause_timeout": "2031-01-02T03:04:05Z",
        "pause_reschedule": False,
        "pause_key": "k1",
    }
    assert states.Paused().to_dict()["state_details"] == {"pause_reschedule": False}
    by_timeout = states.Paused(timeout_seconds=60, reschedule=True).state_details
    assert by_timeout.pause_timeout.tzinfo is not None and by_timeout.pause_reschedule is True
    suspended = states.Suspended(pause_expiration_time=LATER)
    assert suspended.type is m.StateType.PAUSED and suspended.name == "Suspended"
    assert suspended.state_details.pause_reschedule is True
    assert suspended.state_details.pause_timeout == LATER


def test_state_details_are_merged():
    run_id = uuid.uuid4()
    state = states.Failed(state_details=m.StateDetails(flow_run_id=run_id, retriable=False))
    assert state.to_dict()["state_details"] == {"flow_run_id": str(run_id), "retriable": False}
    assert states.Running(state_details={"flow_run_id": run_id}).state_details.flow_run_id == run_id


def test_a_naive_time_is_utc_as_prefects_server_reads_what_prefects_helper_sends():
    from prefect.server.schemas.actions import StateCreate as ServerStateCreate
    from prefect.states import Scheduled as PrefectScheduled

    naive = datetime.datetime(2030, 1, 1)
    sent = PrefectScheduled(scheduled_time=naive).state_details.model_dump(mode="json")
    read = ServerStateCreate(type="SCHEDULED", state_details=sent).state_details.scheduled_time
    ours = states.Scheduled(naive).state_details.scheduled_time
    assert ours == read == naive.replace(tzinfo=datetime.UTC)
    assert ours.utcoffset() == datetime.timedelta(0)
    paused = states.Paused(pause_expiration_time=naive).state_details.pause_timeout
    assert paused == naive.replace(tzinfo=datetime.UTC)


def test_bad_arguments_raise_invalid_argument():
    with pytest.raises(InvalidArgument, match="scheduled_time must be a datetime"):
        states.Scheduled("2030-01-01")
    with pytest.raises(InvalidArgument, match="pause_expiration_time"):
        states.Paused(pause_expiration_time=1893456000)
    with pytest.raises(InvalidArgument, match="timeout_seconds or pause_expiration_time"):
        states.Paused(timeout_seconds=5, pause_expiration_time=LATER)
    with pytest.raises(InvalidArgument, match="timeout_seconds"):
        states.Paused(timeout_seconds="5")
    with pytest.raises(InvalidArgument, match="reschedule"):
        states.Paused(reschedule="yes")
    with pytest.raises(InvalidArgument, match="scheduled_time was given twice"):
        states.Scheduled(LATER, state_details={"scheduled_time": LATER})
    with pytest.raises(InvalidArgument, match="message must be a string"):
        states.Failed(message=42)
    with pytest.raises(InvalidArgument, match="state_details"):
        states.Running(state_details=[1])


def test_state_create_accepts_models_dicts_and_prefect_like_objects():
    assert states.state_create({"type": "running"}).to_dict() == {
        "type": "RUNNING",
        "state_details": {},
    }
    built = states.Completed(message="done")
    assert states.state_create(built).to_dict() == built.to_dict()
    read_back = m.State.from_dict(
        {
            "id": str(uuid.uuid4()),
            "type": "FAILED",
            "name": "Failed",
            "timestamp": LATER.isoformat(),
            "state_details": None,
        }
    )
    assert states.state_create(read_back).to_dict() == {
        "type": "FAILED",
        "name": "Failed",
        "state_details": {},
    }

    class PrefectLikeState(SimpleNamespace):
        def model_dump(self, mode: str, include: set[str]) -> dict:
            return {k: v for k, v in vars(self).items() if k in include}

    prefect_state = PrefectLikeState(type="CANCELLED", name="Cancelled", data=object())
    assert states.state_create(prefect_state).to_dict() == {
        "type": "CANCELLED",
        "name": "Cancelled",
        "state_details": {},
    }
    with pytest.raises(InvalidArgument, match="state must have a type"):
        states.state_create({"type": "BOGUS"})
    with pytest.raises(InvalidArgument, match="state must be a StateCreate"):
        states.state_create(42)


async def test_server_takes_every_helper(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    sent = [helper() for helper, _, _ in SIMPLE]
    for state in sent:
        result = await client.set_flow_run_state(run.id, state, force=True)
        assert result.status is m.SetStateStatus.ACCEPT
        assert (result.state.type, result.state.name) == (state.type, state.name)
    history = await client.read_flow_run_states(run.id)
    assert [(s.type.value, s.name) for s in history] == [("PENDING", "Pending")] + [
        (t, n) for _, t, n in SIMPLE
    ]
    # a state read back can be sent again
    again = await client.set_flow_run_state(run.id, history[2], force=True)
    assert (again.state.type, again.state.name) == (m.StateType.RUNNING, "Running")


def _sync_round_trip(flow_name: str) -> list[tuple[str, str, str | None]]:
    with SyncPrefectClient(
        os.environ.get("PREFECT_REST_TEST_API_URL") or None, settings=Settings(max_retries=0)
    ) as c:
        run = c.create_flow_run(SimpleNamespace(name=flow_name))
        c.set_flow_run_state(run.id, states.AwaitingRetry(LATER, message="again"), force=True)
        c.set_flow_run_state(run.id, states.Suspended(pause_expiration_time=LATER), force=True)
        return [(s.type.value, s.name, s.message or None) for s in c.read_flow_run_states(run.id)]


async def test_sync_client_gives_the_same_states(client, unique):
    run = await client.create_flow_run(SimpleNamespace(name=unique))
    await client.set_flow_run_state(
        run.id, states.AwaitingRetry(LATER, message="again"), force=True
    )
    await client.set_flow_run_state(
        run.id, states.Suspended(pause_expiration_time=LATER), force=True
    )
    history = await client.read_flow_run_states(run.id)
    got = [(s.type.value, s.name, s.message or None) for s in history]
    assert got == [
        ("PENDING", "Pending", None),
        ("SCHEDULED", "AwaitingRetry", "again"),
        ("PAUSED", "Suspended", None),
    ]
    assert history[1].state_details.scheduled_time == LATER
    assert history[2].state_details.pause_reschedule is True
    assert await anyio.to_thread.run_sync(_sync_round_trip, unique + "-sync") == got
