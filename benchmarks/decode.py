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
import tracemalloc
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from .bodies import flow_runs_body
from .harness import Context, record, repeat

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


def peak_mb(fn: Callable[[], Any]) -> float:
    """Peak traced memory (MB) while ``fn`` runs, its result kept alive until measured."""
    gc.collect()
    tracemalloc.start()
    try:
        keep = fn()
        size = tracemalloc.get_traced_memory()[1] / 2**20
        del keep
    finally:
        tracemalloc.stop()
    return size


def bench_decode(body: bytes, times: int, *, memory: bool = True) -> None:
    """The decode rows for ``body`` (a JSON array of flow runs), ``times`` repetitions each."""
    from prefect.client.schemas.objects import FlowRun as PrefectFlowRun
    from prefect_rest_api.api.flow_runs import read_flow_runs
    from pydantic import TypeAdapter

    response = httpx.Response(200, content=body)
    adapter = TypeAdapter(list[PrefectFlowRun])

    def ours() -> Any:
        return read_flow_runs.decode_success(response)

    def theirs() -> Any:
        return adapter.validate_python(json.loads(body))

    def ours_read() -> Any:
        page = ours()
        read_all(page)
        return page

    def theirs_read() -> Any:
        page = theirs()
        read_all(page)
        return page

    def plain_read() -> Any:
        page = json.loads(body)
        read_all(page)
        return page

    runs = f"{len(json.loads(body)):,} flow runs"
    row = f"decode {runs} ({len(body) // 1024} KB)"
    record(row, "limit: json.loads", repeat(lambda: json.loads(body), times))
    record(row, "ours: decode_success (lazy)", repeat(ours, times))
    record(row, "Prefect: pydantic validate_python", repeat(theirs, times))

    row = f"decode + read every field, {runs}"
    record(row, "limit: json.loads + read every value", repeat(plain_read, times))
    record(row, "ours: decode_success + read every field", repeat(ours_read, times))
    record(row, "Prefect: validate_python + read every field", repeat(theirs_read, times))

    _to_dict_rows(
        f"to_dict of a fully read page, {runs}", json.loads(body), ours_read(), theirs_read(), times
    )

    if not memory:
        return
    row = f"peak memory, {runs}"
    record(row, "limit: json.loads", peak_mb(lambda: json.loads(body)), "MB")
    record(row, "ours: decode_success (lazy)", peak_mb(ours), "MB")
    record(row, "Prefect: pydantic", peak_mb(theirs), "MB")
    row = f"peak memory, {runs}, every field read"
    record(row, "limit: json.loads", peak_mb(plain_read), "MB")
    record(row, "ours: decode_success + read every field", peak_mb(ours_read), "MB")
    record(row, "Prefect: validate_python + read every field", peak_mb(theirs_read), "MB")


def _to_dict_rows(row: str, plain: Any, page: list[Any], models: list[Any], times: int) -> None:
    """Back to JSON-ready data: ``to_dict`` of our read page, pydantic's ``model_dump``."""
    record(row, "limit: copy of the parsed JSON", repeat(lambda: copy_json(plain), times))
    record(row, "ours: [r.to_dict() ...]", repeat(lambda: [r.to_dict() for r in page], times))
    record(
        row,
        'Prefect: [r.model_dump(mode="json") ...]',
        repeat(lambda: [r.model_dump(mode="json") for r in models], times),
    )


def bench(ctx: Context) -> None:
    """200 flow runs (one page), then 10,000 (17 MB)."""
    bench_decode(flow_runs_body(200), ctx.times)
    bench_decode(flow_runs_body(10_000), max(3, ctx.times // 3))
