"""End to end: 3 requests per flow run, 16 in flight, every client on the same server.

Three servers, each row measuring raw httpx (the limit), ours and Prefect's
client, async (16 tasks) and sync (16 threads):

* our in-process server (what ``get_client()`` starts, SQLite);
* Prefect's app in this process on PostgreSQL (``tests/pg.py``; SQLite answers
  503 under 16 concurrent writes), every client on one ASGI transport (sync
  clients hand requests to this loop through :class:`LoopTransport`);
* ``prefect server start`` on loopback on the same database
  (``tests/servers.py``), every client on its own default pool (raw httpx on
  ours: 16 connections, 16 kept alive).  The client's CPU per request is a row
  there: the server is the bottleneck of requests/s.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import inspect
import json
import resource
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from .harness import TABLE, Context, in_child, record

#: Flow runs in flight at once in the end-to-end rows (the issue's figure).
CONCURRENCY = 16
#: Base URL of every client on the in-process server (as prefect_rest's own).
IN_PROCESS_URL = "http://ephemeral-prefect/api"


def _our_limits() -> httpx.Limits:
    """The pool our URL client makes (``prefect_rest.settings.Settings`` defaults)."""
    from prefect_rest.settings import Settings

    s = Settings()
    return httpx.Limits(
        max_connections=s.max_connections,
        max_keepalive_connections=s.max_keepalive_connections,
        keepalive_expiry=s.keepalive_expiry,
    )


class LoopTransport(httpx.BaseTransport):
    """A sync transport that serves each request through ``inner`` on ``loop``.

    For the sync clients on Prefect's app in this process: the app lives on the
    benchmark's event loop, their worker threads hand it each request, to run in a
    copy of ``context`` (the Prefect settings that point the app at PostgreSQL).
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        loop: asyncio.AbstractEventLoop,
        context: contextvars.Context,
    ) -> None:
        self._inner, self._loop, self._context = inner, loop, context

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        # The task copies the context current where it is scheduled: this one's copy.
        future = self._context.copy().run(
            asyncio.run_coroutine_threadsafe, buffered(self._inner, request), self._loop
        )
        return future.result()


async def buffered(inner: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    """``inner``'s response to ``request`` with its body read (raw: it may be gzipped)."""
    response = await inner.handle_async_request(request)
    try:
        body = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(body),
        extensions=response.extensions,
    )


