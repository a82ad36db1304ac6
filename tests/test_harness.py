"""``prefect_test_harness`` / ``isolated_server``: Prefect's engine and every client meet one fresh server.

The user-style flow suite (``tests/data/user_flows``) runs in pytest subprocesses
(so our own session keeps its plugins): once under Prefect's harness and once under
ours, with the same results. Prefect's harness costs 10 to 17 s per entry and each
sync flow run about 1.1 s, so Prefect's side runs once per configuration.
"""

from __future__ import annotations

import hashlib
import http.server
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from prefect_rest import SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound
from prefect_rest.testing import isolated_server

USER_FLOWS = Path(__file__).parent / "data" / "user_flows"
#: Plugins by entry-point name, loaded with -p and autoloading off: each run has exactly these.
PLUGIN_SETS = {
    "plain": (),
    "asyncio-strict+randomly+xdist": ("asyncio", "randomly", "xdist"),
}
_MODULES = {"asyncio": "pytest_asyncio", "randomly": "pytest_randomly", "xdist": "xdist"}


def _python_path() -> str:
    return os.pathsep.join(p for p in sys.path if p)


def _require(plugins: tuple[str, ...]) -> None:
    for plugin in plugins:
        if importlib.util.find_spec(_MODULES[plugin]) is None:
            pytest.skip(f"{_MODULES[plugin]} is not installed (the dev extra has it)")


def _plugin_args(plugins: tuple[str, ...]) -> list[str]:
    """``-p`` for anyio's plugin and ``plugins``, plus what they need (run with autoload off)."""
    args = [arg for plugin in ("anyio", *plugins) for arg in ("-p", plugin)]
    if "xdist" in plugins:
        args += ["-n", "2"]
    if "asyncio" in plugins:
        args += ["-o", "asyncio_mode=strict"]
    return args


def _template() -> Path:
    """This session's template database (its directory: pytester runs get a new HOME)."""
    from prefect_rest.inprocess import sync_transport
    from prefect_rest.inprocess.process import get_server

    sync_transport()
    return get_server().template


def _template_dir() -> Path:
    return _template().parent


def _outcomes(output: str) -> dict[str, str]:
    """Test name -> outcome from ``-rA`` summary lines."""
    found = re.findall(r"^(PASSED|FAILED|ERROR|SKIPPED)\s+\S*?::(\w+)", output, re.M)
    return {name: outcome for outcome, name in found}


def _run_user_suite(
    pytester: pytest.Pytester, harness: str, plugins: tuple[str, ...]
) -> dict[str, str]:
    pytester.makepyfile(test_user_flows=(USER_FLOWS / "flow_tests.py").read_text())
    pytester.makeconftest((USER_FLOWS / "harness_conftest.py").read_text())
    pytester._monkeypatch.setenv("PYTHONPATH", _python_path())
    pytester._monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester._monkeypatch.setenv("USER_FLOWS_HARNESS", harness)
    pytester._monkeypatch.setenv("PREFECT_REST_CACHE_DIR", str(_template_dir()))
    pytester._monkeypatch.setenv("PREFECT_HOME", str(pytester.path / f"home-{harness}"))
    result = pytester.runpytest_subprocess(*_plugin_args(plugins), "-rA", "-q", timeout=900)
    output = result.stdout.str()
    outcomes = _outcomes(output)
    assert outcomes, output[-3000:]
    return outcomes


@pytest.mark.parametrize("configuration", list(PLUGIN_SETS))
def test_user_flow_suite_has_the_same_results_under_both_harnesses(
    pytester: pytest.Pytester, configuration: str
) -> None:
    plugins = PLUGIN_SETS[configuration]
    _require(plugins)
    ours = _run_user_suite(pytester, "prefect_rest", plugins)
    theirs = _run_user_suite(pytester, "prefect", plugins)
    assert ours == theirs
    assert set(ours.values()) == {"PASSED"}
    assert len(ours) == 10


