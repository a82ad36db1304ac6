"""Client behaviour code written for Prefect 3.8.8's ``PrefectClient`` relies on (issue 10).

``hello`` raises on an error status, the version check compares with
``client_version()``, the constructor takes Prefect's keywords, ``PrefectClient(app)``
runs the app's lifespan, redirects are followed without forwarding credentials to
another host, and ``with`` on the async client says what to write instead.
"""

from __future__ import annotations

import http.server
import inspect
import json
import logging
import threading
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
from faults import EPHEMERAL_URL, Faults, ephemeral_injector, respond, sync_ephemeral_injector
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import (
    ClientStateError,
    ObjectNotFound,
    PrefectHTTPStatusError,
    PrefectRestError,
    ServerVersionMismatch,
)
from prefect_rest.settings import ServerType, Settings

pytestmark = pytest.mark.anyio

FAST = Settings(max_retries=0)


# --- hello and the version check ---------------------------------------------------


@pytest.mark.parametrize(("status", "cls"), [(500, PrefectHTTPStatusError), (404, ObjectNotFound)])
async def test_hello_raises_on_an_error_status(status, cls):
    faults = Faults(respond(status, method="GET", path="/hello"))
    transport = await ephemeral_injector(faults)
    async with PrefectClient(
        EPHEMERAL_URL, settings=FAST, httpx_settings={"transport": transport}
    ) as c:
        with pytest.raises(cls, match=f"hello: GET .*/hello answered {status}"):
            await c.hello()
        faults.clear()
        assert (await c.hello()).status_code == 200


def test_sync_hello_raises_on_an_error_status():
    faults = Faults(respond(500, method="GET", path="/hello"))
    with (
        SyncPrefectClient(
            EPHEMERAL_URL,
            settings=FAST,
            httpx_settings={"transport": sync_ephemeral_injector(faults)},
        ) as c,
        pytest.raises(PrefectHTTPStatusError, match="500"),
    ):
        c.hello()


def _version_server(release: str) -> tuple[httpx.MockTransport, list[str]]:
    # Another release is what the real server cannot be on demand: fake its answer.
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        return httpx.Response(200, json=release)

    return httpx.MockTransport(handler), asked


@pytest.mark.parametrize("release", ["4.0.0", "2.20.25"])
async def test_another_major_is_a_runtime_error_naming_both(release):
    transport, _ = _version_server(release)
    async with PrefectClient(
        "http://other.test/api", settings=FAST, httpx_settings={"transport": transport}
    ) as c:
        with pytest.raises(ServerVersionMismatch) as info:
            await c.raise_for_api_version_mismatch()
    assert isinstance(info.value, RuntimeError)
    assert isinstance(info.value, PrefectRestError)
    assert f"client: {c.client_version()}, server: {release}" in str(info.value)


@pytest.mark.parametrize(
    ("release", "warned"), [("3.7.2", True), ("3.8.8", False), ("3.9.0", False)]
)
async def test_an_older_server_of_the_same_major_is_a_warning(caplog, release, warned):
    transport, _ = _version_server(release)
    async with PrefectClient(
        "http://other.test/api", settings=FAST, httpx_settings={"transport": transport}
    ) as c:
        with caplog.at_level(logging.WARNING, logger="prefect_rest"):
            await c.raise_for_api_version_mismatch()
    messages = [r.getMessage() for r in caplog.records if r.name == "prefect_rest"]
    if warned:  # Prefect 3.8.8's sentence, which its tests match
        expected = (
            "Your Prefect server is running an older version of Prefect than your client "
            "which may result in unexpected behavior. Please upgrade your Prefect server "
            f"from version {release} to version {c.client_version()} or higher."
        )
        assert any(m.startswith(expected) for m in messages), messages
    else:
        assert not messages


async def test_client_version_is_what_the_check_compares_with():
    transport, _ = _version_server("3.8.8")

    class Newer(PrefectClient):
        def client_version(self) -> str:
            return "4.1.0"

    async with Newer(
        "http://other.test/api", settings=FAST, httpx_settings={"transport": transport}
    ) as c:
        with pytest.raises(ServerVersionMismatch, match=r"client: 4\.1\.0, server: 3\.8\.8"):
            await c.raise_for_api_version_mismatch()


async def test_prefect_cloud_is_not_version_checked():
    transport, asked = _version_server("1.0.0")
    async with PrefectClient(
        "https://api.prefect.cloud/api/accounts/a/workspaces/w",
        settings=FAST,
        httpx_settings={"transport": transport},
    ) as c:
        assert c.server_type == ServerType.CLOUD
        await c.raise_for_api_version_mismatch()
        await c.raise_for_api_version_mismatch_once()
    assert asked == []


# --- the constructor ---------------------------------------------------------------


@pytest.mark.parametrize("ours", [PrefectClient, SyncPrefectClient])
def test_constructor_takes_prefects_parameters_in_its_order(ours):
    from prefect.client import orchestration

    theirs = getattr(orchestration, ours.__name__)
    expected = [(p.name, p.kind) for p in inspect.signature(theirs.__init__).parameters.values()]
    got = [(p.name, p.kind) for p in inspect.signature(ours.__init__).parameters.values()]
    assert got[: len(expected)] == expected
    assert [name for name, _ in got[len(expected) :]] == ["settings"]  # ours, keyword-only


