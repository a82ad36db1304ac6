"""Load: one client, 16 requests at a time, in three rounds, against three servers.

The servers: the in-process one, ``prefect server start`` on SQLite (the session's
``live_server_url``) and ``prefect server start`` on PostgreSQL (started here, on a
throwaway database from ``tests/pg.py``). Each test uses one client with default
settings (a URL client pools at most 16 connections): the async one from 16 anyio
tasks for 3 x 1,000 requests, the sync one from 16 threads for 1,200 requests (in
three rounds too). 30% of the requests write (new flows, new variables), the rest
read (``read_flow``, ``read_flow_by_name``, ``read_flows(limit=5)``, ``count_flows``,
``create_flow_from_name`` of an existing flow); each method is one HTTP request.
Each test asserts:

* no request failed (retries of 503 and the like are allowed, and counted);
* every flow and variable it created is on the server afterwards;
* the pool never held more than 16 connections, and after the client closed nothing
  is left: neither in httpx's pool nor among this process's sockets to the server
  port (/proc/net/tcp); the TCP connections opened are counted and printed;
* no asyncio task (async) or thread (sync) outlives the client;
* memory is flat: RSS after round 3 is within ``MEMORY_BOUND`` of RSS after round 1.

Each test prints requests/s, memory, retries and connection figures (``pytest -s``).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import resource
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pg
from servers import prefect_server

#: Requests per round: the async client 3 x 1,000; the sync client 1,200 in all
#: (keeps the module within ~2 minutes on 2 cores), still in three rounds.
ASYNC_ROUNDS = [1000, 1000, 1000]
SYNC_ROUNDS = [400, 400, 400]
CONCURRENCY = 16
#: Default settings but a short retry pause: a busy SQLite answers 503 in bursts, and
#: the default 1 s, 2 s, 4 s ... backoff would make the test wait, not work.
LOAD_SETTINGS = Settings(retry_base_delay=0.05)
MEMORY_BOUND = 20 * 2**20  # bytes of RSS growth allowed from round 1 to round 3
SEED_FLOWS = 8

SERVERS = [
    pytest.param("in-process", id="in-process"),
    pytest.param("sqlite", id="sqlite", marks=pytest.mark.server),
    pytest.param("postgres", id="postgres", marks=pytest.mark.server),
]


# --- servers ----------------------------------------------------------------


@pytest.fixture(scope="module")
def postgres_server_url() -> Iterator[str]:
    """``prefect server start`` on a PostgreSQL started (and removed) for this module."""
    try:
        database = pg.postgres()
        db_url = database.__enter__()
    except pg.PostgresUnavailable as exc:
        pytest.fail(f"PostgreSQL is needed for the load test on PostgreSQL: {exc}")
    try:
        with prefect_server({"PREFECT_SERVER_DATABASE_CONNECTION_URL": db_url}) as url:
            yield url
    finally:
        database.__exit__(None, None, None)


@pytest.fixture(scope="module")
def sqlite_server_url() -> Iterator[str]:
    """A fresh ``prefect server start`` on SQLite for this module (not the session's,
    which earlier tests have filled with runs its background services keep updating)."""
    with prefect_server({}) as url:
        yield url


@pytest.fixture
def server(request: pytest.FixtureRequest) -> tuple[str, str | None]:
    """(name, api): api is None for the in-process server, else the URL."""
    name = request.param
    if name == "in-process":
        return name, os.environ.get("PREFECT_REST_TEST_API_URL") or None
    if name == "sqlite":
        return name, request.getfixturevalue("sqlite_server_url")
    return name, request.getfixturevalue("postgres_server_url")


# --- measuring --------------------------------------------------------------


def _rss() -> int:
    """Resident set size of this process, in bytes."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()


def _own_sockets_to(port: int) -> Counter[str]:
    """This process's TCP sockets whose peer is 127.0.0.1:``port``, by state."""
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    states: Counter[str] = Counter()
    names = {"01": "ESTABLISHED", "06": "TIME_WAIT", "08": "CLOSE_WAIT"}
    with open("/proc/net/tcp") as f:
        next(f)
        for line in f:
            parts = line.split()
            remote, state, inode = parts[2], parts[3], parts[9]
            if inode in inodes and int(remote.split(":")[1], 16) == port:
                states[names.get(state, state)] += 1
    return states


