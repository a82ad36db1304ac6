"""The in-process Prefect server, against the real Prefect 3.8.8 app (no mocks).

Run with ``PYTHONPATH=overlay:generated``. The server is one per process: every
in-process test shares it; fresh-process behaviour is checked in subprocesses.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import uuid
from pathlib import Path
from typing import Any

import anyio
import httpx
import prefect_rest.inprocess as _ephemeral
import pytest
from prefect_rest.inprocess import EPHEMERAL_BASE_URL, async_transport, sync_transport

HELLO = "👋"  # GET /api/hello answers the JSON string "👋"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _flow_name() -> str:
    return f"test-ephemeral-{uuid.uuid4().hex[:12]}"


def _run_python(code: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; return the JSON it prints last."""
    full_env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    full_env.update(env or {})
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["stderr"] = done.stderr
    return result


# A fresh process: concurrent first callers (threads and tasks), one hello, a flow.
_FRESH_PROCESS = """
    import asyncio, gc, json, os, sys, threading, time
    import httpx
    import prefect_rest.inprocess as e

    started = time.perf_counter()
    env_before = dict(os.environ)
    transports = []
    threads = [threading.Thread(target=lambda: transports.append(e.sync_transport()))
               for _ in range(3)]
    for thread in threads:
        thread.start()

    async def from_tasks():
        return await asyncio.gather(*(e.async_transport() for _ in range(3)))

    transports += asyncio.run(from_tasks())
    for thread in threads:
        thread.join()
    with httpx.Client(transport=transports[0], base_url=e.EPHEMERAL_BASE_URL) as client:
        hello = client.get("/hello").json()
        first_hello = time.perf_counter() - started
        flow = client.post("/flows/", json={"name": "in-a-subprocess"})
    server = e.process._server
    print(json.dumps({
        "hello": hello,
        "first_hello_seconds": first_hello,
        "flow_status": flow.status_code,
        "start_count": e.process._start_count,
        "same_server": all(t._server is server for t in transports),
        "from_template": server.from_template,
        "template_saved": server.template_saved,
        "template": str(server.template),
        "database": str(server.database),
        "workdir": server.workdir and str(server.workdir),
        "throwaway": server.throwaway,
        "env_unchanged": dict(os.environ) == env_before,
        "gc_enabled": gc.isenabled(),
        "gc_frozen": gc.get_freeze_count(),
    }))
"""


# -- in-process -----------------------------------------------------------------


@pytest.mark.anyio
async def test_async_transport_hello_and_flow_round_trip() -> None:
    name = _flow_name()
    async with httpx.AsyncClient(
        transport=await async_transport(), base_url=EPHEMERAL_BASE_URL
    ) as client:
        hello = await client.get("/hello")
        assert hello.status_code == 200
        assert hello.json() == HELLO

        created = await client.post("/flows/", json={"name": name})
        assert created.status_code == 201
        flow_id = created.json()["id"]

        read = await client.get(f"/flows/{flow_id}")
        assert read.status_code == 200
        assert read.json()["name"] == name
        assert read.json()["id"] == flow_id

        missing = await client.get(f"/flows/{uuid.uuid4()}")
        assert missing.status_code == 404


@pytest.mark.anyio
async def test_concurrent_orchestration_writes_are_rarely_refused() -> None:
    """16 tasks creating runs and setting states: few 503s, nothing lost.

    Prefect's SQLite transactions conflict when requests write at once (the API
    then answers 503 "database is locked"): without the server's write gate about
    half of these writes were refused.  What is left are conflicts with Prefect's
    background services.  Plain httpx here, each 503 sent again at once.
    """
    refused = 0
    writes = 0
    async with httpx.AsyncClient(
        transport=await async_transport(), base_url=EPHEMERAL_BASE_URL
    ) as client:

        async def send(method: str, path: str, **kwargs: Any) -> httpx.Response:
            nonlocal refused, writes
            for _ in range(50):
                response = await client.request(method, path, **kwargs)
                writes += method == "POST"
                if response.status_code != 503:
                    return response
                refused += 1
            raise AssertionError(f"{method} {path}: 50 answers 503")

        flow_id = (await send("POST", "/flows/", json={"name": _flow_name()})).json()["id"]
        statuses: list[int] = []

        async def worker() -> None:
            for _ in range(8):
                body = {"flow_id": flow_id, "state": {"type": "PENDING"}}
                created = await send("POST", "/flow_runs/", json=body)
                run_id = created.json()["id"]
                state = {"state": {"type": "RUNNING"}}
                set_state = await send("POST", f"/flow_runs/{run_id}/set_state", json=state)
                read = await send("GET", f"/flow_runs/{run_id}")
                statuses.extend([created.status_code, set_state.status_code, read.status_code])
                assert read.json()["state"]["type"] == "RUNNING"

        async with anyio.create_task_group() as tg:
            for _ in range(16):
                tg.start_soon(worker)
        count = await client.post("/flow_runs/count", json={"flows": {"id": {"any_": [flow_id]}}})
    assert sorted(set(statuses)) == [200, 201]
    assert count.json() == 16 * 8
    assert refused <= 0.15 * writes, f"{refused} of {writes} writes answered 503"


