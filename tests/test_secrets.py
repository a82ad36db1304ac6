"""The API key and the auth string are sent, and never shown.

Never in ``repr``/``str`` of a client or its ``Settings``, of any error (HTTP
401/403/404/500, transport errors; with their causes and tracebacks), nor in any
log record at DEBUG level (every logger, httpx and httpcore included). The
``Authorization`` header is asserted at the injector, so hiding it does not
mean not sending it.
"""

from __future__ import annotations

import base64
import logging
import socket
import traceback
import uuid

import pytest
from faults import (
    EPHEMERAL_URL,
    FaultProxy,
    Faults,
    ephemeral_injector,
    fault,
    respond,
    sync_ephemeral_injector,
)
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import (
    AuthorizationError,
    ObjectNotFound,
    PrefectHTTPStatusError,
    PrefectRestError,
    PrefectTransportError,
)
from prefect_rest.settings import Settings

pytestmark = pytest.mark.anyio

KEY = "pnu_TopSecretKey0123456789abcdef"
AUTH = "admin:Hunter2-secret-pass"
BASIC = base64.b64encode(AUTH.encode()).decode()
SECRETS = (KEY, AUTH, BASIC, "Hunter2", "TopSecretKey")

LOGGERS = ("", "httpx", "httpcore", "prefect_rest", "prefect", "asyncio", "anyio")


def _fast(**kw: object) -> Settings:
    return Settings(max_retries=1, retry_base_delay=0.01, retry_jitter_factor=0.0, **kw)  # type: ignore[arg-type]


def assert_hidden(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"secret {secret[:6]}... shown in: {text[:300]}"


def everything_about(exc: BaseException) -> list[str]:
    """Every text an error shows: str, repr, args, causes, the formatted traceback."""
    texts = ["".join(traceback.format_exception(exc))]
    seen: BaseException | None = exc
    while seen is not None:
        texts += [str(seen), repr(seen), *map(repr, seen.args)]
        for attr in ("request", "response"):
            value = getattr(seen, attr, None)
            if value is not None:
                texts.append(repr(value))
        seen = seen.__cause__ or seen.__context__
    return texts


def log_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    texts = [caplog.text]
    for record in caplog.records:
        texts += [record.getMessage(), repr(record.args), str(record.exc_text or "")]
    return texts


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


ERRORS = [
    pytest.param(401, AuthorizationError, id="401"),
    pytest.param(403, AuthorizationError, id="403"),
    pytest.param(404, ObjectNotFound, id="404"),
    pytest.param(500, PrefectHTTPStatusError, id="500"),
]


def test_settings_and_client_reprs_hide_secrets():
    settings = Settings(api_key=KEY, auth_string=AUTH)
    assert_hidden(repr(settings), str(settings), f"{settings}", f"{settings!r}")
    assert "api_key=***" in repr(settings) and "auth_string=***" in repr(settings)
    env = Settings.from_env({"PREFECT_API_KEY": KEY, "PREFECT_API_AUTH_STRING": AUTH})
    assert_hidden(repr(env), str(env))
    for client in (
        PrefectClient(EPHEMERAL_URL, api_key=KEY, settings=settings),
        SyncPrefectClient(EPHEMERAL_URL, api_key=KEY, settings=settings),
    ):
        assert_hidden(repr(client), str(client), f"{client}")


@pytest.mark.parametrize(("status", "cls"), ERRORS)
async def test_http_errors_hide_the_key_which_is_sent(debug_logs, status, cls):
    faults = Faults(respond(status, json_body={"detail": "nope"}, method="GET"))
    transport = await ephemeral_injector(faults)
    async with PrefectClient(
        EPHEMERAL_URL, api_key=KEY, settings=_fast(), httpx_settings={"transport": transport}
    ) as client:
        assert_hidden(repr(client), str(client))
        with pytest.raises(cls) as info:
            await client.read_flow(uuid.uuid4())
    assert info.value.status_code == status
    assert_hidden(*everything_about(info.value), *log_texts(debug_logs))
    assert [s.headers["authorization"] for s in faults.seen("GET")] == [f"Bearer {KEY}"]


@pytest.mark.parametrize(("status", "cls"), ERRORS)
def test_sync_http_errors_hide_the_auth_string_which_is_sent(debug_logs, status, cls):
    faults = Faults(respond(status, method="GET"))
    settings = _fast(api_key=KEY, auth_string=AUTH)
    with SyncPrefectClient(
        EPHEMERAL_URL,
        settings=settings,
        httpx_settings={"transport": sync_ephemeral_injector(faults)},
    ) as client:
        with pytest.raises(cls) as info:
            client.read_flow(uuid.uuid4())
        assert_hidden(repr(client), str(client))
    assert_hidden(*everything_about(info.value), *log_texts(debug_logs))
    assert faults.seen("GET")[0].headers["authorization"] == f"Basic {BASIC}"


@pytest.mark.parametrize("kind", ["refuse", "reset_after"])
async def test_transport_errors_hide_the_key(debug_logs, kind):
    faults = Faults(fault(kind, method="POST", path="/flows/"))
    transport = await ephemeral_injector(faults)
    async with PrefectClient(
        EPHEMERAL_URL,
        api_key=KEY,
        settings=_fast(auth_string=AUTH),
        httpx_settings={"transport": transport},
    ) as client:
        with pytest.raises(PrefectTransportError) as info:
            await client.create_flow_from_name(f"secrets-{uuid.uuid4().hex[:8]}")
    assert_hidden(*everything_about(info.value), *log_texts(debug_logs))
    assert all(s.headers["authorization"] == f"Basic {BASIC}" for s in faults.seen())


async def test_real_network_errors_and_logs_hide_the_key(debug_logs):
    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with PrefectClient(
        f"http://127.0.0.1:{port}/api", api_key=KEY, settings=_fast(auth_string=AUTH)
    ) as client:
        with pytest.raises(PrefectTransportError, match="ConnectError") as info:
            await client.read_flow(uuid.uuid4())
        assert_hidden(repr(client))
    assert "after 2 attempt(s)" in str(info.value)  # refused: retried, then given up
    assert_hidden(*everything_about(info.value), *log_texts(debug_logs))
    assert any("httpcore" in r.name for r in debug_logs.records)  # DEBUG logs were on


@pytest.mark.server
def test_over_the_wire_logs_and_errors_hide_the_key(live_server_url, debug_logs):
    with FaultProxy(live_server_url) as proxy:
        proxy.faults.add(
            respond(401, json_body={"detail": "bad key"}, method="GET", path="/flows/"),
            fault("reset_after", method="POST", path="/flows/"),
        )
        with SyncPrefectClient(proxy.url, api_key=KEY, settings=_fast()) as client:
            assert client.hello().status_code == 200
            with pytest.raises(AuthorizationError) as denied:
                client.read_flow(uuid.uuid4())
            with pytest.raises(PrefectTransportError) as dropped:
                client.create_flow_from_name(f"secrets-{uuid.uuid4().hex[:8]}")
    for exc in (denied.value, dropped.value):
        assert isinstance(exc, PrefectRestError)
        assert_hidden(*everything_about(exc))
    assert_hidden(*log_texts(debug_logs))
    assert {s.headers["authorization"] for s in proxy.faults.seen()} == {f"Bearer {KEY}"}
