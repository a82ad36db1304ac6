"""Decoding a page of flow runs: lazily, then reading every field, ``to_dict`` and memory.

Ours is ``read_flow_runs.decode_success`` (``json.loads`` then ``from_dict`` of
each run, fields converted on first read); Prefect's is
``TypeAdapter(list[FlowRun]).validate_python(json.loads(body))``.  "Reading every
field" is :func:`read_all` for both: reading a pydantic model's attributes costs
nothing after validation, but it is the same walk, so the rows compare like with
like.
"""

from __future__ import annotations

import datetime
import gc
import json
import tempfile
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from .bodies import flow_runs_body
from .harness import Context, in_child, interleaved, record, repeat

#: A visitor of every field :func:`read_all` reads: ``visit(owner, name, value)``.
Visit = Callable[[Any, str, Any], None]

_NOT_A_MODEL = ()
#: Field names per class: attrs fields for our models, ``model_fields`` for pydantic's.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(cls: type) -> tuple[str, ...]:
    """The public fields of a model class (attrs or pydantic); ``()`` for anything else."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        import attrs

        if attrs.has(cls):
            names = tuple(f.name for f in attrs.fields(cls) if not f.name.startswith("_"))
        elif isinstance(getattr(cls, "__pydantic_fields__", None), dict):
            names = tuple(cls.__pydantic_fields__)  # type: ignore[attr-defined]
        else:
            names = _NOT_A_MODEL
        _FIELD_NAMES[cls] = names
    return names


#: Types read as one value: no fields to walk (checked first, it is the common case).
_LEAVES = frozenset({str, int, float, bool, type(None), uuid.UUID, datetime.datetime})


def read_all(obj: Any, visit: Visit | None = None) -> int:
    """Read every field of ``obj`` recursively (models, lists, dicts); return the leaves read.

    Works on our models (their attrs fields, ``additional_properties`` included),
    pydantic models and plain JSON data alike, through public attributes only.
    """
    kind = type(obj)
    if kind in _LEAVES:
        return 1
    if kind is list or kind is tuple or isinstance(obj, list | tuple):
        items: Any = obj
    elif kind is dict or isinstance(obj, dict):
        items = obj.values()
    else:
        names = _FIELD_NAMES.get(kind)
        if names is None:
            names = field_names(kind)
        if not names:
            return 1
        count = 0
        for name in names:
            value = getattr(obj, name)
            if visit is not None:
                visit(obj, name, value)
            count += 1 if type(value) in _LEAVES else read_all(value, visit)
        return count
    count = 0
    for item in items:
        count += 1 if type(item) in _LEAVES else read_all(item, visit)
    return count


def copy_json(value: Any) -> Any:
    """A new tree of the same JSON data: the least work that builds a page's ``to_dict``."""
    if type(value) is dict:
        return {k: copy_json(v) for k, v in value.items()}
    if type(value) is list:
        return [copy_json(v) for v in value]
    return value


def traced_mb(fn: Callable[[], Any]) -> tuple[float, float]:
    """Memory (MB) ``fn`` allocates: (held by its result, peak while it ran).

    One untraced call first: imports and caches filled on first use are not the page's.
    """
    fn()
    gc.collect()
    tracemalloc.start()
    try:
        keep = fn()
        held, peak = tracemalloc.get_traced_memory()
        del keep
    finally:
        tracemalloc.stop()
    return held / 2**20, peak / 2**20


def contenders(body: bytes) -> dict[str, Callable[[], Any]]:
    """Decoding ``body`` (a JSON array of flow runs) each way; each returns what it built."""
    from prefect.client.schemas.objects import FlowRun as PrefectFlowRun
    from prefect_rest_api.api.flow_runs import read_flow_runs
    from pydantic import TypeAdapter

    response = httpx.Response(200, content=body)
    adapter = TypeAdapter(list[PrefectFlowRun])

    def read(decode: Callable[[], Any]) -> Callable[[], Any]:
        def decode_and_read() -> Any:
            page = decode()
            read_all(page)
            return page

        return decode_and_read

    plain = {
        "limit": lambda: json.loads(body),
        "ours": lambda: read_flow_runs.decode_success(response),
        "Prefect": lambda: adapter.validate_python(json.loads(body)),
    }
    return {**plain, **{f"{who} read": read(fn) for who, fn in plain.items()}}


