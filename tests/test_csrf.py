"""CSRF tokens against a real server with CSRF protection on (``prefect server start``).

The token fetch goes through the same retries, timeout and errors as any request,
happens once for concurrent first writes, is renewed when it expires or when the
server refuses it, and CSRF is turned off only when the server says it has none
(404) or that it is disabled (422), never on an outage.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx
import pytest
from faults import (
    EPHEMERAL_URL,
    FaultProxy,
    Faults,
    ephemeral_injector,
    fault,
    respond,
    rewrite_json,
)
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import PrefectHTTPStatusError, PrefectRestError, ResponseDecodeError
from prefect_rest.settings import Settings
from servers import prefect_server

pytestmark = [pytest.mark.anyio, pytest.mark.server]

TOKEN = "/csrf-token"
FAST = Settings(max_retries=3, retry_base_delay=0.01, retry_jitter_factor=0.0)


@pytest.fixture(scope="module")
def csrf_server() -> Iterator[str]:
    with prefect_server({"PREFECT_SERVER_CSRF_PROTECTION_ENABLED": "true"}) as url:
        yield url


@pytest.fixture
def proxy(csrf_server) -> Iterator[FaultProxy]:
    with FaultProxy(csrf_server) as p:
        yield p


def _name() -> str:
    return f"csrf-{uuid.uuid4().hex[:10]}"


async def test_the_server_really_requires_a_token(csrf_server):
    async with httpx.AsyncClient() as raw:
        answer = await raw.post(f"{csrf_server}/flows/", json={"name": _name()})
    assert answer.status_code == 403


async def test_64_concurrent_first_writes_fetch_one_token(proxy):
    async with PrefectClient(proxy.url, settings=FAST) as c:
        ids: list[uuid.UUID] = []

        async def create(i: int) -> None:
            ids.append(await c.create_flow_from_name(f"{_name()}-{i}"))

        async with anyio.create_task_group() as tg:
            for i in range(64):
                tg.start_soon(create, i)
    assert len(ids) == 64
    assert proxy.faults.sent("GET", TOKEN) == 1
    assert proxy.faults.sent("POST", "/flows/") == 64  # no write refused and sent again


def test_sync_16_threads_first_writes_fetch_one_token(proxy):
    with SyncPrefectClient(proxy.url, settings=FAST) as c, ThreadPoolExecutor(16) as pool:
        ids = list(pool.map(lambda i: c.create_flow_from_name(f"{_name()}-{i}"), range(32)))
    assert len(set(ids)) == 32
    assert proxy.faults.sent("GET", TOKEN) == 1


async def test_an_expired_token_is_renewed(proxy):
    def expired(body: dict) -> dict:
        past = datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=5)
        return {**body, "expiration": past.isoformat()}

    proxy.faults.add(rewrite_json(expired, method="GET", path=TOKEN, on=[1]))
    async with PrefectClient(proxy.url, settings=FAST) as c:
        await c.create_flow_from_name(_name())  # the token it got was already expired
        await c.create_flow_from_name(_name())  # so it fetches a new one
        await c.create_flow_from_name(_name())  # which is still valid
    assert proxy.faults.sent("GET", TOKEN) == 2


async def test_a_token_the_server_invalidated_is_replaced(proxy, csrf_server):
    async with PrefectClient(proxy.url, settings=FAST) as c:
        await c.create_flow_from_name(_name())
        # Someone asks a token for the same client id: the server replaces ours.
        async with httpx.AsyncClient() as raw:
            answer = await raw.get(f"{csrf_server}{TOKEN}", params={"client": c._csrf_client_id})
            assert answer.status_code == 200
        await c.create_flow_from_name(_name())
    assert proxy.faults.sent("GET", TOKEN) == 2
    assert [s.status for s in proxy.faults.seen("POST", "/flows/")] == [200, 403, 200] or [
        s.status for s in proxy.faults.seen("POST", "/flows/")
    ] == [201, 403, 201]


async def test_a_brief_outage_on_the_token_fetch_is_retried(proxy):
    proxy.faults.add(fault("reset_before", method="GET", path=TOKEN, on=[1, 2]))
    proxy.faults.add(respond(503, method="GET", path=TOKEN, on=[3]))
    async with PrefectClient(proxy.url, settings=FAST) as c:
        await c.create_flow_from_name(_name())
    assert proxy.faults.sent("GET", TOKEN) == 4


async def test_an_outage_never_turns_csrf_off(proxy):
    proxy.faults.add(respond(503, method="GET", path=TOKEN, on=[1, 2]))
    async with PrefectClient(
        proxy.url, settings=Settings(max_retries=1, retry_base_delay=0.01)
    ) as c:
        with pytest.raises(PrefectHTTPStatusError, match="503"):
            await c.create_flow_from_name(_name())
        assert proxy.faults.sent("POST", "/flows/") == 0
        await c.create_flow_from_name(_name())  # the server is back: a token, and the write
    assert proxy.faults.sent("GET", TOKEN) == 3


@pytest.mark.parametrize(
    "rule",
    [
        fault("html_200", method="GET", path=TOKEN),
        respond(
            200,
            body=b"[1, 2",
            headers={"content-type": "application/json"},
            method="GET",
            path=TOKEN,
        ),
        respond(200, json_body={"no": "token"}, method="GET", path=TOKEN),
    ],
)
async def test_a_token_answer_that_is_not_the_documented_json_is_a_decode_error(rule):
    faults = Faults(rule)
    transport = await ephemeral_injector(faults)
    async with PrefectClient(
        EPHEMERAL_URL, settings=FAST, httpx_settings={"transport": transport}
    ) as c:
        with pytest.raises(ResponseDecodeError, match="CSRF token") as info:
            await c.create_flow_from_name(_name())
    assert isinstance(info.value, PrefectRestError)
    assert faults.sent("POST", "/flows/") == 0


@pytest.mark.parametrize(
    "rule",
    [
        respond(404, json_body={"detail": "Not Found"}, method="GET", path=TOKEN),
        respond(
            422, json_body={"detail": "CSRF protection is disabled."}, method="GET", path=TOKEN
        ),
    ],
)
async def test_csrf_is_off_only_when_the_server_says_so(rule):
    faults = Faults(rule)
    transport = await ephemeral_injector(faults)
    async with PrefectClient(
        EPHEMERAL_URL, settings=FAST, httpx_settings={"transport": transport}
    ) as c:
        await c.create_flow_from_name(_name())
        await c.create_flow_from_name(_name())
    assert faults.sent("GET", TOKEN) == 1
    assert all("prefect-csrf-token" not in s.headers for s in faults.seen("POST"))


async def test_other_token_errors_are_raised_and_csrf_stays_on():
    faults = Faults(respond(500, method="GET", path=TOKEN, on=[1]))
    transport = await ephemeral_injector(faults)
    async with PrefectClient(
        EPHEMERAL_URL, settings=FAST, httpx_settings={"transport": transport}
    ) as c:
        with pytest.raises(PrefectHTTPStatusError, match=r"create_csrf_token.*500"):
            await c.create_flow_from_name(_name())
        assert c._csrf_supported