def test_sync_transport_round_trip_visible_to_async_transport() -> None:
    name = _flow_name()
    with httpx.Client(transport=sync_transport(), base_url=EPHEMERAL_BASE_URL) as client:
        hello = client.get("/hello")
        assert hello.status_code == 200
        assert hello.json() == HELLO
        created = client.post("/flows/", json={"name": name})
        assert created.status_code == 201
        flow_id = created.json()["id"]
        assert client.get(f"/flows/{flow_id}").json()["name"] == name

    async def read_back() -> dict[str, Any]:
        async with httpx.AsyncClient(
            transport=await async_transport(), base_url=EPHEMERAL_BASE_URL
        ) as client:
            response = await client.get(f"/flows/{flow_id}")
            assert response.status_code == 200
            return response.json()

    # A new event loop (not pytest's): the app lives on its own loop, so any loop works.
    assert anyio.run(read_back)["name"] == name


def test_large_gzip_response_is_decoded() -> None:
    with httpx.Client(transport=sync_transport(), base_url=EPHEMERAL_BASE_URL) as client:
        response = client.post("/block_types/filter", json={})
    assert response.status_code == 200
    # The template carries the built-in block types, so this is a big (gzipped) body.
    assert len(response.json()) > 10
    assert all("slug" in block_type for block_type in response.json())


