"""``model_dump(mode="json")`` of a read model writes timestamps and UUIDs as pydantic does,
whatever the payload's spelling, and writes assigned values, not the payload's."""

from __future__ import annotations

import datetime
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prefect.client.schemas.objects import FlowRun as PrefectFlowRun
from prefect_rest_api.models.flow_run_response import FlowRunResponse

ID = "1b4e28ba-2d11-4a5e-8f6b-6f1f3a0c9d2e"
FLOW_ID = "0f4c1a2e-3b5d-4c6e-9f70-8a9b0c1d2e3f"


def payload(**changes: object) -> dict[str, object]:
    """A minimal flow run payload, with ``changes``."""
    body: dict[str, object] = {
        "id": ID,
        "flow_id": FLOW_ID,
        "created": "2026-12-03T09:04:29.901930Z",
        "updated": "2026-12-03T09:04:29Z",
        "name": "run",
    }
    body.update(changes)
    return body


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"id": ID.upper()},
        {"created": "2026-12-03T09:04:29.000000Z"},
        {"created": "2026-12-03T09:04:29.901930+00:00"},
        {"created": "2026-12-03T11:04:29.901930+02:00"},
        {"updated": "2026-12-03T09:04:29.9Z"},
    ],
)
def test_dump_matches_pydantic_for_any_spelling(changes: dict[str, object]) -> None:
    """Canonical or not, the payload's spelling gives pydantic's output."""
    body = payload(**changes)
    ours = FlowRunResponse.from_dict(dict(body))
    assert ours.name == "run"  # fully read
    expected = PrefectFlowRun.model_validate(body).model_dump(mode="json")
    dumped = ours.model_dump(mode="json")
    for key in ("id", "flow_id", "created", "updated"):
        assert dumped[key] == expected[key], key


def test_assigned_values_are_dumped_not_the_payload() -> None:
    """A field assigned after decoding is written from its new value."""
    run = FlowRunResponse.from_dict(payload())
    run.created = datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    run.id = uuid.UUID(FLOW_ID)
    dumped = run.model_dump(mode="json")
    assert dumped["created"] == "2030-01-02T03:04:05Z"
    assert dumped["id"] == FLOW_ID
    assert dumped["updated"] == "2026-12-03T09:04:29Z"


def test_copies_and_built_models_dump_their_values() -> None:
    """``model_copy(update=...)`` and a model the caller builds take the values' path."""
    run = FlowRunResponse.from_dict(payload())
    later = datetime.datetime(2031, 5, 6, 7, 8, 9, 123456, tzinfo=datetime.UTC)
    copy = run.model_copy(update={"created": later})
    assert copy.model_dump(mode="json")["created"] == "2031-05-06T07:08:09.123456Z"
    assert run.model_dump(mode="json")["created"] == "2026-12-03T09:04:29.901930Z"
    built = FlowRunResponse(
        id=uuid.UUID(ID), flow_id=uuid.UUID(FLOW_ID), created=later, updated=later
    )
    assert built.model_dump(mode="json")["created"] == "2031-05-06T07:08:09.123456Z"


ZONES = st.one_of(
    st.none(),
    st.just(datetime.UTC),
    st.integers(-23 * 60, 23 * 60).map(
        lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
    ),
)
DATETIMES = st.datetimes(
    min_value=datetime.datetime(1, 1, 2), max_value=datetime.datetime(9999, 12, 30)
)
#: Naive ones too: a typed field reads them as UTC and a free-form value keeps them
#: naive, in pydantic's models as in ours.
TIMESTAMPS = st.builds(lambda value, zone: value.replace(tzinfo=zone), DATETIMES, ZONES)
PLAIN = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5))
VALUES = st.recursive(
    st.one_of(PLAIN, TIMESTAMPS, st.uuids()),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(max_size=3), inner, max_size=3),
    ),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(
    created=TIMESTAMPS, run_id=st.uuids(), parameters=st.dictionaries(st.text(max_size=4), VALUES)
)
def test_dumped_timestamps_uuids_and_json_values_match_pydantic(
    created: datetime.datetime, run_id: uuid.UUID, parameters: dict[str, object]
) -> None:
    """Any timestamp (year 1 to 9999, any offset or none, any microsecond), any UUID, and
    free-form values holding them, nested, come out as pydantic's, by both dump paths;
    the free-form values are copied, not shared."""
    fields = {"id": run_id, "flow_id": uuid.UUID(FLOW_ID), "created": created, "updated": created}
    expected = PrefectFlowRun(**fields, parameters=parameters).model_dump(mode="json")
    ours = FlowRunResponse(**fields, parameters=parameters)
    for dumped in (ours.model_dump(mode="json"), ours.to_dict()):
        assert dumped["created"] == expected["created"]
        assert dumped["id"] == expected["id"]
        assert dumped["parameters"] == expected["parameters"]
    assert ours.model_dump(mode="json")["parameters"] is not parameters
