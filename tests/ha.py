"""A highly available Prefect server on loopback, for the tests and the benchmark.

Two ``prefect server start --no-services`` replicas on one PostgreSQL
(``tests/pg.py``) behind small loopback balancers (:class:`Balancer`), in the two
styles users meet:

- ``"next"``: a TCP balancer that tries the next replica when a connect is refused;
- ``"502"``: one that answers ``502 Bad Gateway`` when its pick refuses.

Both bind a client connection to one replica for its life (keep-alive), so a
replica that goes away closes its clients' connections, as with HAProxy in TCP
mode or a cloud network balancer. :func:`run_scenario` puts load on it through
prefect_rest and through Prefect's own client at once (one balancer per client
and style), restarts the replicas one at a time (SIGTERM), kills one (SIGKILL),
then counts from the database what each client had acknowledged: lost, stored
twice, and the errors it surfaced per call kind and phase.

Importable without pytest (``benchmarks/ha.py`` runs the long version).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
from pg import postgres
from servers import free_port

#: The call kinds of one unit of work, in order.
KINDS = ("create_flow_run", "set_state_running", "set_state_completed", "create_logs", "read")
LOGS_PER_RUN = 5
_BODY = b'{"detail": "no healthy upstream"}'
BAD_GATEWAY = (
    b"HTTP/1.1 502 Bad Gateway\r\ncontent-type: application/json\r\n"
    b"content-length: %d\r\nconnection: close\r\n\r\n%s" % (len(_BODY), _BODY)
)


# --- the balancer --------------------------------------------------------------------


class Balancer:
    """A round-robin TCP balancer on a loopback port (asyncio, its own thread)."""

    def __init__(self, backends: list[int], style: str) -> None:
        if style not in ("next", "502"):
            raise ValueError(f"style must be 'next' or '502', not {style!r}")
        self.backends = backends
        self.style = style
        self.port = free_port()
        self.connections = 0  # client connections accepted
        self.bad_gateways = 0
        self._turn = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.AbstractServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def __enter__(self) -> Balancer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)

    async def _stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in asyncio.all_tasks():
            if task is not asyncio.current_task():
                task.cancel()

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        order = [self.backends[(self._turn + i) % len(self.backends)] for i in range(2)]
        self._turn += 1
        for port in order if self.style == "next" else order[:1]:
            try:
                return await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                continue
        return None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        upstream = await self._connect()
        if upstream is None:
            if self.style == "502":
                self.bad_gateways += 1
                with contextlib.suppress(OSError):
                    await reader.read(65536)  # the request, so the client is not reset
                    writer.write(BAD_GATEWAY)
                    await writer.drain()
            writer.close()
            return
        up_reader, up_writer = upstream
        pumps = [
            asyncio.ensure_future(_pump(reader, up_writer)),
            asyncio.ensure_future(_pump(up_reader, writer)),
        ]
        try:
            await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pump in pumps:
                pump.cancel()
            for w in (writer, up_writer):
                with contextlib.suppress(Exception):
                    w.close()


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError, asyncio.IncompleteReadError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()


# --- the replicas ----------------------------------------------------------------------


class Replica:
    """One ``prefect server start --no-services`` on a fixed loopback port."""

    def __init__(self, database_url: str, name: str, migrate: bool) -> None:
        self.port = free_port()
        self.name = name
        self.database_url = database_url
        self.migrate = migrate
        self.home = Path(tempfile.mkdtemp(prefix=f"prefect-rest-ha-{name}-"))
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 120) -> None:
        prefect = shutil.which("prefect", path=os.path.dirname(sys.executable)) or "prefect"
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")},
            "PREFECT_HOME": str(self.home),
            "PREFECT_SERVER_DATABASE_CONNECTION_URL": self.database_url,
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_SERVER_UI_ENABLED": "false",
            "PREFECT_SERVER_DATABASE_MIGRATE_ON_START": str(self.migrate).lower(),
            "PREFECT_API_BLOCKS_REGISTER_ON_START": str(self.migrate).lower(),
            "DO_NOT_TRACK": "1",
        }
        log = open(self.home / "server.log", "ab")  # noqa: SIM115 (the process keeps it)
        self.proc = subprocess.Popen(
            [
                prefect,
                "server",
                "start",
                "--no-services",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        self.migrate = False  # the database is at head from now on
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://127.0.0.1:{self.port}/api/health", timeout=1).is_success:
                    return
            if self.proc.poll() is not None:
                break
            time.sleep(0.2)
        raise RuntimeError(
            f"replica {self.name} did not start:\n"
            + (self.home / "server.log").read_text(errors="replace")[-3000:]
        )

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> None:
        """Send ``sig`` to the replica's process group and wait for it to end."""
        if self.proc is None or self.proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, sig)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def close(self) -> None:
        self.stop(signal.SIGKILL)
        shutil.rmtree(self.home, ignore_errors=True)