_PLUGIN_TESTS = """
    import os, sqlite3
    from pathlib import Path
    import pytest
    from prefect import flow

    @flow
    def my_flow(x):
        return x

    def test_engine_reaches_the_fixture_server(sync_prefect_client):
        my_flow(21)
        assert len(sync_prefect_client.read_flow_runs()) == 1

    def test_each_test_is_fresh(sync_prefect_client):
        assert sync_prefect_client.read_flow_runs() == []
        sync_prefect_client.create_work_pool({"name": "same-name"})

    @pytest.mark.asyncio
    async def test_async_client_under_pytest_asyncio(prefect_client):
        assert await prefect_client.read_work_pools() == []
        await prefect_client.create_work_pool({"name": "same-name"})

    @pytest.mark.anyio
    async def test_async_client_under_anyio(prefect_client):
        assert await prefect_client.read_work_pools() == []
        await prefect_client.create_work_pool({"name": "same-name"})

    def test_no_fixture_writes_where_prefect_would():
        from prefect_rest import SyncPrefectClient
        with SyncPrefectClient() as client:
            client.create_flow_from_name("no-fixture")
        database = Path(os.environ["PREFECT_HOME"]) / "prefect.db"
        names = [row[0] for row in sqlite3.connect(database).execute("SELECT name FROM flow")]
        assert "no-fixture" in names

    @pytest.fixture
    def anyio_backend():
        return "asyncio"
"""


@pytest.mark.parametrize(
    ("plugins", "seed"),
    [(("asyncio", "randomly"), 1), (("asyncio", "randomly", "xdist"), 2)],
    ids=["asyncio-strict+randomly", "asyncio-strict+randomly+xdist"],
)
def test_plugin_fixtures_hold_in_any_order_and_in_workers(
    pytester: pytest.Pytester, plugins: tuple[str, ...], seed: int
) -> None:
    """Flows reach the fixture's server; strict pytest-asyncio runs ``prefect_client`` (#21)."""
    _require(plugins)
    pytester.makepyfile(test_user=_PLUGIN_TESTS)
    pytester._monkeypatch.setenv("PYTHONPATH", _python_path())
    pytester._monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester._monkeypatch.setenv("PREFECT_HOME", str(pytester.path / "home"))
    pytester._monkeypatch.setenv("PREFECT_REST_CACHE_DIR", str(_template_dir()))
    pytester._monkeypatch.delenv("PREFECT_API_URL", raising=False)
    result = pytester.runpytest_subprocess(
        "-p",
        "prefect_rest.testing.pytest_plugin",
        *_plugin_args(plugins),
        f"--randomly-seed={seed}",
        "-q",
        timeout=600,
    )
    result.assert_outcomes(passed=5)


class _Watcher(http.server.BaseHTTPRequestHandler):
    """A server named by PREFECT_API_URL: counts every request, answers 500."""

    seen: ClassVar[list[str]] = []

    def _any(self) -> None:
        type(self).seen.append(f"{self.command} {self.path}")
        self.send_response(500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _any

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def watcher() -> Iterator[str]:
    _Watcher.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Watcher)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api"
    finally:
        server.shutdown()
        server.server_close()


_INSIDE = """
    import json, os
    from prefect import flow, task, get_run_logger
    from prefect.client.orchestration import get_client as prefect_get_client
    from prefect_rest import get_client
    from prefect_rest.testing import isolated_server, prefect_test_harness

    @task
    def add(x, y):
        return x + y

    @flow
    def my_flow(x):
        get_run_logger().info("logging %s", x)
        return add(x, x)

    report = {}
    for name, block in (("harness", prefect_test_harness), ("isolated", isolated_server)):
        with block():
            assert my_flow(21) == 42
            with get_client(sync_client=True) as client:
                report[name + "_runs"] = len(client.read_flow_runs())
                report[name + "_url_is_loopback"] = str(client.api_url).startswith("http://127.0.0.1")
            with prefect_get_client(sync_client=True) as client:
                report[name + "_prefect_hello"] = client.hello().status_code
            report[name + "_key_inside"] = os.environ.get("PREFECT_API_KEY")
        report[name + "_url_after"] = os.environ.get("PREFECT_API_URL")
        report[name + "_key_after"] = os.environ.get("PREFECT_API_KEY")
    print(json.dumps(report))
"""


def test_nothing_reaches_prefect_home_or_the_api_url_server(tmp_path: Path, watcher: str) -> None:
    """Inside the blocks: no request to PREFECT_API_URL's server, PREFECT_HOME's database untouched."""
    template = _template()
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(template, home / "prefect.db")  # the user's database, watched
    before = hashlib.sha256((home / "prefect.db").read_bytes()).hexdigest()
    env = {
        **os.environ,
        "PYTHONPATH": _python_path(),
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": watcher,
        "PREFECT_API_KEY": "pnu_not-for-the-test-server",
        "PREFECT_REST_CACHE_DIR": str(template.parent),
    }
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_INSIDE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert _Watcher.seen == []
    assert hashlib.sha256((home / "prefect.db").read_bytes()).hexdigest() == before
    assert not (home / "prefect.db-wal").exists()
    for name in ("harness", "isolated"):
        assert report[f"{name}_runs"] == 1
        assert report[f"{name}_url_is_loopback"] is True
        assert report[f"{name}_prefect_hello"] == 200
        assert report[f"{name}_key_inside"] is None
        assert report[f"{name}_url_after"] == watcher  # restored exactly
        assert report[f"{name}_key_after"] == "pnu_not-for-the-test-server"
    assert not (home / "storage").exists()  # results went to the server's private dir