@dataclass
class Traffic:
    """What the client put on the wire, counted by httpx event hooks (any thread)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    sent: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    csrf: int = 0
    #: TCP connections the pool opened (URL clients).
    connects: int = 0

    def count_connects(self, http: Any) -> None:
        """Count the connections the pool behind ``http`` opens (its ``create_connection``)."""
        pool = _pool(http)
        if pool is None:
            return
        create = pool.create_connection

        def counting(origin: Any) -> Any:
            with self.lock:
                self.connects += 1
            return create(origin)

        pool.create_connection = counting

    def request(self, request: httpx.Request) -> None:
        with self.lock:
            self.sent += 1
            if request.url.path.endswith("/csrf-token"):
                self.csrf += 1

    def response(self, response: httpx.Response) -> None:
        with self.lock:
            self.statuses[response.status_code] += 1

    def hooks(self, is_async: bool) -> dict[str, Any]:
        if not is_async:
            return {"event_hooks": {"request": [self.request], "response": [self.response]}}

        async def on_request(request: httpx.Request) -> None:
            self.request(request)

        async def on_response(response: httpx.Response) -> None:
            self.response(response)

        return {"event_hooks": {"request": [on_request], "response": [on_response]}}

    def snapshot(self) -> tuple[int, int, Counter[int]]:
        with self.lock:
            return self.sent, self.csrf, Counter(self.statuses)


@dataclass
class Peak:
    """The most connections seen open at once (pool, and sockets in /proc/net/tcp)."""

    pool: int = 0
    sockets: int = 0
    #: The most established sockets seen outside the pool (closing, or leaked).
    unpooled: int = 0
    unpooled_detail: str = ""


def _pool(http: httpx.Client | httpx.AsyncClient) -> Any | None:
    """httpcore's connection pool behind a network client (None for the in-process server)."""
    return getattr(getattr(http, "_transport", None), "_pool", None)


def _sample(http: Any, port: int | None, peak: Peak) -> None:
    pool = _pool(http)
    if pool is None or port is None:
        return
    pooled = list(pool.connections)
    sockets = _own_sockets_to(port)
    established = sockets["ESTABLISHED"]
    peak.pool = max(peak.pool, len(pooled))
    peak.sockets = max(peak.sockets, established)
    if established - len(pooled) > peak.unpooled:
        peak.unpooled = established - len(pooled)
        peak.unpooled_detail = f"sockets {dict(sockets)}, pool {[repr(c) for c in pooled]}"


# --- the workload -----------------------------------------------------------


@dataclass
class Workload:
    """The request mix; one instance per test, names unique to it."""

    tag: str
    seed_ids: list[Any] = field(default_factory=list)
    created_flows: dict[str, Any] = field(default_factory=dict)  # name -> id
    created_variables: set[str] = field(default_factory=set)
    kinds: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @property
    def prefix(self) -> str:
        return f"load-{self.tag}"

    def seed_name(self, i: int) -> str:
        return f"{self.prefix}-seed-{i % SEED_FLOWS}"

    def call(self, client: Any, i: int) -> tuple[str, Any]:
        """Request ``i``: (kind, awaitable or result). 30% writes, 70% reads, one HTTP request each."""
        k = i % 10
        if k in (0, 1):
            return "create_flow", client.create_flow_from_name(f"{self.prefix}-w-{i}")
        if k == 2:
            name = f"load_{self.tag}_v_{i}"
            return "create_variable", client.create_variable({"name": name, "value": i})
        if k == 3:
            return "upsert_flow", client.create_flow_from_name(self.seed_name(i))
        if k in (4, 5):
            return "read_flow", client.read_flow(self.seed_ids[i % SEED_FLOWS])
        if k == 6:
            flt = {"name": {"like_": self.prefix}}
            return "read_flows", client.read_flows(flow_filter=flt, limit=5)
        if k == 7:
            return "count_flows", client.count_flows(flow_filter={"name": {"like_": self.prefix}})
        if k == 8:
            return "read_flow_by_name", client.read_flow_by_name(self.seed_name(i))
        return "read_flows", client.read_flows(limit=5)

    def check(self, kind: str, i: int, value: Any) -> None:
        """Record what request ``i`` created; check that what it read makes sense."""
        self.kinds[kind] += 1
        if kind == "create_flow":
            self.created_flows[f"{self.prefix}-w-{i}"] = value
        elif kind == "create_variable":
            assert value.name == f"load_{self.tag}_v_{i}"
            self.created_variables.add(value.name)
        elif kind == "upsert_flow":
            assert value == self.seed_ids[i % SEED_FLOWS]
        elif kind in ("read_flow", "read_flow_by_name"):
            assert value.id == self.seed_ids[i % SEED_FLOWS]
        elif kind == "read_flows":
            assert isinstance(value, list) and 0 < len(value) <= 5
        elif kind == "count_flows":
            assert value >= SEED_FLOWS

    def failed(self, kind: str, i: int, exc: BaseException) -> None:
        self.errors.append(f"{kind} #{i}: {type(exc).__name__}: {exc}")

    def all_flow_ids_filter(self) -> dict[str, Any]:
        return {"name": {"like_": f"{self.prefix}-w-"}}


