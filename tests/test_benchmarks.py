"""The benchmark harness works: every module imports, the walker reads every field, the table prints.

No timings are asserted (speed is the benchmarks' business); this keeps a broken
harness from waiting for the next ``./dev bench``.
"""

from __future__ import annotations

import datetime
import importlib
import json
import math
import pkgutil
import sys
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from prefect_rest import states

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import benchmarks
from benchmarks import decode, harness, run


def test_every_benchmark_module_imports_and_every_section_is_registered():
    names = [m.name for m in pkgutil.iter_modules(benchmarks.__path__)]
    assert {"harness", "decode", "calls", "e2e", "run"} <= set(names)
    for name in names:
        importlib.import_module(f"benchmarks.{name}")
    assert set(run.SECTIONS) >= {
        "imports",
        "decode",
        "calls",
        "start",
        "e2e",
        "drift",
        "regenerate",
    }
    assert all(callable(fn) for fn in run.SECTIONS.values())
    ctx, sections = run.parse_args(["--quick", "--only", "e2e", "--only", "decode", "--runs", "7"])
    assert (ctx.quick, ctx.runs, ctx.rounds, ctx.times) == (True, 7, 3, 5)
    assert sections == ["decode", "e2e"]  # in the table's order, not the command line's


@pytest.fixture
def flow_runs_body(sync_client, unique) -> bytes:
    """A body of two real flow runs (one with a state, parameters and tags), as the server sends."""
    scheduled = datetime.datetime(2031, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    first = sync_client.create_flow_run(
        SimpleNamespace(name=unique),
        parameters={"x": 1, "nested": {"y": [1, 2]}},
        tags=["a", "b"],
        state=states.Scheduled(scheduled),
    )
    second = sync_client.create_flow_run(SimpleNamespace(name=unique))
    return json.dumps([first.to_dict(), second.to_dict()]).encode()


def test_read_all_reads_every_field_of_our_models_and_of_pydantic(flow_runs_body):
    from prefect.client.schemas.objects import FlowRun as PrefectFlowRun
    from prefect_rest_api.api.flow_runs import read_flow_runs

    payload = json.loads(flow_runs_body)
    page = read_flow_runs.decode_success(httpx.Response(200, content=flow_runs_body))
    read: dict[int, set[str]] = {}
    values: dict[tuple[int, str], object] = {}

    def visit(owner, name, value):
        read.setdefault(id(owner), set()).add(name)
        values[id(owner), name] = value

    leaves = decode.read_all(page, visit)

    run = page[0]
    # Every key the server sent, on the run and inside its nested models, was read.
    assert set(payload[0]) <= read[id(run)]
    assert set(payload[0]["state"]["state_details"]) <= read[id(run.state.state_details)]
    assert id(run.empirical_policy) in read and id(page[1]) in read
    # ... as decoded values, not the JSON strings.
    assert values[id(run), "id"] == uuid.UUID(payload[0]["id"])
    assert isinstance(values[id(run.state), "timestamp"], datetime.datetime)
    assert values[id(run.state.state_details), "scheduled_time"] == datetime.datetime(
        2031, 1, 2, 3, 4, 5, tzinfo=datetime.UTC
    )
    # Nested models and free-form fields are walked into: at least every JSON leaf is read.
    assert leaves == decode.read_all(page[0]) + decode.read_all(page[1])
    assert decode.read_all(page[0]) >= decode.read_all(payload[0]) > len(payload[0])

    theirs = [PrefectFlowRun.model_validate(item) for item in payload]
    read.clear()
    assert decode.read_all(theirs, visit) > 0
    assert {"id", "state", "parameters", "tags"} <= read[id(theirs[0])]
    assert "scheduled_time" in read[id(theirs[0].state.state_details)]
    # Plain JSON: every leaf value, nothing else.
    assert decode.read_all({"a": [1, {"b": None}], "c": "x"}) == 3


def test_decode_section_records_every_contender(flow_runs_body, monkeypatch):
    table = harness.Table()
    monkeypatch.setattr(harness, "TABLE", table)
    decode.bench_decode(flow_runs_body, 1)
    rows: dict[str, list[str]] = {}
    for row in table.rows:
        assert math.isfinite(row.median) and row.median > 0, row
        rows.setdefault(row.measurement, []).append(row.who.split(":")[0])
    assert list(rows) == [
        f"decode 2 flow runs ({len(flow_runs_body) // 1024} KB)",
        "decode + read every field, 2 flow runs",
        "to_dict of a fully read page, 2 flow runs (CPU time, best of 4, contenders in turns)",
        'model_dump(mode="json") of a fully read page, 2 flow runs'
        " (CPU time, best of 4, contenders in turns)",
        "peak memory, 2 flow runs",
        "peak memory, 2 flow runs, every field read",
        "memory held by 2 flow runs, every field read",
    ]
    assert all(who == ["limit", "ours", "Prefect"] for who in rows.values())


def test_interleaved_takes_turns_and_times_each_call_in_cpu_time():
    calls: list[str] = []

    def work(name: str, spin: int):
        def fn() -> None:
            calls.append(name)
            sum(range(spin))

        return fn

    timed = harness.interleaved({"a": work("a", 200_000), "b": work("b", 1)}, 4)
    assert calls == ["a", "b", "b", "a", "a", "b", "b", "a"]  # each goes first in turn
    assert [len(v) for v in timed.values()] == [4, 4]
    assert min(timed["a"]) > max(timed["b"])  # the calls' own CPU time
    sleeper = harness.interleaved({"sleep": lambda: time.sleep(0.05)}, 1)["sleep"][0]
    assert sleeper < 0.02  # waiting is not CPU time


def test_table_prints_each_row_with_ratios_to_the_limit_and_to_prefect():
    table = harness.Table()
    assert table.record("decode", "limit: json.loads", [0.001, 0.001, 0.003, 0.001]) == 1.0
    table.record("decode", "ours", [0.002] * 5)
    table.record("decode", "Prefect: pydantic", 0.004)  # one number: a median from elsewhere
    table.failed("end to end", "ours (sync)", "req/s")
    table.record("memory", "ours", [12.5], "MB")
    text = table.render()
    lines = text.splitlines()
    assert len({len(line.rstrip()) for line in lines[1:]}) == 1  # columns line up
    assert lines[0].split() == [
        "measurement",
        "who",
        "median",
        "spread",
        "x",
        "limit",
        "x",
        "Prefect",
    ]
    assert [line.split()[-5:] for line in lines[1:]] == [
        ["json.loads", "1.00ms", "1.50ms", "1.00x", "0.25x"],
        ["ours", "2.00ms", "0.00ms", "2.00x", "0.50x"],
        ["pydantic", "4.00ms", "0.00ms", "4.00x", "1.00x"],
        ["(FAILED)", "-", "-", "-", "-"],
        ["ours", "12.50MB", "0.00MB", "-", "-"],
    ]


def test_in_child_brings_back_the_rows_a_fresh_process_records(monkeypatch):
    table = harness.Table()
    monkeypatch.setattr(harness, "TABLE", table)
    harness.in_child(harness.record, "child row", "ours", [0.5, 1.5], "s")
    assert table.rows == [harness.Row("child row", "ours", 1.0, 1.0, "s")]
    harness.in_child(harness.record, "child row", "ours", [0.5], "no such unit")  # raises there
    assert [(r.measurement, r.who) for r in table.rows[1:]] == [
        ("record", "child process (FAILED)")
    ]


def test_interleaved_alternates_contenders_and_keeps_a_failure_to_its_own_row():
    from benchmarks.start import interleaved

    calls: list[str] = []

    def measure(who: str, value: float):
        def run() -> float:
            calls.append(who)
            if who == "broken" and calls.count("broken") == 2:
                raise RuntimeError("second start failed")
            return value

        return run

    got = interleaved({w: measure(w, v) for w, v in [("a", 1.0), ("broken", 2.0), ("b", 3.0)]}, 3)
    # Round by round, not contender by contender; the broken one stops after failing.
    assert calls == ["a", "broken", "b", "a", "broken", "b", "a", "b"]
    assert got["a"]() == [1.0, 1.0, 1.0]
    assert got["b"]() == [3.0, 3.0, 3.0]
    with pytest.raises(RuntimeError, match="second start failed"):
        got["broken"]()
