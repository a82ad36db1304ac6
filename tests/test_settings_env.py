"""Settings from the environment for directly built clients, bad settings, proxies, httpx options.

``PrefectClient(url)`` and ``SyncPrefectClient(url)`` read the ``PREFECT_*``
variables as ``get_client`` does; explicit arguments win.  A bad value is an
``InvalidArgument`` naming the variable.  Behind ``HTTP_PROXY`` the client goes
through the proxy (a small real forward proxy on loopback counts what it carried),
and the transport options of ``httpx_settings`` are honoured.
"""

from __future__ import annotations

import http.server
import logging
import ssl
import threading
import uuid
from collections.abc import Iterator

import certifi
import httpx
import pytest
from faults import EPHEMERAL_URL, Faults, ephemeral_injector, respond, sync_ephemeral_injector
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import InvalidArgument, PrefectHTTPStatusError
from prefect_rest.settings import API_VERSION, Settings

pytestmark = pytest.mark.anyio

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A clean environment: no PREFECT_* variable, no proxy."""
    for var in (*Settings.ENV.values(), *PROXY_VARS, *(v.lower() for v in PROXY_VARS)):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("PREFECT_REST_RETRY_BASE_DELAY", "0.01")
    return monkeypatch


# --- directly built clients read the environment -------------------------------------


async def test_direct_async_client_reads_key_retries_headers_and_timeout(env):
    env.setenv("PREFECT_API_KEY", "pnu_from_env\n")  # as read from a mounted secret file
    env.setenv("PREFECT_CLIENT_MAX_RETRIES", "2")
    env.setenv("PREFECT_API_REQUEST_TIMEOUT", "7.5")
    env.setenv("PREFECT_CLIENT_CUSTOM_HEADERS", '{"X-Team": "data"}')
    faults = Faults(respond(503, method="GET", path="/flows/"))
    transport = await ephemeral_injector(faults)
    async with PrefectClient(EPHEMERAL_URL, httpx_settings={"transport": transport}) as c:
        assert c._http.timeout.read == 7.5
        with pytest.raises(PrefectHTTPStatusError, match="after 3 attempts"):
            await c.read_flow(uuid.uuid4())
    assert faults.sent("GET", "/flows/") == 3
    for seen in faults.seen():
        assert seen.headers["authorization"] == "Bearer pnu_from_env"
        assert seen.headers["x-team"] == "data"


def test_direct_sync_client_reads_the_environment_and_explicit_arguments_win(env):
    env.setenv("PREFECT_API_KEY", "pnu_from_env")
    env.setenv("PREFECT_API_AUTH_STRING", "env:auth")
    env.setenv("PREFECT_CLIENT_MAX_RETRIES", "1")
    faults = Faults(respond(503, method="GET", path="/flows/"))
    with (
        SyncPrefectClient(
            EPHEMERAL_URL,
            api_key="pnu_explicit",
            httpx_settings={"transport": sync_ephemeral_injector(faults)},
        ) as c,
        pytest.raises(PrefectHTTPStatusError, match="after 2 attempts"),
    ):
        c.read_flow(uuid.uuid4())
    assert {s.headers["authorization"] for s in faults.seen()} == {"Bearer pnu_explicit"}


async def test_csrf_setting_is_read_by_a_direct_client(env):
    env.setenv("PREFECT_CLIENT_CSRF_SUPPORT_ENABLED", "false")
    assert PrefectClient(EPHEMERAL_URL)._csrf_supported is False
    assert SyncPrefectClient(EPHEMERAL_URL)._csrf_supported is False
    env.setenv("PREFECT_CLIENT_CSRF_SUPPORT_ENABLED", "true")
    assert PrefectClient(EPHEMERAL_URL)._csrf_supported is True


async def test_tls_and_http2_settings_reach_the_transport(env):
    env.setenv("PREFECT_API_SSL_CERT_FILE", certifi.where())
    env.setenv("PREFECT_API_ENABLE_HTTP2", "true")
    async with PrefectClient("https://prefect.invalid/api") as c:
        pool = c._http._transport._pool
        assert pool._http2 is True
        assert pool._ssl_context.verify_mode == ssl.CERT_REQUIRED
    env.setenv("PREFECT_API_TLS_INSECURE_SKIP_VERIFY", "true")
    with SyncPrefectClient("https://prefect.invalid/api") as sc:
        assert sc._http._transport._pool._ssl_context.verify_mode == ssl.CERT_NONE


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("PREFECT_CLIENT_CUSTOM_HEADERS", '["X-Team", "data"]'),
        ("PREFECT_CLIENT_CUSTOM_HEADERS", '{"X-Count": 3}'),
        ("PREFECT_CLIENT_CUSTOM_HEADERS", "{not json"),
        ("PREFECT_API_SSL_CERT_FILE", "/nonexistent/ca.pem"),
        ("PREFECT_API_REQUEST_TIMEOUT", "-1"),
        ("PREFECT_API_REQUEST_TIMEOUT", "nan"),
        ("PREFECT_REST_RETRY_BASE_DELAY", "-0.5"),
        ("PREFECT_CLIENT_MAX_RETRIES", "-1"),
        ("PREFECT_API_TLS_INSECURE_SKIP_VERIFY", "maybe"),
        ("PREFECT_API_ENABLE_HTTP2", "sometimes"),
    ],
)
@pytest.mark.parametrize("cls", [PrefectClient, SyncPrefectClient])
def test_a_bad_setting_is_invalid_argument_naming_the_variable(env, cls, var, value):
    env.setenv(var, value)
    with pytest.raises(InvalidArgument, match=var):
        cls("http://127.0.0.1:4200/api")


@pytest.mark.parametrize(
    ("field", "value"),
    [("request_timeout", -3.0), ("retry_base_delay", -1.0), ("custom_headers", {"a": 1})],
)
def test_a_bad_settings_object_is_invalid_argument_naming_the_field(field, value):
    with pytest.raises(InvalidArgument, match=field):
        Settings(**{field: value})


@pytest.mark.parametrize(
    "name", ["User-Agent", "x-prefect-api-version", "Prefect-Csrf-Token", "prefect-csrf-client"]
)
async def test_custom_headers_cannot_replace_the_clients_own(env, caplog, name):
    env.setenv("PREFECT_CLIENT_CUSTOM_HEADERS", f'{{"{name}": "forged", "X-Ok": "yes"}}')
    faults = Faults()
    transport = await ephemeral_injector(faults)
    with caplog.at_level(logging.WARNING, logger="prefect_rest"):
        client = PrefectClient(EPHEMERAL_URL, httpx_settings={"transport": transport})
    assert any(name in r.getMessage() and "ignored" in r.getMessage() for r in caplog.records)
    async with client as c:
        await c.create_flow_from_name(f"headers-{uuid.uuid4().hex[:8]}")
    for seen in faults.seen():
        assert seen.headers["x-ok"] == "yes"
        assert seen.headers["x-prefect-api-version"] == API_VERSION
        assert "forged" not in seen.headers.get(name, "")


# --- proxies and httpx transport options ---------------------------------------------


class _ForwardProxy(http.server.BaseHTTPRequestHandler):
    """A plain-HTTP forward proxy: absolute-form request in, origin request out."""

    carried: list[str]

    def _forward(self) -> None:
        self.carried.append(f"{self.command} {self.path}")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        with httpx.Client(trust_env=False) as upstream:
            answer = upstream.request(self.command, self.path, headers=headers, content=body)
        self.send_response(answer.status_code)
        for key, value in answer.headers.items():
            if key.lower() not in (
                "content-length",
                "transfer-encoding",
                "connection",
                "content-encoding",
            ):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _forward

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def forward_proxy() -> Iterator[tuple[str, list[str]]]:
    carried: list[str] = []
    handler = type("P", (_ForwardProxy,), {"carried": carried})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", carried
    server.shutdown()
    server.server_close()


async def test_http_proxy_from_the_environment_is_used(env, forward_proxy, live_server_url, unique):
    proxy, carried = forward_proxy
    env.setenv("HTTP_PROXY", proxy)
    async with PrefectClient(live_server_url) as c:
        flow_id = await c.create_flow_from_name(unique)
        assert (await c.read_flow(flow_id)).name == unique
    assert any(line.startswith("POST http://127.0.0.1") for line in carried), carried
    assert any(f"/flows/{flow_id}" in line for line in carried)


def test_sync_http_proxy_and_no_proxy(env, forward_proxy, live_server_url):
    proxy, carried = forward_proxy
    env.setenv("HTTP_PROXY", proxy)
    with SyncPrefectClient(live_server_url) as c:
        c.hello()
    assert len(carried) == 1
    env.setenv("NO_PROXY", "127.0.0.1")
    with SyncPrefectClient(live_server_url) as c:
        c.hello()
    assert len(carried) == 1  # not through the proxy


async def test_httpx_settings_proxy_and_trust_env(env, forward_proxy, live_server_url):
    proxy, carried = forward_proxy
    async with PrefectClient(live_server_url, httpx_settings={"proxy": proxy}) as c:
        await c.hello()
    assert len(carried) == 1
    env.setenv("HTTP_PROXY", proxy)
    async with PrefectClient(live_server_url, httpx_settings={"trust_env": False}) as c:
        await c.hello()
    assert len(carried) == 1  # trust_env=False: the environment's proxy is not used


async def test_httpx_settings_transport_options_are_honoured(env):
    ctx = ssl.create_default_context()
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=2)
    async with PrefectClient(
        "https://prefect.invalid/api",
        httpx_settings={"verify": ctx, "limits": limits, "http2": True},
    ) as c:
        pool = c._http._transport._pool
        assert pool._ssl_context is ctx
        assert pool._max_connections == 3 and pool._max_keepalive_connections == 2
        assert pool._http2 is True