@dataclass
class Report:
    server: str
    client: str
    sizes: list[int]
    seconds: list[float] = field(default_factory=list)
    rss: list[int] = field(default_factory=list)
    objects: list[int] = field(default_factory=list)

    def after_round(self, seconds: float) -> None:
        gc.collect()
        self.seconds.append(seconds)
        self.rss.append(_rss())
        self.objects.append(len(gc.get_objects()))

    def print(self, traffic: Traffic, peak: Peak, after_close: str) -> None:
        sent, csrf, statuses = traffic.snapshot()
        total = sum(self.sizes)
        retries = sent - total - csrf
        connects = f"; {traffic.connects} TCP connections opened" if traffic.connects else ""
        rates = ", ".join(f"{n / s:.0f}" for n, s in zip(self.sizes, self.seconds, strict=True))
        mib = ", ".join(f"{r / 2**20:.1f}" for r in self.rss)
        print(
            f"\n[load {self.server} {self.client}] {' + '.join(map(str, self.sizes))} requests, "
            f"{CONCURRENCY} concurrent: req/s per round {rates} "
            f"(overall {total / sum(self.seconds):.0f})\n"
            f"  RSS MiB after rounds {mib} (round 3 - round 1: "
            f"{(self.rss[-1] - self.rss[0]) / 2**20:+.1f} MiB); gc objects {self.objects}\n"
            f"  HTTP requests sent {sent} (csrf {csrf}), retries {retries}, "
            f"statuses {dict(sorted(statuses.items()))}{connects}\n"
            f"  peak connections: pool {peak.pool}, sockets {peak.sockets} "
            f"(most outside the pool: {peak.unpooled}); "
            f"after close: {after_close}"
        )

    def assert_connections_reused(self, traffic: Traffic) -> None:
        """A URL client keeps its connections: far fewer TCP connects than requests."""
        if traffic.connects:
            assert traffic.connects <= 4 * CONCURRENCY, (
                f"{traffic.connects} TCP connections for {sum(self.sizes)} requests: "
                "the pool closes connections instead of keeping them"
            )

    def assert_flat(self) -> None:
        growth = self.rss[-1] - self.rss[0]
        assert growth < MEMORY_BOUND, (
            f"RSS grew {growth / 2**20:.1f} MiB from round 1 to round {len(self.rss)}: {self.rss}"
        )


def _batches(sizes: list[int]) -> list[range]:
    """Consecutive request indices for each round (indices name what each request creates)."""
    starts = [sum(sizes[:k]) for k in range(len(sizes))]
    return [range(start, start + size) for start, size in zip(starts, sizes, strict=True)]


def _port(api: str | None) -> int | None:
    return httpx.URL(api).port if api else None


def _after_close(http: Any, api: str | None) -> tuple[list[Any], Counter[str]]:
    """What is left after close: the pool's connections, this process's sockets to the server."""
    pool = _pool(http)
    port = _port(api)
    if api is None:
        assert pool is None
        return [], Counter()
    assert pool is not None and port is not None
    return list(pool.connections), _own_sockets_to(port)


def _describe(api: str | None, left: tuple[list[Any], Counter[str]]) -> str:
    if api is None:
        return "in-process (no sockets)"
    return f"{len(left[0])} pooled connections, sockets {dict(left[1])}"


