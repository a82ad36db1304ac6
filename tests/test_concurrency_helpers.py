"""concurrency() and rate_limit(): slots held under renewed leases, freed however the block ends."""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator
from typing import Any

import anyio
import pytest
from conftest import TEST_SETTINGS
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.concurrency import (
    AcquireConcurrencySlotTimeoutError,
    ConcurrencySlotAcquisitionError,
    leases,
)
from prefect_rest.concurrency import asyncio as aconc
from prefect_rest.concurrency import sync as sconc

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["server", "inprocess"])
async def gcl_client(request: pytest.FixtureRequest) -> AsyncIterator[PrefectClient]:
    url = request.getfixturevalue("live_server_url") if request.param == "server" else None
    async with PrefectClient(url, settings=TEST_SETTINGS) as client:
        yield client


async def _active(client: PrefectClient, name: str) -> int:
    return (await client.read_global_concurrency_limit_by_name(name)).active_slots


async def test_ten_holders_on_a_limit_of_two(gcl_client: PrefectClient, unique: str) -> None:
    await gcl_client.create_global_concurrency_limit({"name": unique, "limit": 2})
    running = 0
    most = 0
    seen_on_server: list[int] = []
    done = 0

    async def holder() -> None:
        nonlocal running, most, done
        async with aconc.concurrency(unique, client=gcl_client):
            running += 1
            most = max(most, running)
            seen_on_server.append(await _active(gcl_client, unique))
            await anyio.sleep(0.2)
            running -= 1
        done += 1

    with anyio.fail_after(120):  # hang guard
        async with anyio.create_task_group() as tasks:
            for _ in range(10):
                tasks.start_soon(holder)
    assert done == 10
    assert most == 2
    assert max(seen_on_server) <= 2
    assert await _active(gcl_client, unique) == 0


async def test_a_cancelled_holder_frees_its_slots_at_once(
    gcl_client: PrefectClient, unique: str
) -> None:
    await gcl_client.create_global_concurrency_limit({"name": unique, "limit": 1})
    holding = anyio.Event()

    async def hold_forever() -> None:
        async with aconc.concurrency(unique, client=gcl_client):
            holding.set()
            await anyio.sleep_forever()

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(hold_forever)
        await holding.wait()
        assert await _active(gcl_client, unique) == 1
        tasks.cancel_scope.cancel()
    assert await _active(gcl_client, unique) == 0


async def test_an_error_in_the_block_frees_the_slots(
    gcl_client: PrefectClient, unique: str
) -> None:
    await gcl_client.create_global_concurrency_limit({"name": unique, "limit": 1})
    with pytest.raises(ZeroDivisionError):
        async with aconc.concurrency([unique], occupy=1, client=gcl_client):
            1 / 0  # noqa: B018
    assert await _active(gcl_client, unique) == 0


async def test_timeout_strict_and_bad_arguments(gcl_client: PrefectClient, unique: str) -> None:
    await gcl_client.create_global_concurrency_limit({"name": unique, "limit": 1})
    async with aconc.concurrency(unique, client=gcl_client):
        with pytest.raises(AcquireConcurrencySlotTimeoutError):
            async with aconc.concurrency(unique, timeout_seconds=0.5, client=gcl_client):
                pass
        with pytest.raises(ConcurrencySlotAcquisitionError, match="retries"):
            async with aconc.concurrency(unique, max_retries=0, client=gcl_client):
                pass
    with pytest.raises(ConcurrencySlotAcquisitionError, match="must be created"):
        async with aconc.concurrency(f"{unique}-missing", strict=True, client=gcl_client):
            pass
    async with aconc.concurrency(f"{unique}-missing", client=gcl_client):  # skipped, not strict
        pass
    with pytest.raises(ValueError, match="occupy"):
        async with aconc.concurrency(unique, occupy=0, client=gcl_client):
            pass


async def test_rate_limit_takes_slots_that_decay(gcl_client: PrefectClient, unique: str) -> None:
    await gcl_client.create_global_concurrency_limit(
        {"name": unique, "limit": 2, "slot_decay_per_second": 5.0}
    )
    for _ in range(4):  # the third and fourth wait for the decay
        await aconc.rate_limit(unique, client=gcl_client)
    with pytest.raises(ConcurrencySlotAcquisitionError):
        await aconc.rate_limit(f"{unique}-missing", strict=True, client=gcl_client)


def test_sync_holders_and_ctrl_c(live_server_url: str, unique: str) -> None:
    with SyncPrefectClient(live_server_url, settings=TEST_SETTINGS) as client:
        client.create_global_concurrency_limit({"name": unique, "limit": 1})
        running = 0
        most = 0
        lock = threading.Lock()

        def holder() -> None:
            nonlocal running, most
            with sconc.concurrency(unique, client=client):
                with lock:
                    running += 1
                    most = max(most, running)
                time.sleep(0.1)
                with lock:
                    running -= 1

        threads = [threading.Thread(target=holder) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert most == 1
        with pytest.raises(KeyboardInterrupt), sconc.concurrency(unique, client=client):
            assert client.read_global_concurrency_limit_by_name(unique).active_slots == 1
            raise KeyboardInterrupt
        assert client.read_global_concurrency_limit_by_name(unique).active_slots == 0


@pytest.mark.server
async def test_a_holder_kept_past_the_lease_still_holds(
    live_server_url: str, unique: str, monkeypatch: Any
) -> None:
    """The 3.8.8 server refuses leases under 60 s: a 60 s lease held for 66 s.

    The session's server takes expired leases back every second
    (``live_server_url``), so an unrenewed lease would be gone by then."""
    renewals = 0
    original = PrefectClient.renew_concurrency_lease

    async def counted(self: PrefectClient, lease_id: Any, lease_duration: float) -> Any:
        nonlocal renewals
        renewals += 1
        return await original(self, lease_id, lease_duration)

    monkeypatch.setattr(PrefectClient, "renew_concurrency_lease", counted)
    async with PrefectClient(live_server_url, settings=TEST_SETTINGS) as client:
        await client.create_global_concurrency_limit({"name": unique, "limit": 1})
        async with aconc.concurrency(unique, lease_duration=60, client=client):
            await anyio.sleep(66)
            assert await _active(client, unique) == 1
            with pytest.raises(AcquireConcurrencySlotTimeoutError):
                async with aconc.concurrency(unique, timeout_seconds=1, client=client):
                    pass
        assert await _active(client, unique) == 0
    assert renewals >= 1
    assert leases.RENEWAL_FRACTION * 60 < 66