def test_overlapping_blocks_in_threads_keep_the_newest(unique: str) -> None:
    """A enters, B enters, A leaves: B keeps its own database; then the default comes back (#23)."""
    with SyncPrefectClient() as client:
        client.create_flow_from_name(f"{unique}-users-own")
    a_entered, b_entered, a_left, b_done = (threading.Event() for _ in range(4))
    seen: dict[str, object] = {}

    def block_a() -> None:
        with isolated_server():
            a_entered.set()
            b_entered.wait(60)
        a_left.set()

    def block_b() -> None:
        a_entered.wait(60)
        with isolated_server(), SyncPrefectClient() as client:
            client.create_flow_from_name(f"{unique}-in-b")
            b_entered.set()
            a_left.wait(60)
            seen["after_a_left"] = sorted(flow.name for flow in client.read_flows())
            client.create_flow_from_name(f"{unique}-in-b-later")
        b_done.set()

    threads = [threading.Thread(target=block_a), threading.Thread(target=block_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert b_done.is_set()
    assert seen["after_a_left"] == [f"{unique}-in-b"]
    with SyncPrefectClient() as client:
        assert client.read_flow_by_name(f"{unique}-users-own").name == f"{unique}-users-own"
        for name in (f"{unique}-in-b", f"{unique}-in-b-later"):
            with pytest.raises(ObjectNotFound):
                client.read_flow_by_name(name)


def _events_about(database: Path, name: str) -> int:
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            "SELECT count(*) FROM events WHERE resource LIKE ?", (f"%{name}%",)
        ).fetchone()
        return int(rows[0])
    finally:
        connection.close()


def test_events_made_in_a_block_stay_in_it(unique: str) -> None:
    """The flow-created event of a block's flow reaches neither the next block nor the default (#23)."""
    from prefect_rest.inprocess.process import get_server

    with isolated_server() as first, SyncPrefectClient() as client:
        client.create_flow_from_name(f"{unique}-inside")
    assert not first.path.exists()
    with isolated_server() as second, SyncPrefectClient() as client:
        client.create_flow_from_name(f"{unique}-second")
        deadline = time.monotonic() + 30
        while not _events_about(second.path, f"{unique}-second"):  # creating a flow makes one
            assert time.monotonic() < deadline, "no flow-created event was written"
            time.sleep(0.05)
        assert _events_about(second.path, f"{unique}-inside") == 0
    default = get_server().database
    assert default is not None
    with SyncPrefectClient() as client:  # a write and a flush interval on the default
        client.create_flow_from_name(f"{unique}-outside")
    assert _events_about(default, f"{unique}-inside") == 0
    assert _events_about(default, f"{unique}-second") == 0


def test_loopback_serves_a_write_again_after_a_busy_database(unique: str) -> None:
    """Prefect's busy-database 503 on the loopback port: the write is served again, routed anew."""
    import httpx
    from prefect_rest.inprocess import loopback_api_url
    from prefect_rest.inprocess.gate import BUSY_BODY
    from prefect_rest.inprocess.process import get_server

    url = loopback_api_url()
    server = get_server()
    real = server.app
    busy = {"left": 2}

    async def busy_twice(scope: dict, receive: object, send: object) -> None:  # type: ignore[type-arg]
        if scope["type"] != "http" or scope["method"] != "POST" or busy["left"] == 0:
            await real(scope, receive, send)
            return
        busy["left"] -= 1

        async def swallow(message: dict) -> None:  # type: ignore[type-arg]
            pass

        await real(scope, receive, swallow)  # routed (the scope is written into), then "busy"
        await send({"type": "http.response.start", "status": 503, "headers": []})  # type: ignore[operator]
        await send({"type": "http.response.body", "body": BUSY_BODY})  # type: ignore[operator]

    server.app = busy_twice
    try:
        response = httpx.post(f"{url}/flows/", json={"name": f"{unique}-busy"}, timeout=60)
    finally:
        server.app = real
    assert busy["left"] == 0
    assert response.status_code in (200, 201), response.text
    assert response.json()["name"] == f"{unique}-busy"