def bench_decode(body: bytes, times: int, *, memory: bool = True) -> None:
    """The decode rows for ``body`` (a JSON array of flow runs), ``times`` repetitions each.

    The memory rows are measured in a child process: tracemalloc crashes a process
    where the in-process server runs (a Rust extension's threads allocate there), and
    the decode section may have started it to make the body.
    """
    fns = contenders(body)
    runs = f"{len(json.loads(body)):,} flow runs"
    row = f"decode {runs} ({len(body) // 1024} KB)"
    record(row, "limit: json.loads", repeat(fns["limit"], times))
    record(row, "ours: decode_success (lazy)", repeat(fns["ours"], times))
    record(row, "Prefect: pydantic validate_python", repeat(fns["Prefect"], times))

    row = f"decode + read every field, {runs}"
    record(row, "limit: json.loads + read every value", repeat(fns["limit read"], times))
    record(row, "ours: decode_success + read every field", repeat(fns["ours read"], times))
    record(row, "Prefect: validate_python + read every field", repeat(fns["Prefect read"], times))

    _to_dict_rows(
        f"to_dict of a fully read page, {runs}",
        fns["limit"](),
        fns["ours read"](),
        fns["Prefect read"](),
        times * 4,
    )
    if memory:
        with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-body-") as tmp:
            path = Path(tmp) / "body.json"
            path.write_bytes(body)
            in_child(bench_memory, str(path))


def bench_memory(path: str) -> None:
    """Memory rows for the body in ``path``: peak decoding lazily, peak and held fully read."""
    body = Path(path).read_bytes()
    fns = contenders(body)
    runs = f"{len(json.loads(body)):,} flow runs"
    labels = {
        "limit": "limit: json.loads",
        "ours": "ours: decode_success",
        "Prefect": "Prefect: pydantic validate_python",
    }
    lazy = {who: traced_mb(fns[who]) for who in labels}
    read = {who: traced_mb(fns[who + " read"]) for who in labels}
    for who, label in labels.items():
        record(f"peak memory, {runs}", label, lazy[who][1], "MB")
    for who, label in labels.items():
        record(f"peak memory, {runs}, every field read", label + " + read all", read[who][1], "MB")
    for who, label in labels.items():
        record(
            f"memory held by {runs}, every field read", label + " + read all", read[who][0], "MB"
        )


def _to_dict_rows(row: str, plain: Any, page: list[Any], models: list[Any], times: int) -> None:
    """Back to JSON-ready data: ``to_dict`` of our read page, pydantic's ``model_dump``.

    The contenders take turns, CPU time is measured and the best of the repetitions is
    kept (:func:`interleaved`): these rows compare ours with pydantic's within a few
    percent, where wall-clock medians on a shared machine spread by a third.
    """
    timed = {
        name: min(values)
        for name, values in interleaved(
            {
                "limit": lambda: copy_json(plain),
                "to_dict": lambda: [r.to_dict() for r in page],
                "ours": lambda: [r.model_dump(mode="json") for r in page],
                "Prefect": lambda: [r.model_dump(mode="json") for r in models],
            },
            times,
        ).items()
    }
    row = f"{row} (CPU time, best of {times}, contenders in turns)"
    limit = "limit: copy of the parsed JSON"
    prefect = 'Prefect: [r.model_dump(mode="json") ...]'
    record(row, limit, timed["limit"])
    record(row, "ours: [r.to_dict() ...]", timed["to_dict"])
    record(row, prefect, timed["Prefect"])
    # pydantic's own method on both sides (every field, defaults included)
    dump_row = row.replace("to_dict", 'model_dump(mode="json")', 1)
    record(dump_row, limit, timed["limit"])
    record(dump_row, 'ours: [r.model_dump(mode="json") ...]', timed["ours"])
    record(dump_row, prefect, timed["Prefect"])


def bench(ctx: Context) -> None:
    """200 flow runs (one page), then 10,000 (17 MB)."""
    bench_decode(flow_runs_body(200), ctx.times)
    bench_decode(flow_runs_body(10_000), max(3, ctx.times // 3))
