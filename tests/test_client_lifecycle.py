"""Client lifecycle (enter once, never reopen) and ``get_client`` from the environment."""

from __future__ import annotations

import base64
import signal
import threading
import uuid
from typing import Any

import anyio
import pytest
from faults import (
    EPHEMERAL_URL,
    Faults,
    ephemeral_injector,
    respond,
    sync_ephemeral_injector,
)
from prefect_rest import PrefectClient, SyncPrefectClient, get_client
from prefect_rest.exceptions import (
    ClientStateError,
    InvalidArgument,
    ObjectNotFound,
    PrefectHTTPStatusError,
    PrefectRestError,
)
from prefect_rest.settings import API_VERSION, Settings

pytestmark = pytest.mark.anyio

SETTINGS = Settings(max_retries=0)


# --- async -----------------------------------------------------------------------------


async def test_async_calling_before_entering_sends_nothing():
    faults = Faults()
    client = PrefectClient(
        EPHEMERAL_URL,
        settings=SETTINGS,
        httpx_settings={"transport": await ephemeral_injector(faults)},
    )
    with pytest.raises(ClientStateError, match="not started"):
        await client.hello()
    with pytest.raises(ClientStateError, match="not started"):
        await client.read_flow(uuid.uuid4())
    assert faults.sent() == 0
    async with client:  # a client that was refused a call still starts normally
        assert (await client.hello()).status_code == 200
    assert faults.sent() == 1


async def test_async_nested_blocks_are_counted_and_the_last_exit_closes():
    """As Prefect's client: re-entering an open client is allowed (it was refused)."""
    async with PrefectClient(None, settings=SETTINGS) as client:
        async with client as inner:
            assert inner is client
            async with client:
                assert (await client.hello()).status_code == 200
            assert (await client.hello()).status_code == 200  # still open
        assert (await client.hello()).status_code == 200
    with pytest.raises(ClientStateError, match="closed"):
        await client.hello()
    with pytest.raises(RuntimeError, match="cannot be started again after closing"):
        async with client:
            pass  # pragma: no cover


def test_async_client_refuses_plain_with_in_prefects_words():
    with pytest.raises(RuntimeError, match="must be entered with an async context"):
        PrefectClient(None, settings=SETTINGS).__enter__()


async def test_async_closed_client_cannot_be_reused_or_reentered():
    client = PrefectClient(None, settings=SETTINGS)
    async with client:
        await client.hello()
    assert "closed" in repr(client)
    with pytest.raises(ClientStateError, match="closed"):
        await client.hello()
    with pytest.raises(ClientStateError, match="cannot be started again after closing"):
        async with client:
            pass  # pragma: no cover


# --- sync ------------------------------------------------------------------------------


def test_sync_calling_before_entering_sends_nothing():
    faults = Faults()
    client = SyncPrefectClient(
        EPHEMERAL_URL,
        settings=SETTINGS,
        httpx_settings={"transport": sync_ephemeral_injector(faults)},
    )
    with pytest.raises(ClientStateError, match="not started"):
        client.hello()
    assert faults.sent() == 0
    with client:
        assert client.hello().status_code == 200


def test_sync_nested_blocks_counted_closed_reuse():
    client = SyncPrefectClient(None, settings=SETTINGS)
    with client:
        with client:
            assert client.hello().status_code == 200
        assert client.hello().status_code == 200  # the outer block still holds it
    with pytest.raises(ClientStateError, match="closed"):
        client.hello()
    with pytest.raises(ClientStateError, match="cannot be started again after closing"):
        client.__enter__()


# --- a transport given for the in-process server ------------------------------------------


async def test_async_in_process_client_takes_a_given_transport():
    """``httpx_settings["transport"]`` must not crash a client without a URL.

    Today it raises a raw ``TypeError`` (``httpx.AsyncClient() got multiple values
    for keyword argument 'transport'``): the option is popped only for URL clients.
    """
    faults = Faults()
    transport = await ephemeral_injector(faults)
    async with PrefectClient(None, settings=SETTINGS, httpx_settings={"transport": transport}) as c:
        assert (await c.hello()).status_code == 200
    assert faults.sent("GET", "/hello") == 1