def _assert_connections(
    http: Any, api: str | None, peak: Peak, left: tuple[list[Any], Counter[str]]
) -> None:
    """After close: nothing pooled, no socket to the server left; at most 16 at any time."""
    if api is None:
        return
    pool = _pool(http)
    assert pool._max_connections == CONCURRENCY, "a URL client pools 16 connections by default"
    pooled, sockets = left
    assert pooled == [], f"connections left in the pool: {pooled}"
    assert not sockets, f"sockets to the server left after close: {dict(sockets)}"
    assert 0 < peak.pool <= CONCURRENCY
    # The pool never holds more than 16; sockets it has just dropped may still be
    # closing. With the default 8 keep-alive connections httpcore drops and reopens
    # connections under 16-way load (thousands per test), and on a busy machine
    # 13 closing sockets were once seen on top of 16 pooled ones.
    assert peak.sockets <= 2 * CONCURRENCY, (
        f"{peak.sockets} connections open at once; worst sample: {peak.unpooled_detail}"
    )


def _assert_no_errors(work: Workload, total: int) -> None:
    assert not work.errors, f"{len(work.errors)} requests failed, first ones:\n" + "\n".join(
        work.errors[:10]
    )
    assert sum(work.kinds.values()) == total


# --- async ------------------------------------------------------------------


async def _async_round(
    client: PrefectClient, work: Workload, batch: range, port: int | None, peak: Peak
) -> float:
    indices = iter(batch)
    done = anyio.Event()

    async def worker() -> None:
        for i in indices:  # shared: each task takes the next index
            kind, pending = work.call(client, i)
            try:
                work.check(kind, i, await pending)
            except Exception as exc:
                work.failed(kind, i, exc)

    async def monitor() -> None:
        while not done.is_set():
            _sample(client._http, port, peak)
            with anyio.move_on_after(0.05):
                await done.wait()

    started = time.perf_counter()
    async with anyio.create_task_group() as outer:
        outer.start_soon(monitor)
        async with anyio.create_task_group() as tg:
            for _ in range(CONCURRENCY):
                tg.start_soon(worker)
        done.set()
    return time.perf_counter() - started


async def _async_verify(client: PrefectClient, work: Workload) -> None:
    """Every flow and variable the load created is on the server."""
    flt = work.all_flow_ids_filter()
    assert await client.count_flows(flow_filter=flt) == len(work.created_flows)
    found = {}
    async for flow in client.iter_flows(flow_filter=flt):
        found[flow.name] = flow.id
    assert found == work.created_flows
    names: set[str] = set()
    while True:
        page = await client.read_variables(
            limit=200,
            offset=len(names),
            variable_filter={"name": {"like_": f"load_{work.tag}_v_"}},
        )
        names.update(v.name for v in page)
        if len(page) < 200:
            break
    assert names == work.created_variables


@pytest.mark.anyio
@pytest.mark.parametrize("server", SERVERS, indirect=True)
async def test_async_client_under_load(server: tuple[str, str | None]) -> None:
    name, api = server
    work = Workload(tag=uuid.uuid4().hex[:10])
    traffic = Traffic()
    peak = Peak()
    report = Report(name, "async", ASYNC_ROUNDS)
    port = _port(api)
    tasks_before = asyncio.all_tasks()

    client = PrefectClient(api, settings=LOAD_SETTINGS, httpx_settings=traffic.hooks(is_async=True))
    assert client._settings.max_connections == Settings().max_connections
    assert client._settings.max_connections == CONCURRENCY
    async with client:
        http = client._http
        traffic.count_connects(http)
        for i in range(SEED_FLOWS):
            work.seed_ids.append(await client.create_flow_from_name(work.seed_name(i)))
        traffic.sent = traffic.csrf = 0  # count the load only
        traffic.statuses.clear()
        for batch in _batches(ASYNC_ROUNDS):
            report.after_round(await _async_round(client, work, batch, port, peak))
        sent = traffic.snapshot()
        _assert_no_errors(work, sum(ASYNC_ROUNDS))
        await _async_verify(client, work)
        traffic.sent, traffic.csrf, traffic.statuses = sent
    await anyio.sleep(0)  # let anything the close scheduled run

    leftover = asyncio.all_tasks() - tasks_before - {asyncio.current_task()}
    left = _after_close(http, api)
    report.print(traffic, peak, f"{_describe(api, left)}, {len(leftover)} new asyncio tasks")
    _assert_connections(http, api, peak, left)
    assert not leftover, f"asyncio tasks left after close: {leftover}"
    report.assert_flat()
    report.assert_connections_reused(traffic)