@contextlib.contextmanager
def cluster() -> Iterator[tuple[str, list[Replica]]]:
    """PostgreSQL and two replicas on it: yields (database URL, replicas)."""
    with postgres() as database_url:
        replicas = [Replica(database_url, "a", migrate=True), Replica(database_url, "b", False)]
        try:
            for replica in replicas:  # one after the other: the first migrates
                replica.start()
            yield database_url, replicas
        finally:
            for replica in replicas:
                replica.close()


# --- the load ---------------------------------------------------------------------------


@dataclasses.dataclass
class Record:
    """What one client group was told."""

    client: str
    style: str
    prefix: str
    calls: Counter[str] = dataclasses.field(default_factory=Counter)
    errors: list[tuple[str, str, str]] = dataclasses.field(
        default_factory=list
    )  # kind, phase, what
    runs: dict[str, str] = dataclasses.field(default_factory=dict)  # name -> id acknowledged
    completed: set[str] = dataclasses.field(default_factory=set)
    logs: set[str] = dataclasses.field(default_factory=set)


class Clock:
    """The scenario's phase, read when an error is recorded."""

    phase = "warm-up"


def log_lines(run_id: Any, name: str, count: int = LOGS_PER_RUN) -> list[dict[str, Any]]:
    """``count`` log lines of a run, each message ``"<name> line <j>"``, 1 us apart."""
    now = datetime.datetime.now(datetime.UTC)
    return [
        {
            "name": "ha",
            "level": 20,
            "message": f"{name} line {j}",
            "timestamp": (now + datetime.timedelta(microseconds=j)).isoformat(),
            "flow_run_id": str(run_id),
        }
        for j in range(count)
    ]


async def _step(record: Record, kind: str, call: Callable[[], Awaitable[Any]]) -> Any:
    record.calls[kind] += 1
    try:
        result = await call()
    except Exception as exc:  # surfaced to the caller: what we count
        record.errors.append((kind, Clock.phase, f"{type(exc).__name__}: {str(exc)[:160]}"))
        return None
    status = getattr(result, "status", None)
    if kind.startswith("set_state") and str(getattr(status, "value", status)) != "ACCEPT":
        record.errors.append((kind, Clock.phase, f"{status} (not ACCEPT)"))
        return None
    return result if result is not None else True


async def _unit(client: Any, record: Record, i: int, worker: int, states: Any) -> None:
    name = f"{record.prefix}-{worker}-{i}"
    flow = SimpleNamespace(name=record.prefix, version=None, retries=None, retry_delay_seconds=None)
    run = await _step(record, "create_flow_run", lambda: client.create_flow_run(flow, name=name))
    if run is None:
        return
    record.runs[name] = str(run.id)
    if (
        await _step(
            record, "set_state_running", lambda: client.set_flow_run_state(run.id, states.Running())
        )
        is None
    ):
        return
    if await _step(
        record, "set_state_completed", lambda: client.set_flow_run_state(run.id, states.Completed())
    ):
        record.completed.add(name)
    lines = log_lines(run.id, name)
    if await _step(record, "create_logs", lambda: client.create_logs(lines)):
        record.logs.update(line["message"] for line in lines)
    await _step(record, "read", lambda: client.read_flow_run(run.id))


async def _group(
    make_client: Callable[[], Any], record: Record, workers: int, stop: asyncio.Event, states: Any
) -> None:
    async with make_client() as client:

        async def worker(w: int) -> None:
            i = 0
            while not stop.is_set():
                await _unit(client, record, i, w, states)
                i += 1

        await asyncio.gather(*(worker(w) for w in range(workers)))


# --- counting from the database ---------------------------------------------------------


@dataclasses.dataclass
class Outcome:
    """One client group's figures, counted from the database."""

    client: str
    style: str
    calls: int
    lost: int
    twice: int
    errors: dict[str, dict[str, int]]  # phase -> kind -> count
    connections: int
    examples: list[str]

    def errors_in(self, phase: str | None = None, kinds: tuple[str, ...] = KINDS) -> int:
        phases = [phase] if phase else list(self.errors)
        return sum(self.errors.get(p, {}).get(k, 0) for p in phases for k in kinds)