def test_transports_share_one_app() -> None:
    first = sync_transport()
    server = _ephemeral.process._server
    assert server is not None
    app = server.app

    async def get_async() -> httpx.AsyncBaseTransport:
        return await async_transport()

    second = sync_transport()
    third = anyio.run(get_async)
    from_threads: list[httpx.BaseTransport] = []
    threads = [
        threading.Thread(target=lambda: from_threads.append(sync_transport())) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert _ephemeral.process._start_count == 1
    assert _ephemeral.process._server is server
    assert server.app is app
    for transport in [first, second, third, *from_threads]:
        assert transport._server is server  # type: ignore[attr-defined]


def test_concurrent_requests_from_threads() -> None:
    names = [_flow_name() for _ in range(8)]
    statuses: list[int] = []

    def create(name: str) -> None:
        with httpx.Client(transport=sync_transport(), base_url=EPHEMERAL_BASE_URL) as client:
            statuses.append(client.post("/flows/", json={"name": name}).status_code)

    threads = [threading.Thread(target=create, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [201] * len(names)

    with httpx.Client(transport=sync_transport(), base_url=EPHEMERAL_BASE_URL) as client:
        found = client.post("/flows/filter", json={"flows": {"name": {"any_": names}}}).json()
    assert sorted(flow["name"] for flow in found) == sorted(names)


def test_server_uses_prefect_homes_database() -> None:
    sync_transport()
    server = _ephemeral.process._server
    assert server is not None
    assert server.throwaway is False
    assert server.database == Path(os.environ["PREFECT_HOME"]) / "prefect.db"
    assert server.database.is_file()
    assert server.template.name.startswith("template-3.")


# -- fresh processes ------------------------------------------------------------


def test_fresh_throwaway_process_starts_from_template_without_rebuilding_it() -> None:
    sync_transport()  # this process's start made sure the template exists
    server = _ephemeral.process._server
    assert server is not None
    template = server.template
    assert template.is_file()
    mtime = template.stat().st_mtime_ns

    result = _run_python(
        _FRESH_PROCESS,
        {"PREFECT_REST_CACHE_DIR": str(template.parent), "PREFECT_REST_EPHEMERAL_THROWAWAY": "1"},
    )

    assert result["hello"] == HELLO
    assert result["flow_status"] == 201
    assert result["throwaway"] is True
    assert result["from_template"] is True
    assert result["template_saved"] is False
    assert result["template"] == str(template)
    assert template.stat().st_mtime_ns == mtime
    # Concurrent first callers (3 threads, 3 tasks) started one server.
    assert result["start_count"] == 1
    assert result["same_server"] is True
    assert result["env_unchanged"] is True
    # Nothing frozen, the collector left on (#23).
    assert result["gc_enabled"] is True
    assert result["gc_frozen"] == 0
    # Shut down at exit, quietly: its temp dir is gone, nothing was printed.
    assert not Path(result["workdir"]).exists()
    assert result["stderr"] == ""


def test_fresh_process_without_template_builds_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {"PREFECT_REST_CACHE_DIR": str(cache), "PREFECT_HOME": str(tmp_path / "home")}
    result = _run_python(_FRESH_PROCESS, env)

    assert result["hello"] == HELLO
    assert result["from_template"] is False
    assert result["template_saved"] is True
    assert result["start_count"] == 1
    assert result["database"] == str(tmp_path / "home" / "prefect.db")
    template = Path(result["template"])
    assert template.parent == cache
    assert template.is_file()
    assert [p.name for p in cache.iterdir()] == [template.name]  # no temp files left

    again = _run_python(_FRESH_PROCESS, {**env, "PREFECT_HOME": str(tmp_path / "home2")})
    assert again["from_template"] is True
    assert result["stderr"] == again["stderr"] == ""


def test_user_prefect_settings_choose_the_database(tmp_path: Path) -> None:
    """As Prefect's own ephemeral mode: the configured database; our API path stays /api."""
    user_home = tmp_path / "user-home"
    user_db = tmp_path / "user.db"
    prelude = "import prefect  # imported before us, with the user's settings\n"
    code = prelude + textwrap.dedent(_FRESH_PROCESS)
    result = _run_python(
        code,
        {
            "PREFECT_HOME": str(user_home),
            "PREFECT_SERVER_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{user_db}",
            "PREFECT_SERVER_API_BASE_PATH": "/elsewhere",
        },
    )
    assert result["hello"] == HELLO
    assert result["flow_status"] == 201
    assert result["database"] == str(user_db)
    assert user_db.is_file()
    assert not (user_home / "prefect.db").exists()


_NO_PREFECT = """
    import asyncio, json, sys

    class BlockPrefect:
        def find_spec(self, name, path=None, target=None):
            if name == "prefect" or name.startswith("prefect."):
                raise ImportError(f"No module named {name!r}")
            return None

    sys.meta_path.insert(0, BlockPrefect())
    from prefect_rest.inprocess import async_transport, sync_transport
    from prefect_rest.exceptions import EphemeralServerUnavailable, PrefectRestError

    imported_prefect = "prefect" in sys.modules
    messages = []
    try:
        sync_transport()
    except EphemeralServerUnavailable as exc:
        messages.append(str(exc))
    try:
        asyncio.run(async_transport())
    except EphemeralServerUnavailable as exc:
        messages.append(str(exc))
    print(json.dumps({
        "imported_prefect": imported_prefect,
        "messages": messages,
        "is_prefect_rest_error": issubclass(EphemeralServerUnavailable, PrefectRestError),
    }))
"""


def test_without_prefect_raises_with_install_hint() -> None:
    result = _run_python(_NO_PREFECT)
    assert result["imported_prefect"] is False
    assert result["is_prefect_rest_error"] is True
    assert len(result["messages"]) == 2
    for message in result["messages"]:
        assert "pip install 'prefect-rest[ephemeral]'" in message
        assert "PREFECT_API_URL" in message


def test_importing_the_module_does_not_import_prefect() -> None:
    result = _run_python(
        """
        import json, sys
        import prefect_rest.inprocess
        print(json.dumps({"prefect": "prefect" in sys.modules, "anyio": "anyio" in sys.modules}))
        """
    )
    assert result == {"prefect": False, "anyio": False, "stderr": ""}


def test_a_collector_the_user_turned_off_stays_off() -> None:
    result = _run_python(
        """
        import gc, json
        gc.disable()
        import prefect_rest.inprocess as e
        import httpx
        with httpx.Client(transport=e.sync_transport(), base_url=e.EPHEMERAL_BASE_URL) as c:
            hello = c.get("/hello").json()
        print(json.dumps({"hello": hello, "enabled": gc.isenabled(),
                          "frozen": gc.get_freeze_count()}))
        """,
        {"PREFECT_REST_EPHEMERAL_THROWAWAY": "1"},
    )
    assert (result["hello"], result["enabled"], result["frozen"]) == (HELLO, False, 0)


def test_the_hosts_objects_are_not_made_permanent() -> None:
    """A cycle the host made before the first start and dropped after it is freed (#23)."""
    result = _run_python(
        """
        import gc, json, weakref
        class Node:
            pass
        a, b = Node(), Node()
        a.other, b.other = b, a
        a.payload = bytearray(50_000_000)
        ref = weakref.ref(a)
        import prefect_rest.inprocess as e
        import httpx
        with httpx.Client(transport=e.sync_transport(), base_url=e.EPHEMERAL_BASE_URL) as c:
            c.get("/hello")
        del a, b
        gc.collect()
        print(json.dumps({"freed": ref() is None, "frozen": gc.get_freeze_count()}))
        """,
        {"PREFECT_REST_EPHEMERAL_THROWAWAY": "1"},
    )
    assert result == {"freed": True, "frozen": 0, "stderr": ""}


def test_the_hosts_collector_changes_during_an_async_start_stay() -> None:
    """gc.disable() and new thresholds the host sets while the server starts are kept (#23)."""
    result = _run_python(
        """
        import anyio, gc, json
        from prefect_rest import PrefectClient
        seen = {}
        async def meddle():
            await anyio.sleep(0.3)
            seen["during"] = "prefect.server.api.server" not in __import__("sys").modules
            gc.disable()
            gc.set_threshold(1234, 5, 6)
        async def main():
            async with anyio.create_task_group() as tg:
                tg.start_soon(meddle)
                async with PrefectClient() as client:
                    await client.hello()
        anyio.run(main)
        print(json.dumps({"enabled": gc.isenabled(), "threshold": gc.get_threshold(),
                          "frozen": gc.get_freeze_count(), **seen}))
        """,
        {"PREFECT_REST_EPHEMERAL_THROWAWAY": "1"},
    )
    assert result["during"] is True  # the host changed it while Prefect was being imported
    assert (result["enabled"], result["threshold"], result["frozen"]) == (False, [1234, 5, 6], 0)


def test_full_collections_are_held_only_for_the_block() -> None:
    import gc

    from prefect_rest.inprocess.collector import HELD_THRESHOLD, full_collections_held

    before, enabled = gc.get_threshold(), gc.isenabled()
    try:
        with pytest.raises(ImportError), full_collections_held():
            assert gc.get_threshold()[2] == HELD_THRESHOLD
            assert gc.isenabled() is enabled  # never switched
            import prefect_rest_no_such_module  # type: ignore[import-not-found]  # noqa: F401
        assert gc.get_threshold() == before
        with full_collections_held():
            gc.set_threshold(900, 11, 12)  # the host's own change meanwhile
        assert gc.get_threshold() == (900, 11, 12)
    finally:
        gc.set_threshold(*before)


class _BusyFirst(httpx.AsyncBaseTransport):
    """Answers the app's first ``busy`` flow creates with Prefect's "database is locked" 503.

    SQLite's lock cannot be made to collide on demand; this sits where the app would
    answer, inside the in-process server.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, busy: int) -> None:
        self.inner, self.busy, self.seen = inner, busy, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/flows/"):
            self.seen += 1
            if self.seen <= self.busy:
                return httpx.Response(503, stream=httpx.ByteStream(_ephemeral.gate.BUSY_BODY))
        return await self.inner.handle_async_request(request)


@pytest.mark.parametrize(("busy", "status", "seen"), [(2, 201, 3), (99, 503, 6)])
def test_a_busy_database_answer_is_served_again_five_times_at_most(
    busy: int, status: int, seen: int
) -> None:
    transport = sync_transport()
    server = _ephemeral.process._server
    assert server is not None and server.transport is not None
    inner = server.transport
    server.transport = fake = _BusyFirst(inner, busy)  # type: ignore[assignment]
    try:
        with httpx.Client(transport=transport, base_url=EPHEMERAL_BASE_URL) as client:
            answer = client.post("/flows/", json={"name": _flow_name()})
    finally:
        server.transport = inner
    assert (answer.status_code, fake.seen) == (status, seen)


class _BusyThenRaise:
    """ASGI app: the first ``busy`` flow creates answered as Prefect's app answers
    "database is locked" (503, Prefect's body), then the error raised again, as
    Starlette's ``ServerErrorMiddleware`` raises after its handler's answer."""

    def __init__(self, app: Any, busy: int) -> None:
        self.app, self.busy, self.seen = app, busy, 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        flow_create = scope["type"] == "http" and scope["method"] == "POST"
        if flow_create and scope["path"].endswith("/flows/"):
            self.seen += 1
            if self.seen <= self.busy:
                headers = [(b"content-type", b"application/json")]
                await send({"type": "http.response.start", "status": 503, "headers": headers})
                await send({"type": "http.response.body", "body": _ephemeral.gate.BUSY_BODY})
                raise RuntimeError("database is locked")
        await self.app(scope, receive, send)


def test_loopback_serves_a_write_again_after_a_busy_answer_the_app_raised_after() -> None:
    """Prefect's engine talks to the loopback port; a busy answer there was a 500."""
    url = _ephemeral.loopback_api_url()
    server = _ephemeral.process._server
    assert server is not None and server.app is not None
    inner = server.app
    server.app = fake = _BusyThenRaise(inner, 2)
    try:
        answer = httpx.post(f"{url}/flows/", json={"name": _flow_name()}, timeout=30)
    finally:
        server.app = inner
    assert (answer.status_code, fake.seen) == (201, 3)