# --- sync -------------------------------------------------------------------


def _sync_round(
    client: SyncPrefectClient, work: Workload, batch: range, port: int | None, peak: Peak
) -> float:
    indices = iter(batch)
    lock = threading.Lock()
    done = threading.Event()

    def take() -> int | None:
        with lock:
            return next(indices, None)

    def worker() -> None:
        while (i := take()) is not None:
            kind, value = "?", None
            try:
                kind, value = work.call(client, i)
                with lock:
                    work.check(kind, i, value)
            except Exception as exc:
                with lock:
                    work.failed(kind, i, exc)

    def monitor() -> None:
        while not done.wait(0.05):
            _sample(client._http, port, peak)

    watcher = threading.Thread(target=monitor, name="load-monitor")
    started = time.perf_counter()
    watcher.start()
    try:
        with ThreadPoolExecutor(CONCURRENCY, thread_name_prefix="load") as pool:
            for future in [pool.submit(worker) for _ in range(CONCURRENCY)]:
                future.result()
    finally:
        done.set()
        watcher.join()
    return time.perf_counter() - started


def _sync_verify(client: SyncPrefectClient, work: Workload) -> None:
    flt = work.all_flow_ids_filter()
    assert client.count_flows(flow_filter=flt) == len(work.created_flows)
    found = {flow.name: flow.id for flow in client.iter_flows(flow_filter=flt)}
    assert found == work.created_flows
    names: set[str] = set()
    while True:
        page = client.read_variables(
            limit=200,
            offset=len(names),
            variable_filter={"name": {"like_": f"load_{work.tag}_v_"}},
        )
        names.update(v.name for v in page)
        if len(page) < 200:
            break
    assert names == work.created_variables


def _threads() -> set[threading.Thread]:
    return set(threading.enumerate())


def _in_process_server_thread(thread: threading.Thread) -> bool:
    """A thread of the shared in-process server, which outlives any one client by design.

    Its event loop thread, aiosqlite's one thread per pooled database connection, and
    the idle workers of anyio's and asyncio's thread pools on the server loop (the
    server keeps running, and its services keep working, while a test drives a URL
    server: no other asyncio loop outlives its test in this process).
    """
    return (
        thread.name == "prefect-rest-ephemeral"
        or "_connection_worker_thread" in thread.name
        or thread.name == "AnyIO worker thread"
        or thread.name.startswith("asyncio_")
    )


@pytest.mark.parametrize("server", SERVERS, indirect=True)
def test_sync_client_from_threads_under_load(server: tuple[str, str | None]) -> None:
    name, api = server
    work = Workload(tag=uuid.uuid4().hex[:10])
    traffic = Traffic()
    peak = Peak()
    report = Report(name, "sync, 16 threads", SYNC_ROUNDS)
    port = _port(api)

    threads_before = _threads()
    client = SyncPrefectClient(
        api, settings=LOAD_SETTINGS, httpx_settings=traffic.hooks(is_async=False)
    )
    assert client._settings.max_connections == Settings().max_connections
    with client:
        http = client._http
        traffic.count_connects(http)
        for i in range(SEED_FLOWS):
            work.seed_ids.append(client.create_flow_from_name(work.seed_name(i)))
        traffic.sent = traffic.csrf = 0
        traffic.statuses.clear()
        for batch in _batches(SYNC_ROUNDS):
            report.after_round(_sync_round(client, work, batch, port, peak))
        sent = traffic.snapshot()
        _assert_no_errors(work, sum(SYNC_ROUNDS))
        _sync_verify(client, work)
        traffic.sent, traffic.csrf, traffic.statuses = sent

    leftover = {t for t in _threads() - threads_before if t.is_alive()}
    # the in-process server's own threads (database, worker pools) stay
    leftover = {t for t in leftover if not _in_process_server_thread(t)}
    left = _after_close(http, api)
    report.print(traffic, peak, f"{_describe(api, left)}, {len(leftover)} new threads")
    _assert_connections(http, api, peak, left)
    assert not leftover, f"threads left after close: {sorted(t.name for t in leftover)}"
    report.assert_flat()
    report.assert_connections_reused(traffic)
