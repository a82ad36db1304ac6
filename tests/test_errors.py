"""Every error is a PrefectRestError, pickles without secrets; retries are logged; secrets hidden.

Raw exceptions that escaped before (issue 12): RecursionError from a deep error
body or deep parameters, ``httpx.DecodingError``, ``httpx.TooManyRedirects``,
``OverflowError`` from an absurd ``Retry-After`` date, ``httpx.InvalidURL`` for a
huge name, ``UnicodeEncodeError`` for a lone surrogate, and ``RuntimeError`` when
one thread closes the client while another waits between retries.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest
from faults import (
    EPHEMERAL_URL,
    Faults,
    ephemeral_injector,
    respond,
    sync_ephemeral_injector,
)
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest import models as m
from prefect_rest.exceptions import (
    ClientStateError,
    InvalidArgument,
    ObjectNotFound,
    PrefectHTTPStatusError,
    PrefectRestError,
    PrefectTransportError,
    PrefectValidationError,
    ResponseDecodeError,
)
from prefect_rest.settings import Settings
from prefect_rest_api import api as ops
from servers import free_port

pytestmark = pytest.mark.anyio

KEY = "pnu_PickleSecret0123456789"
FAST = Settings(max_retries=2, retry_base_delay=0.01, retry_jitter_factor=0.0)


async def _client(faults: Faults, **kw: object) -> PrefectClient:
    transport = await ephemeral_injector(faults)
    return PrefectClient(
        EPHEMERAL_URL, settings=FAST, httpx_settings={"transport": transport}, **kw
    )


# --- pickling ----------------------------------------------------------------------


async def test_http_errors_pickle_without_the_key():
    invalid = {"detail": [{"loc": ["body", "name"], "msg": "too odd", "type": "value_error"}]}
    faults = Faults(respond(422, json_body=invalid, method="POST", path="/flows/"))
    async with await _client(faults, api_key=KEY) as c:
        with pytest.raises(ObjectNotFound) as missing:
            await c.read_flow(uuid.uuid4())
        with pytest.raises(PrefectValidationError) as refused:
            await c.create_flow_from_name("odd")
    for error in (missing.value, refused.value):
        assert error.request.headers.get("authorization") == f"Bearer {KEY}"  # it was sent
        data = pickle.dumps(error)
        assert KEY.encode() not in data and b"PickleSecret" not in data
        back = pickle.loads(data)
        assert type(back) is type(error)
        assert str(back) == str(error)
        assert back.status_code == error.status_code and back.detail == error.detail
        assert back.request.url == error.request.url
        assert "authorization" not in back.request.headers
    assert back.errors[0]["msg"] == "too odd"


async def test_transport_errors_pickle_without_the_key():
    port = free_port()  # nothing listens there
    async with PrefectClient(f"http://127.0.0.1:{port}/api", api_key=KEY, settings=FAST) as c:
        with pytest.raises(PrefectTransportError) as info:
            await c.read_flow(uuid.uuid4())
    data = pickle.dumps(info.value)
    assert KEY.encode() not in data
    assert str(pickle.loads(data)) == str(info.value)


def _read_missing_flow() -> BaseException:
    """Runs in a worker process: the 404 error of a client with a key."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"detail": "Flow not found"})

    with SyncPrefectClient(
        "http://prefect.test/api",
        api_key=KEY,
        settings=FAST,
        httpx_settings={"transport": httpx.MockTransport(handler)},
    ) as c:
        try:
            c.read_flow(uuid.uuid4())
        except ObjectNotFound as exc:
            return exc
    raise AssertionError("no error")


def test_a_process_pool_returns_an_error():
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        error = pool.submit(_read_missing_flow).result(timeout=120)
    assert isinstance(error, ObjectNotFound)
    assert "Flow not found" in str(error) and error.status_code == 404


# --- raw exceptions that used to escape ------------------------------------------------