def test_sync_in_process_client_takes_a_given_transport():
    faults = Faults()
    transport = sync_ephemeral_injector(faults)
    with SyncPrefectClient(None, settings=SETTINGS, httpx_settings={"transport": transport}) as c:
        assert c.hello().status_code == 200
    assert faults.sent("GET", "/hello") == 1


def _options(with_params: bool, hook) -> dict:
    options = {
        "headers": {"X-Team": "blue"},
        "cookies": {"lb": "node-2"},
        "timeout": 7.5,
        "event_hooks": {"request": [hook]},
    }
    if with_params:  # client-level query params take httpx's own request builder
        options["params"] = {"trace": "on"}
    return options


def _check_sent(seen: list, with_params: bool) -> None:
    flows = [(r.method, r.url.path[:11]) for r in seen if "/flows/" in r.url.path]
    assert flows == [("POST", "/api/flows/"), ("GET", "/api/flows/")]
    for request in seen:  # the CSRF token request too
        assert request.url.host == "ephemeral-prefect"
        assert request.headers["X-Team"] == "blue"
        assert request.headers["X-PREFECT-API-VERSION"] == API_VERSION
        assert request.headers["Cookie"] == "lb=node-2"
        assert request.extensions["timeout"]["read"] == 7.5
        assert request.url.params.get("trace") == ("on" if with_params else None)


@pytest.mark.parametrize("with_params", [False, True])
async def test_async_httpx_settings_reach_every_request(with_params, unique):
    seen: list = []

    async def hook(request):
        seen.append(request)

    options = _options(with_params, hook)
    async with PrefectClient(None, settings=SETTINGS, httpx_settings=options) as c:
        flow_id = await c.create_flow_from_name(unique)
        assert (await c.read_flow(flow_id)).id == flow_id
    _check_sent(seen, with_params)


@pytest.mark.parametrize("with_params", [False, True])
def test_sync_httpx_settings_reach_every_request(with_params, unique):
    seen: list = []
    options = _options(with_params, seen.append)
    with SyncPrefectClient(None, settings=SETTINGS, httpx_settings=options) as c:
        flow_id = c.create_flow_from_name(unique)
        assert c.read_flow(flow_id).id == flow_id
    _check_sent(seen, with_params)


# --- get_client and the environment ---------------------------------------------------------


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for var in Settings.ENV.values():
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("PREFECT_API_URL", EPHEMERAL_URL)
    monkeypatch.setenv("PREFECT_REST_RETRY_BASE_DELAY", "0.01")
    return monkeypatch


async def test_get_client_reads_url_key_and_retries_from_env(env):
    env.setenv("PREFECT_API_KEY", "pnu_env_key")
    env.setenv("PREFECT_CLIENT_MAX_RETRIES", "2")
    faults = Faults(respond(503, method="GET", path="/flows/"))
    transport = await ephemeral_injector(faults)
    async with get_client(httpx_settings={"transport": transport}) as client:
        assert str(client.api_url) == EPHEMERAL_URL + "/"
        assert (await client.hello()).status_code == 200
        with pytest.raises(PrefectHTTPStatusError, match="after 3 attempts"):
            await client.read_flow(uuid.uuid4())
    assert faults.sent("GET", "/flows/") == 3  # PREFECT_CLIENT_MAX_RETRIES=2: 1 + 2 tries
    for seen in faults.seen():
        assert seen.headers["x-prefect-api-version"] == API_VERSION
        assert seen.headers["authorization"] == "Bearer pnu_env_key"