def _cpu() -> float:
    """CPU seconds this process (every thread) has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _async_workers(runs: int, job: Callable[[int], Any]) -> tuple[float, float]:
    """Run ``job(i)`` for ``runs`` values of i on ``CONCURRENCY`` tasks.

    Returns requests/s and this process's CPU seconds per request.
    """
    import anyio

    counter = iter(range(runs))
    cpu, start = _cpu(), time.perf_counter()

    async def worker() -> None:
        for i in counter:
            await job(i)

    async with anyio.create_task_group() as tg:
        for _ in range(CONCURRENCY):
            tg.start_soon(worker)
    return runs * 3 / (time.perf_counter() - start), (_cpu() - cpu) / (runs * 3)


def _thread_workers(runs: int, job: Callable[[int], Any]) -> tuple[float, float]:
    """Run ``job(i)`` for ``runs`` values of i on ``CONCURRENCY`` threads (as above)."""
    cpu, start = _cpu(), time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(CONCURRENCY) as pool:
        list(pool.map(job, range(runs)))
    return runs * 3 / (time.perf_counter() - start), (_cpu() - cpu) / (runs * 3)


# Each contender does, per flow run, the same three requests: POST /flow_runs/,
# POST /flow_runs/{id}/set_state, GET /flow_runs/{id}.  ``transport`` is None for a
# URL (each client pools as it does by default; raw httpx as ours does).


#: Raw httpx resends a 503 (SQLite busy: not applied) after a short pause, as ours does.
RAW_503_TRIES = 20
RAW_503_PAUSE = 0.05


async def _e2e_raw_async(base: str, transport: Any, runs: int) -> tuple[float, float]:
    kwargs: dict[str, Any] = {"base_url": base}
    if transport is not None:
        kwargs["transport"] = transport
    else:
        kwargs["limits"] = _our_limits()
    async with httpx.AsyncClient(**kwargs) as c:

        async def call(method: str, path: str, **kw: Any) -> Any:
            for _ in range(RAW_503_TRIES):  # a 503 was not applied: any fair caller resends
                response = await c.request(method, path, **kw)
                if response.status_code != 503:
                    break
                await asyncio.sleep(RAW_503_PAUSE)
            response.raise_for_status()
            return json.loads(response.content)

        flow_id = (await call("POST", "flows/", json={"name": "bench-e2e"}))["id"]

        async def job(i: int) -> None:
            body = {"flow_id": flow_id, "state": {"type": "PENDING"}}
            run_id = (await call("POST", "flow_runs/", json=body))["id"]
            await call("POST", f"flow_runs/{run_id}/set_state", json={"state": {"type": "RUNNING"}})
            await call("GET", f"flow_runs/{run_id}")

        return await _async_workers(runs, job)


def _e2e_raw_sync(base: str, transport: Any, runs: int) -> tuple[float, float]:
    kwargs: dict[str, Any] = {"base_url": base}
    if transport is not None:
        kwargs["transport"] = transport
    else:
        kwargs["limits"] = _our_limits()
    with httpx.Client(**kwargs) as c:

        def call(method: str, path: str, **kw: Any) -> Any:
            for _ in range(RAW_503_TRIES):
                response = c.request(method, path, **kw)
                if response.status_code != 503:
                    break
                time.sleep(RAW_503_PAUSE)
            response.raise_for_status()
            return json.loads(response.content)

        flow_id = call("POST", "flows/", json={"name": "bench-e2e"})["id"]

        def job(i: int) -> None:
            body = {"flow_id": flow_id, "state": {"type": "PENDING"}}
            run_id = call("POST", "flow_runs/", json=body)["id"]
            call("POST", f"flow_runs/{run_id}/set_state", json={"state": {"type": "RUNNING"}})
            call("GET", f"flow_runs/{run_id}")

        return _thread_workers(runs, job)


async def _e2e_ours_async(base: str, transport: Any, runs: int) -> tuple[float, float]:
    from prefect_rest import PrefectClient
    from prefect_rest.models import FlowRunCreate
    from prefect_rest.states import Pending, Running
    from prefect_rest_api.api import flow_runs as flow_run_ops

    settings = {"transport": transport} if transport is not None else None
    async with PrefectClient(base, httpx_settings=settings) as c:
        flow_id = await c.create_flow_from_name("bench-e2e")

        async def job(i: int) -> None:
            # The same one request as the others (create_flow_run(flow) also posts the flow).
            created = await c._request(
                flow_run_ops.create_flow_run, body=FlowRunCreate(flow_id=flow_id, state=Pending())
            )
            await c.set_flow_run_state(created.id, Running())
            await c.read_flow_run(created.id)

        return await _async_workers(runs, job)


def _e2e_ours_sync(base: str, transport: Any, runs: int) -> tuple[float, float]:
    from prefect_rest import SyncPrefectClient
    from prefect_rest.models import FlowRunCreate
    from prefect_rest.states import Pending, Running
    from prefect_rest_api.api import flow_runs as flow_run_ops

    settings = {"transport": transport} if transport is not None else None
    with SyncPrefectClient(base, httpx_settings=settings) as c:
        flow_id = c.create_flow_from_name("bench-e2e")

        def job(i: int) -> None:
            created = c._request(
                flow_run_ops.create_flow_run, body=FlowRunCreate(flow_id=flow_id, state=Pending())
            )
            c.set_flow_run_state(created.id, Running())
            c.read_flow_run(created.id)

        return _thread_workers(runs, job)


def _their_run_body(flow_id: uuid.UUID) -> dict[str, Any]:
    """The body Prefect's ``create_flow_run`` posts, for a Pending run of ``flow_id``."""
    from prefect.client.schemas.actions import FlowRunCreate
    from prefect.states import Pending, to_state_create

    create = FlowRunCreate(flow_id=flow_id, state=to_state_create(Pending()))
    return create.model_dump(mode="json", exclude_unset=True)