async def test_a_deeply_nested_error_body_is_a_status_error():
    deep = b"[" * 200_000 + b"]" * 200_000
    faults = Faults(
        respond(500, body=deep, headers={"content-type": "application/json"}, method="GET")
    )
    async with await _client(faults) as c:
        with pytest.raises(PrefectHTTPStatusError, match="500"):
            await c.read_flow(uuid.uuid4())
        faults.clear()
        faults.add(respond(200, body=deep, headers={"content-type": "application/json"}))
        with pytest.raises(ResponseDecodeError):
            await c.read_flow(uuid.uuid4())


async def test_very_deep_parameters_are_invalid_argument():
    deep: dict = {}
    node = deep
    for _ in range(5000):
        node["x"] = {}
        node = node["x"]
    faults = Faults()
    async with await _client(faults) as c:
        with pytest.raises(InvalidArgument, match="nested too deeply"):
            await c.create_flow_run_from_deployment(uuid.uuid4(), parameters={"p": deep})
        # A model built by hand goes straight to the request: caught where it is encoded.
        body = m.FlowRunCreate(flow_id=uuid.uuid4(), parameters={"p": deep})
        with pytest.raises(InvalidArgument, match="create_flow_run: an argument is nested"):
            await c._request(ops.flow_runs.create_flow_run, body=body)
    assert faults.sent() == 0


async def test_a_bad_gzip_body_is_a_decode_error():
    faults = Faults(
        respond(
            200,
            body=b"this is not gzip",
            headers={"content-type": "application/json", "content-encoding": "gzip"},
            method="GET",
        )
    )
    async with await _client(faults) as c:
        with pytest.raises(ResponseDecodeError, match="cannot be decoded"):
            await c.read_flow(uuid.uuid4())


async def test_a_redirect_loop_is_a_transport_error():
    faults = Faults(respond(307, headers={"location": f"{EPHEMERAL_URL}/flows/loop"}, method="GET"))
    async with await _client(faults) as c:
        with pytest.raises(PrefectTransportError, match="TooManyRedirects"):
            await c.read_flow(uuid.uuid4())


async def test_an_absurd_retry_after_date_falls_back_to_the_backoff(unique):
    date = "Mon, 01 Jan 9999999999999999999 00:00:00 GMT"
    faults = Faults(respond(429, headers={"retry-after": date}, method="POST", on=[1]))
    async with await _client(faults) as c:
        await c.create_flow_from_name(unique)
    assert faults.sent("POST", "/flows/") == 2


@pytest.mark.parametrize("name", ["x" * 100_000, "lone \ud800 surrogate"])
async def test_names_that_cannot_be_a_url_are_invalid_argument(name):
    faults = Faults()
    async with await _client(faults) as c:
        with pytest.raises(InvalidArgument, match="read_flow_by_name") as info:
            await c.read_flow_by_name(name)
    assert faults.sent() == 0
    assert len(str(info.value)) < 500


def test_closing_while_another_thread_waits_to_retry_is_a_client_state_error():
    faults = Faults(respond(503, method="GET", path="/flows/"))
    settings = Settings(max_retries=5, retry_base_delay=0.2, retry_jitter_factor=0.0)
    client = SyncPrefectClient(
        EPHEMERAL_URL,
        settings=settings,
        httpx_settings={"transport": sync_ephemeral_injector(faults)},
    )
    client.__enter__()
    errors: list[BaseException] = []

    def read() -> None:
        try:
            client.read_flow(uuid.uuid4())
        except BaseException as exc:
            errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    while faults.sent("GET", "/flows/") == 0:
        time.sleep(0.01)
    client.__exit__(None, None, None)
    reader.join(30)
    assert len(errors) == 1
    assert isinstance(errors[0], ClientStateError), repr(errors[0])
    assert "closed" in str(errors[0])