async def _count(database_url: str, record: Record, connections: int) -> Outcome:
    import asyncpg

    dsn = database_url.replace("postgresql+asyncpg://", "postgresql://")
    conn = await asyncpg.connect(dsn)
    try:
        like = record.prefix + "-%"
        rows = await conn.fetch(
            "select fr.name, count(*) as n, max(fr.state_type::text) as state "
            "from flow_run fr where fr.name like $1 group by fr.name",
            like,
        )
        logs = await conn.fetch(
            "select message, count(*) as n from log where message like $1 group by message", like
        )
    finally:
        await conn.close()
    stored = {r["name"]: (r["n"], r["state"]) for r in rows}
    stored_logs = {r["message"]: r["n"] for r in logs}
    lost = [n for n in record.runs if n not in stored]
    lost += [n for n in record.completed if stored.get(n, (0, None))[1] != "COMPLETED"]
    lost += [m for m in record.logs if m not in stored_logs]
    twice = [n for n, (count, _) in stored.items() if count > 1]
    twice += [m for m, count in stored_logs.items() if count > 1]
    errors: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for kind, phase, _ in record.errors:
        errors[phase][kind] += 1
    return Outcome(
        client=record.client,
        style=record.style,
        calls=sum(record.calls.values()),
        lost=len(lost),
        twice=len(twice),
        errors={p: dict(k) for p, k in errors.items()},
        connections=connections,
        examples=[f"{k} [{p}] {w}" for k, p, w in record.errors[:6]],
    )


# --- the scenario -----------------------------------------------------------------------


def _ours(url: str) -> Callable[[], Any]:
    from prefect_rest import PrefectClient

    return lambda: PrefectClient(url)


def _theirs(url: str) -> Callable[[], Any]:
    from prefect.client.orchestration import PrefectClient

    return lambda: PrefectClient(url)


async def _phase(name: str, action: Callable[[], None], settle: float) -> None:
    Clock.phase = name
    await asyncio.to_thread(action)
    await asyncio.sleep(settle)


def run_scenario(
    workers: int = 4,
    cycles: int = 1,
    warm: float = 2.0,
    settle: float = 2.0,
    log: Callable[[str], None] = print,
) -> list[Outcome]:
    """The whole scenario on a fresh cluster; one :class:`Outcome` per client and style."""
    import prefect.states as their_states
    from prefect_rest import states as our_states

    tag = uuid.uuid4().hex[:6]
    groups = [
        (client, style, make, states)
        for client, make, states in (
            ("prefect_rest", _ours, our_states),
            ("prefect", _theirs, their_states),
        )
        for style in ("next", "502")
    ]
    with cluster() as (database_url, replicas):
        ports = [r.port for r in replicas]

        async def main() -> list[Outcome]:
            stop = asyncio.Event()
            # one balancer per group, so that connections are counted per client
            balancers = [Balancer(ports, style) for _, style, _, _ in groups]
            records = [
                Record(client, style, f"ha{tag}-{client.replace('_', '')}-{style}")
                for client, style, _, _ in groups
            ]
            with contextlib.ExitStack() as stack:
                for balancer in balancers:
                    stack.enter_context(balancer)
                tasks = [
                    asyncio.ensure_future(_group(make(b.url), rec, workers, stop, states))
                    for (_, _, make, states), b, rec in zip(groups, balancers, records, strict=True)
                ]
                try:
                    Clock.phase = "warm-up"
                    await asyncio.sleep(warm)
                    for cycle in range(cycles):
                        for replica in replicas:
                            log(f"cycle {cycle + 1}: SIGTERM replica {replica.name}, restart")
                            await _phase("rolling", _restart(replica, signal.SIGTERM), settle)
                        last = cycle == cycles - 1
                        # the last kill is not followed by a restart: the survivor carries on
                        log(f"cycle {cycle + 1}: SIGKILL replica {replicas[0].name}")
                        kill = _restart(replicas[0], signal.SIGKILL, start=not last)
                        await _phase("kill", kill, settle * (2 if last else 1))
                    Clock.phase = "after"
                finally:
                    stop.set()
                    await asyncio.gather(*tasks, return_exceptions=True)
            return [
                await _count(database_url, rec, b.connections)
                for rec, b in zip(records, balancers, strict=True)
            ]

        return asyncio.run(main())


def _restart(replica: Replica, sig: int, start: bool = True) -> Callable[[], None]:
    def action() -> None:
        replica.stop(sig)
        if start:
            replica.start()

    return action


def table(outcomes: list[Outcome]) -> str:
    """The figures as a Markdown table."""
    lines = [
        "| client | balancer | calls | lost | stored twice | errors in rolling restart | errors after SIGKILL | connections per 1,000 calls |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for o in outcomes:
        kill = ", ".join(f"{k} {n}" for k, n in sorted(o.errors.get("kill", {}).items())) or "0"
        lines.append(
            f"| {o.client} | {o.style} | {o.calls} | {o.lost} | {o.twice} | "
            f"{o.errors_in('rolling')} | {kill} | {1000 * o.connections / max(1, o.calls):.0f} |"
        )
    return "\n".join(lines)