def test_server_type_as_prefect_sets_it():
    from prefect.client.base import ServerType as PrefectServerType

    assert PrefectClient("http://127.0.0.1:4200/api").server_type == ServerType.SERVER
    assert PrefectClient(None).server_type == ServerType.EPHEMERAL
    assert SyncPrefectClient(_lifespan_app([])).server_type == ServerType.EPHEMERAL
    assert PrefectClient("https://api.prefect.cloud/api/x").server_type == ServerType.CLOUD
    given = PrefectClient("http://127.0.0.1:4200/api", server_type=PrefectServerType.CLOUD)
    assert given.server_type == ServerType.CLOUD and given.server_type == "CLOUD"
    assert SyncPrefectClient("http://x/api", server_type="EPHEMERAL").server_type == "EPHEMERAL"


async def test_auth_string_argument_is_sent_as_basic_and_wins_over_the_key():
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(200, json="hi")

    async with PrefectClient(
        "http://other.test/api",
        auth_string="user:pw",
        api_key="pnu_key",
        settings=FAST,
        httpx_settings={"transport": httpx.MockTransport(handler)},
    ) as c:
        await c.hello()
    assert seen == ["Basic dXNlcjpwdw=="]


def test_with_on_the_async_client_says_what_to_write():
    client = PrefectClient("http://127.0.0.1:4200/api")
    with pytest.raises(RuntimeError, match=r"async with.*sync_client=True") as info, client:
        pass
    assert isinstance(info.value, ClientStateError)


# --- PrefectClient(app) runs the app's lifespan ---------------------------------------


def _lifespan_app(events: list[str], fail_startup: bool = False) -> Any:
    """A minimal ASGI app: a lifespan that records its events, and ``GET /api/hello``."""

    async def app(scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    events.append("startup")
                    if fail_startup:
                        raise OSError("no database")
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    events.append("shutdown")
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        body = json.dumps("ready" if "startup" in events else "not started").encode()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return app


async def test_app_lifespan_runs_once_around_the_client():
    events: list[str] = []
    app = _lifespan_app(events)
    async with PrefectClient(app, settings=FAST) as c:
        assert events == ["startup"]
        assert (await c.hello()).json() == "ready"
    assert events == ["startup", "shutdown"]


async def test_nested_clients_on_one_app_share_one_lifespan():
    events: list[str] = []
    app = _lifespan_app(events)
    async with PrefectClient(app, settings=FAST) as outer:
        async with PrefectClient(app, settings=FAST) as inner:
            await inner.hello()
        assert events == ["startup"]  # the inner client left it running for the outer one
        await outer.hello()
    assert events == ["startup", "shutdown"]


async def test_lifespan_shuts_down_when_the_block_raises_or_is_cancelled():
    events: list[str] = []
    app = _lifespan_app(events)
    with pytest.raises(ZeroDivisionError):
        async with PrefectClient(app, settings=FAST):
            1 / 0  # noqa: B018
    assert events == ["startup", "shutdown"]
    with anyio.CancelScope() as scope:
        async with PrefectClient(app, settings=FAST):
            scope.cancel()
            await anyio.sleep(10)
    assert events == ["startup", "shutdown"] * 2


async def test_a_failing_startup_is_a_prefect_rest_error():
    app = _lifespan_app([], fail_startup=True)
    with pytest.raises(PrefectRestError, match="lifespan startup failed: OSError: no database"):
        async with PrefectClient(app, settings=FAST):
            pass


def test_sync_client_runs_the_app_lifespan():
    events: list[str] = []
    with SyncPrefectClient(_lifespan_app(events), settings=FAST) as c:
        assert c.hello().json() == "ready"
    assert events == ["startup", "shutdown"]


# --- redirects ---------------------------------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list[tuple[str, str | None]]
    location: str | None = None

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("Authorization")))
        if self.location:
            self.send_response(307)
            self.send_header("Location", self.location + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b'"hello"'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _serve(location: str | None) -> tuple[http.server.HTTPServer, list]:
    seen: list = []
    handler = type("H", (_Recorder,), {"seen": seen, "location": location})
    server = http.server.HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, seen


@pytest.fixture
def redirecting() -> Iterator[tuple[str, list, list]]:
    """Server A redirects every request to server B (another port: another origin)."""
    b, seen_b = _serve(None)
    a, seen_a = _serve(f"http://localhost:{b.server_address[1]}")
    yield f"http://127.0.0.1:{a.server_address[1]}/api", seen_a, seen_b
    for server in (a, b):
        server.shutdown()
        server.server_close()


async def test_redirects_are_followed_without_the_key_to_another_host(redirecting):
    url, seen_a, seen_b = redirecting
    async with PrefectClient(url, api_key="pnu_redirect_key", settings=FAST) as c:
        assert (await c.hello()).json() == "hello"
    assert seen_a == [("/api/hello", "Bearer pnu_redirect_key")]
    assert seen_b == [("/api/hello", None)]


def test_sync_redirects_are_followed_without_the_key_to_another_host(redirecting):
    url, _, seen_b = redirecting
    with SyncPrefectClient(url, api_key="pnu_redirect_key", settings=FAST) as c:
        assert c.hello().json() == "hello"
    assert seen_b == [("/api/hello", None)]


async def test_without_asgi_lifespan_the_error_says_what_to_install(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "asgi_lifespan", None)  # as if not installed
    with pytest.raises(PrefectRestError, match=r"prefect-rest\[ephemeral\]"):
        async with PrefectClient(_lifespan_app([]), settings=FAST):
            pass