# --- secrets -------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["pnu_abc\x00def", "pnu_abc\ndef", "pnu_abc\x7fdef"])
def test_a_key_with_control_characters_is_invalid_argument_without_the_key(key):
    for cls in (PrefectClient, SyncPrefectClient):
        with pytest.raises(InvalidArgument, match="control character") as info:
            cls("http://127.0.0.1:4200/api", api_key=key)
        assert "pnu_abc" not in str(info.value) and "def" not in str(info.value)


async def test_a_key_with_surrounding_whitespace_is_stripped():
    faults = Faults()
    async with await _client(faults, api_key=f"  {KEY}\r\n") as c:
        await c.hello()
    assert faults.seen()[0].headers["authorization"] == f"Bearer {KEY}"


async def test_credentials_in_the_url_are_sent_and_never_shown(live_server_url, caplog):
    url = live_server_url.replace("http://", "http://admin:Hunter2pw@")
    with caplog.at_level(logging.DEBUG):
        async with PrefectClient(url, settings=FAST) as c:
            assert "Hunter2pw" not in repr(c) and "Hunter2pw" not in str(c.api_url)
            response = await c.hello()
            assert response.request.headers["authorization"].startswith("Basic ")
            with pytest.raises(ObjectNotFound) as info:
                await c.read_flow(uuid.uuid4())
    assert "Hunter2pw" not in str(info.value) and "admin:" not in str(info.value)
    assert "Hunter2pw" not in str(pickle.loads(pickle.dumps(info.value)).request.url)
    logged = [r.getMessage() for r in caplog.records]
    assert any("/api/hello" in line for line in logged)  # httpx logged the request
    assert not [line for line in logged if "Hunter2pw" in line]


async def test_credentials_in_the_url_are_not_in_transport_errors():
    url = f"http://admin:Hunter2pw@127.0.0.1:{free_port()}/api"
    async with PrefectClient(url, settings=FAST) as c:
        with pytest.raises(PrefectTransportError) as info:
            await c.read_flow(uuid.uuid4())
    assert "Hunter2pw" not in str(info.value)


# --- the prefect_rest logger ------------------------------------------------------------


async def test_each_retry_is_logged_with_reason_and_wait_without_secrets(caplog):
    faults = Faults(
        respond(503, method="GET", path="/flows/", on=[1]),
        respond(429, headers={"retry-after": "0"}, method="GET", path="/flows/", on=[2]),
    )
    with caplog.at_level(logging.INFO, logger="prefect_rest"):
        async with await _client(faults, api_key=KEY) as c:
            with pytest.raises(ObjectNotFound):
                await c.read_flow(uuid.uuid4())
    lines = [r.getMessage() for r in caplog.records if r.name == "prefect_rest"]
    retries = [r for r in caplog.records if r.name == "prefect_rest" and "retry" in r.getMessage()]
    assert len(retries) == 2 and all(r.levelno == logging.INFO for r in retries)
    assert "503 Service Unavailable" in retries[0].getMessage()
    assert "retry 1 of 2 in 0.01 s" in retries[0].getMessage()
    assert "429" in retries[1].getMessage() and "in 0.00 s" in retries[1].getMessage()
    assert not [line for line in lines if KEY in line or "PickleSecret" in line]


def test_every_error_class_is_a_prefect_rest_error():
    import prefect_rest.exceptions as ex

    for name in ex.__all__:
        obj = getattr(ex, name)
        if isinstance(obj, type):
            assert issubclass(obj, PrefectRestError), name


def test_an_invalid_header_from_httpx_settings_is_not_quoted_or_retried(live_server_url):
    secret = "tok-Hunter2-secret"
    with (
        SyncPrefectClient(
            live_server_url,
            settings=FAST,
            httpx_settings={"headers": {"X-Gateway-Token": f"{secret}\nInjected: 1"}},
        ) as c,
        pytest.raises(InvalidArgument, match=r"X-Gateway-Token.*value not shown") as info,
    ):
        c.hello()  # refused before sending (it was h11's LocalProtocolError, now retried)
    text = "".join(__import__("traceback").format_exception(info.value))
    assert "Hunter2" not in text
    assert "nothing was sent" in str(info.value)