def test_sync_get_client_basic_auth_wins_over_the_key(env):
    env.setenv("PREFECT_API_KEY", "pnu_env_key")
    env.setenv("PREFECT_API_AUTH_STRING", "user:pass")
    env.setenv("PREFECT_CLIENT_MAX_RETRIES", "0")
    faults = Faults(respond(503, method="GET", path="/flows/"))
    transport = sync_ephemeral_injector(faults)
    with get_client(httpx_settings={"transport": transport}, sync_client=True) as client:
        assert isinstance(client, SyncPrefectClient)
        assert client.hello().status_code == 200
        with pytest.raises(PrefectHTTPStatusError, match="503"):
            client.read_flow(uuid.uuid4())
    assert faults.sent("GET", "/flows/") == 1  # no retries
    expected = "Basic " + base64.b64encode(b"user:pass").decode()
    assert {s.headers["authorization"] for s in faults.seen()} == {expected}
    assert {s.headers["x-prefect-api-version"] for s in faults.seen()} == {API_VERSION}


async def test_get_client_without_url_uses_the_in_process_server(env):
    env.delenv("PREFECT_API_URL")
    async with get_client() as client:
        assert str(client.api_url).startswith(EPHEMERAL_URL)
        assert (await client.hello()).status_code == 200


def test_get_client_refuses_a_bad_variable_by_name(env):
    env.setenv("PREFECT_CLIENT_MAX_RETRIES", "many")
    with pytest.raises(InvalidArgument, match="PREFECT_CLIENT_MAX_RETRIES"):
        get_client()


# --- Ctrl-C with SyncPrefectClient(app) -------------------------------------------------------


def _slow_app(arrived: threading.Event, outcome: list[str]) -> Any:
    """An ASGI app whose /hello answers after 5 s, recording whether it finished or was cancelled."""

    async def app(scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                kind = message["type"].rpartition(".")[2]
                await send({"type": f"lifespan.{kind}.complete"})
                if kind == "shutdown":
                    return
        arrived.set()
        try:
            await anyio.sleep(5)
        except anyio.get_cancelled_exc_class():
            outcome.append("cancelled")
            raise
        outcome.append("finished")
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b'"late"'})

    return app


def test_ctrl_c_leaves_the_with_block_without_waiting_for_the_app():
    arrived = threading.Event()
    outcome: list[str] = []

    main = threading.main_thread().ident
    assert main is not None

    def interrupt() -> None:
        if arrived.wait(30):
            # What Ctrl-C does, sent to the main thread itself: a process-wide SIGINT may
            # land on another thread, and CPython then wakes the main thread only when its
            # wait ends (here when the app answers, 5 s later).
            signal.pthread_kill(main, signal.SIGINT)

    # Python's own Ctrl-C handler, whatever this process inherited (a job started with
    # `&` by a non-interactive shell has SIGINT ignored, and Python keeps it ignored).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    threading.Thread(target=interrupt, daemon=True).start()
    try:
        with (
            pytest.raises(KeyboardInterrupt),
            SyncPrefectClient(_slow_app(arrived, outcome), settings=SETTINGS) as client,
        ):
            client.hello()
    finally:
        signal.signal(signal.SIGINT, previous)
    # Leaving the block cancelled the request on the app's loop instead of waiting for it.
    assert outcome == ["cancelled"]


def test_closing_cancels_a_request_pending_in_another_thread():
    arrived = threading.Event()
    outcome: list[str] = []
    errors: list[BaseException] = []
    client = SyncPrefectClient(_slow_app(arrived, outcome), settings=SETTINGS)
    client.__enter__()

    def call() -> None:
        try:
            client.hello()
        except BaseException as exc:
            errors.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    assert arrived.wait(30)
    client.__exit__(None, None, None)
    caller.join(30)
    assert outcome == ["cancelled"]
    assert len(errors) == 1 and isinstance(errors[0], PrefectRestError), errors


def test_api_root_without_a_path_joins_with_a_slash() -> None:
    """``PrefectClient("http://host:port")`` sends to ``/flows/...``, not to port ``9flows``."""
    import httpx

    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(404, json={"detail": "Flow not found"})

    flow_id = uuid.uuid4()
    settings = Settings(max_retries=0)
    with (
        SyncPrefectClient(
            "http://127.0.0.1:9",
            settings=settings,
            httpx_settings={"transport": httpx.MockTransport(answer)},
        ) as client,
        pytest.raises(ObjectNotFound),
    ):
        client.read_flow(flow_id)
    assert seen == [f"http://127.0.0.1:9/flows/{flow_id}"]
