"""The in-process server honours the request timeout, and long log writes let others in."""

from __future__ import annotations

import datetime
import threading
import uuid
from types import SimpleNamespace

import anyio
import httpx
import prefect_rest.inprocess as _ephemeral
import pytest
from prefect_rest import PrefectClient
from prefect_rest._async.logs_events import LOG_BATCH_SIZE
from prefect_rest.exceptions import PrefectRestError
from prefect_rest.inprocess import EPHEMERAL_BASE_URL, sync_transport
from prefect_rest.settings import Settings

T0 = datetime.datetime(2030, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)


def _log(flow_run_id: uuid.UUID, i: int) -> dict:
    return {
        "name": "prefect.test",
        "level": 20,
        "message": f"line {i}",
        "timestamp": T0 + datetime.timedelta(milliseconds=i),
        "flow_run_id": flow_run_id,
    }


class _GateHeld:
    """Hold the in-process server's write gate (as a long write would) for ``seconds``."""

    def __init__(self, seconds: float) -> None:
        sync_transport()
        self.server = _ephemeral.process._server
        assert self.server is not None
        self.seconds = seconds
        self._release = threading.Event()
        self._thread = threading.Thread(target=self._hold)
        self._held = threading.Event()

    def _hold(self) -> None:
        server = self.server
        assert server is not None and server.portal is not None

        async def hold() -> None:
            assert server.gate.lock is not None
            async with server.gate.lock:
                self._held.set()
                with anyio.move_on_after(self.seconds):
                    while not self._release.is_set():
                        await anyio.sleep(0.01)

        server.portal.call(hold)

    def __enter__(self) -> _GateHeld:
        self._thread.start()
        assert self._held.wait(60)
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self._thread.join(60)


def test_a_write_waits_no_longer_than_the_request_timeout() -> None:
    transport = sync_transport()
    with (
        _GateHeld(seconds=30),
        httpx.Client(transport=transport, base_url=EPHEMERAL_BASE_URL, timeout=2.0) as raw,
        pytest.raises(httpx.PoolTimeout, match="PREFECT_API_REQUEST_TIMEOUT"),
    ):
        raw.post("/flows/", json={"name": f"late-{uuid.uuid4().hex[:8]}"})


@pytest.mark.anyio
async def test_client_timeout_on_the_in_process_server_is_a_prefect_rest_error() -> None:
    # CSRF off: the token fetch's own error handling is another test's matter.
    settings = Settings(request_timeout=2.0, max_retries=0, csrf_enabled=False)
    async with PrefectClient(settings=settings) as client:
        with _GateHeld(seconds=30), pytest.raises(PrefectRestError):
            await client.create_flow_from_name(f"late-{uuid.uuid4().hex[:8]}")
        # Reads do not wait for the gate.
        with _GateHeld(seconds=30):
            assert (await client.hello()).status_code == 200


@pytest.mark.anyio
async def test_long_create_logs_lets_other_writes_in_and_stores_every_line(unique: str) -> None:
    batches = 6
    sent: list[int] = []
    done: list[int] = []

    async def on_request(request: httpx.Request) -> None:
        if request.url.path.endswith("/logs/"):
            sent.append(1)

    async def on_response(response: httpx.Response) -> None:
        if response.request.url.path.endswith("/logs/"):
            done.append(1)

    hooks = {"event_hooks": {"request": [on_request], "response": [on_response]}}
    async with PrefectClient(httpx_settings=hooks) as client:
        run = await client.create_flow_run(SimpleNamespace(name=unique))
        lines = [_log(run.id, i) for i in range(batches * LOG_BATCH_SIZE)]
        batches_done_when_other_write_finished: list[int] = []

        async def other_write() -> None:
            while not sent:
                await anyio.sleep(0.001)
            await client.create_flow_from_name(f"{unique}-other")
            batches_done_when_other_write_finished.append(len(done))

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(client.create_logs, lines)
            tasks.start_soon(other_write)

        assert len(sent) == batches
        assert batches_done_when_other_write_finished[0] < batches
        stored = [log async for log in client.iter_logs({"flow_run_id": {"any_": [run.id]}})]
        assert len(stored) == len(lines)