async def _e2e_theirs_async(base: str, transport: Any, runs: int) -> tuple[float, float]:
    from prefect.client.orchestration import PrefectClient as TheirClient
    from prefect.client.schemas.objects import FlowRun
    from prefect.states import Running

    kwargs: dict[str, Any] = {}
    if transport is not None:
        kwargs["httpx_settings"] = {"transport": transport}
    async with TheirClient(base, **kwargs) as c:
        flow_id = await c.create_flow_from_name("bench-e2e")

        async def job(i: int) -> None:
            # What create_flow_run(flow) does but post the flow: one request, as the others.
            resp = await c.request("POST", "/flow_runs/", json=_their_run_body(flow_id))
            run_id = FlowRun.model_validate(resp.json()).id
            await c.set_flow_run_state(run_id, Running())
            await c.read_flow_run(run_id)

        return await _async_workers(runs, job)


def _e2e_theirs_sync(base: str, transport: Any, runs: int) -> tuple[float, float]:
    from prefect.client.orchestration import SyncPrefectClient as TheirSyncClient
    from prefect.client.schemas.objects import FlowRun
    from prefect.states import Running

    kwargs: dict[str, Any] = {}
    if transport is not None:
        kwargs["httpx_settings"] = {"transport": transport}
    with TheirSyncClient(base, **kwargs) as c:
        flow_id = c.create_flow_from_name("bench-e2e")

        def job(i: int) -> None:
            resp = c.request("POST", "/flow_runs/", json=_their_run_body(flow_id))
            run_id = FlowRun.model_validate(resp.json()).id
            c.set_flow_run_state(run_id, Running())
            c.read_flow_run(run_id)

        return _thread_workers(runs, job)


#: (row kind, [(who, contender)]): the limit first, as the table expects.
E2E_GROUPS: list[tuple[str, list[tuple[str, Callable[..., Any]]]]] = [
    (
        "async, 16 tasks",
        [
            ("limit: raw httpx.AsyncClient + json", _e2e_raw_async),
            ("ours: PrefectClient", _e2e_ours_async),
            ("Prefect: PrefectClient", _e2e_theirs_async),
        ],
    ),
    (
        "sync, 16 threads",
        [
            ("limit: raw httpx.Client + json", _e2e_raw_sync),
            ("ours: SyncPrefectClient", _e2e_ours_sync),
            ("Prefect: SyncPrefectClient", _e2e_theirs_sync),
        ],
    ),
]


async def _end_to_end(
    where: str, base: str, transport: Any, sync_transport: Any, runs: int, rounds: int
) -> None:
    """Every contender ``runs`` flow runs, in ``rounds`` rounds of rotating order.

    Async contenders run on this loop; sync ones in a worker thread (their own 16
    threads inside).  An untimed warm-up of every contender comes first.  Each
    round, every contender takes its share of ``runs``; a round's order is the
    list rotated by the round number, so no contender always goes first or last
    (the server's tables grow as the run goes on).  A row is the median of the
    rounds.  Over the network (``transport`` None) this process is the client
    alone, so its CPU per request is a row too: the server is the bottleneck of
    requests/s, the client's own cost shows there.
    """
    loop = asyncio.get_running_loop()

    async def run(contender: Callable[..., Any], n: int) -> tuple[float, float]:
        if inspect.iscoroutinefunction(contender):
            return await contender(base, transport, n)
        return await loop.run_in_executor(None, contender, base, sync_transport, n)

    shares = [runs // rounds + (1 if r < runs % rounds else 0) for r in range(rounds)]
    rates: dict[tuple[str, str], list[float]] = {}
    cpus: dict[tuple[str, str], list[float]] = {}
    failed: dict[tuple[str, str], str] = {}
    for r in [-1, *range(rounds)]:  # -1: the warm-up
        for kind, contenders in E2E_GROUPS:
            k = max(r, 0) % len(contenders)
            for who, contender in contenders[k:] + contenders[:k]:
                if (kind, who) in failed:
                    continue
                try:
                    rate, cpu = await run(contender, min(50, runs) if r < 0 else shares[r])
                except Exception as exc:  # a failed contender is a row, not the end of the table
                    failed[kind, who] = f"{type(exc).__name__}: {exc}"
                    print(f"e2e {kind}, {where}: {who} failed: {exc!r}", file=sys.stderr)
                    continue
                if r >= 0:
                    rates.setdefault((kind, who), []).append(rate)
                    cpus.setdefault((kind, who), []).append(cpu)
                    print(
                        f"    round {r}: {kind} | {who}: {rate:.0f} req/s, "
                        f"{cpu * 1e6:.0f} us CPU/request",
                        file=sys.stderr,
                    )
    for kind, contenders in E2E_GROUPS:
        row = f"end to end, {where}, {kind}, {runs} x 3 requests"
        cpu_row = f"end to end, {where}, {kind}, client CPU per request"
        for who, _ in contenders:
            if (kind, who) in failed:
                TABLE.failed(row, who, "req/s")
            else:
                record(row, who, rates[kind, who], "req/s")
        if transport is None:
            for who, _ in contenders:
                if (kind, who) not in failed:
                    record(cpu_row, who, cpus[kind, who], "us")


def bench_end_to_end_in_process(database_url: str, runs: int, rounds: int) -> None:
    """The Prefect app in this process, on PostgreSQL; every client on one ASGI transport."""
    asyncio.run(_in_process(database_url, runs, rounds))


async def _in_process(database_url: str, runs: int, rounds: int) -> None:

    from asgi_lifespan import LifespanManager
    from prefect.context import SettingsContext, get_settings_context
    from prefect.server.api.server import create_app

    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-") as home:
        base = get_settings_context()
        settings = base.settings.copy_with_update(
            updates={
                "home": home,
                "server.database.connection_url": database_url,
                "server.database.migrate_on_start": True,
                "server.analytics_enabled": False,
                "server.ui.enabled": False,
                "server.api.base_path": "/api",
            }
        )
        # Entered here, so the lifespan's services, every request on this loop and
        # (through LoopTransport's context) every request from a thread see it.
        with SettingsContext(profile=base.profile, settings=settings):
            app = create_app(ephemeral=True, ignore_cache=True)
            started = False
            try:
                async with LifespanManager(app, startup_timeout=300, shutdown_timeout=5) as m:
                    started = True
                    transport = httpx.ASGITransport(app=m.app, raise_app_exceptions=False)
                    threads = LoopTransport(
                        transport, asyncio.get_running_loop(), contextvars.copy_context()
                    )
                    await _end_to_end(
                        "in-process, PostgreSQL", IN_PROCESS_URL, transport, threads, runs, rounds
                    )
            except TimeoutError:
                # Prefect 3.8.8's trigger evaluation sleeps 5 s in a ``finally`` when
                # cancelled at shutdown: nothing is measured any more, stop waiting.
                if not started:
                    raise


def bench_end_to_end_ephemeral(runs: int, rounds: int) -> None:
    """Our in-process server (what ``get_client()`` starts, SQLite), every client on it."""
    import prefect_rest.inprocess as _ephemeral

    async def go() -> None:
        transport = await _ephemeral.async_transport()
        await _end_to_end(
            "in-process, ours (SQLite)",
            IN_PROCESS_URL,
            transport,
            _ephemeral.sync_transport(),
            runs,
            rounds,
        )

    asyncio.run(go())


def bench_end_to_end_loopback(url: str, runs: int, rounds: int) -> None:
    """``prefect server start`` on loopback: every client on its own default pool."""
    asyncio.run(_end_to_end("loopback, PostgreSQL", url, None, None, runs, rounds))


def bench(ctx: Context) -> None:
    """Our in-process server, Prefect's app in process, then ``prefect server start``.

    The two in-process servers each run in a child process: Prefect caches the
    database configuration per process, so a second app in the same process would
    use the first one's database (and a body made by the decode section started ours).
    """
    in_child(bench_end_to_end_ephemeral, ctx.runs, ctx.rounds)
    # PostgreSQL for Prefect's app: on SQLite, ``prefect server start`` answers 503
    # and drops connections under 16 concurrent writes, whichever the client
    # (our in-process server lets writes through one at a time, Prefect's does not).
    # One database for both servers.
    in_child(bench_end_to_end_in_process, ctx.postgres_url(), ctx.runs, ctx.rounds)
    bench_end_to_end_loopback(ctx.prefect_server_url(), ctx.runs, ctx.rounds)
