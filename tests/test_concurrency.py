"""Tag (v1) and global (v2) concurrency limits against the in-process server."""

from __future__ import annotations

import uuid

import httpx
import pytest
from prefect_rest import models as m
from prefect_rest.exceptions import (
    InvalidArgument,
    ObjectAlreadyExists,
    ObjectNotFound,
    PrefectHTTPStatusError,
)

pytestmark = pytest.mark.anyio


async def test_tag_limits(client, unique):
    limit_id = await client.create_concurrency_limit(unique, 1)
    assert isinstance(limit_id, uuid.UUID)
    assert await client.create_concurrency_limit(unique, 1) == limit_id  # same tag: an update
    limit = await client.read_concurrency_limit_by_tag(unique)
    assert isinstance(limit, m.ConcurrencyLimit)
    assert (limit.id, limit.tag, limit.concurrency_limit, limit.active_slots) == (
        limit_id,
        unique,
        1,
        [],
    )
    page = await client.read_concurrency_limits(limit=200, offset=0)
    assert limit_id in {lim.id for lim in page}

    holder = uuid.uuid4()
    taken = await client.increment_v1_concurrency_slots([unique], holder)
    assert isinstance(taken, httpx.Response)  # as Prefect's client: the response
    assert [(t["id"], t["limit"]) for t in taken.json()] == [(str(limit_id), 1)]
    assert (await client.read_concurrency_limit_by_tag(unique)).active_slots == [holder]
    with pytest.raises(PrefectHTTPStatusError) as info:
        await client.increment_v1_concurrency_slots([unique], uuid.uuid4())
    assert info.value.status_code == 423

    released = await client.decrement_v1_concurrency_slots([unique], holder, occupancy_seconds=1.5)
    assert [r["id"] for r in released.json()] == [str(limit_id)]
    assert (await client.read_concurrency_limit_by_tag(unique)).active_slots == []

    other = uuid.uuid4()
    await client.reset_concurrency_limit_by_tag(unique, slot_override=[other])
    assert (await client.read_concurrency_limit_by_tag(unique)).active_slots == [other]
    await client.reset_concurrency_limit_by_tag(unique)
    assert (await client.read_concurrency_limit_by_tag(unique)).active_slots == []

    await client.delete_concurrency_limit_by_tag(unique)
    with pytest.raises(ObjectNotFound):
        await client.read_concurrency_limit_by_tag(unique)
    with pytest.raises(ObjectNotFound):
        await client.delete_concurrency_limit_by_tag(unique)


async def test_global_limits_crud_and_upsert(client, unique):
    limit_id = await client.create_global_concurrency_limit(
        m.ConcurrencyLimitV2Create(name=unique, limit=2)
    )
    assert isinstance(limit_id, uuid.UUID)
    with pytest.raises(ObjectAlreadyExists):
        await client.create_global_concurrency_limit({"name": unique, "limit": 3})
    read = await client.read_global_concurrency_limit_by_name(unique)
    assert isinstance(read, m.GlobalConcurrencyLimitResponse)
    assert (read.id, read.limit, read.active_slots, read.active) == (limit_id, 2, 0, True)

    updated = await client.update_global_concurrency_limit(
        unique, m.ConcurrencyLimitV2Update(limit=5)
    )
    assert updated.status_code == 204
    assert (await client.read_global_concurrency_limit_by_name(unique)).limit == 5

    await client.upsert_global_concurrency_limit_by_name(unique, 7, slot_decay_per_second=0.5)
    upserted = await client.read_global_concurrency_limit_by_name(unique)
    assert (upserted.id, upserted.limit, upserted.slot_decay_per_second) == (limit_id, 7, 0.5)
    await client.upsert_global_concurrency_limit_by_name(f"{unique}-new", 3)
    created = await client.read_global_concurrency_limit_by_name(f"{unique}-new")
    assert created.limit == 3

    names = {lim.name for lim in await client.read_global_concurrency_limits(limit=200)}
    assert {unique, f"{unique}-new"} <= names
    assert len(await client.read_global_concurrency_limits(limit=1)) == 1

    assert (await client.delete_global_concurrency_limit_by_name(unique)).status_code == 204
    with pytest.raises(ObjectNotFound):
        await client.read_global_concurrency_limit_by_name(unique)
    with pytest.raises(ObjectNotFound):
        await client.delete_global_concurrency_limit_by_name(unique)
    await client.delete_global_concurrency_limit_by_name(f"{unique}-new")


async def test_slots_and_leases(client, unique):
    await client.create_global_concurrency_limit({"name": unique, "limit": 2})
    taken = await client.increment_concurrency_slots([unique], 1, "concurrency")
    assert [
        (t.name, t.limit) for t in map(m.MinimalConcurrencyLimitResponse.from_dict, taken.json())
    ] == [(unique, 2)]
    assert (await client.read_global_concurrency_limit_by_name(unique)).active_slots == 1

    response = await client.increment_concurrency_slots_with_lease(
        [unique],
        1,
        lease_duration=60,
        holder=m.ConcurrencyLeaseHolder.from_dict({"type": "task_run", "id": str(uuid.uuid4())}),
    )
    lease = m.ConcurrencyLimitWithLeaseResponse.from_dict(response.json())
    assert [lim.name for lim in lease.limits] == [unique]
    assert (await client.read_global_concurrency_limit_by_name(unique)).active_slots == 2
    with pytest.raises(PrefectHTTPStatusError) as info:
        await client.increment_concurrency_slots([unique], 1)
    assert info.value.status_code == 423

    assert (await client.renew_concurrency_lease(lease.lease_id, 120)).status_code == 204
    assert (await client.release_concurrency_slots_with_lease(lease.lease_id)).status_code == 204
    assert (await client.read_global_concurrency_limit_by_name(unique)).active_slots == 1

    released = await client.release_concurrency_slots([unique], 1, occupancy_seconds=0.25)
    assert [r["name"] for r in released.json()] == [unique]
    assert (await client.read_global_concurrency_limit_by_name(unique)).active_slots == 0
    await client.delete_global_concurrency_limit_by_name(unique)


async def test_bad_arguments_are_rejected_before_sending(client):
    with pytest.raises(InvalidArgument, match="names must be a non-empty list"):
        await client.increment_concurrency_slots("one-name", 1)
    with pytest.raises(InvalidArgument, match="slots must be an int >= 1"):
        await client.increment_concurrency_slots(["a"], 0)
    with pytest.raises(InvalidArgument, match="mode must be"):
        await client.increment_concurrency_slots(["a"], 1, mode="fast")
    with pytest.raises(InvalidArgument, match="lease_id must be a UUID"):
        await client.renew_concurrency_lease("lease", 10)
    with pytest.raises(InvalidArgument, match="lease_duration must be a number"):
        await client.renew_concurrency_lease(uuid.uuid4(), "ten")
    with pytest.raises(InvalidArgument, match="task_run_id must be a UUID"):
        await client.increment_v1_concurrency_slots(["a"], "x")
    with pytest.raises(InvalidArgument, match="concurrency_limit must be an int"):
        await client.create_concurrency_limit("t", "1")
    with pytest.raises(InvalidArgument, match="slot_override must be a UUID"):
        await client.reset_concurrency_limit_by_tag("t", slot_override=["nope"])
    with pytest.raises(InvalidArgument, match="concurrency_limit must be a ConcurrencyLimitV2"):
        await client.create_global_concurrency_limit(5)


def test_sync_client_matches_async(sync_client, unique):
    sync_client.upsert_global_concurrency_limit_by_name(unique, 1)
    taken = sync_client.increment_concurrency_slots([unique], 1)
    assert [t["name"] for t in taken.json()] == [unique]
    read = sync_client.read_global_concurrency_limit_by_name(unique)
    assert (read.limit, read.active_slots) == (1, 1)
    sync_client.release_concurrency_slots([unique], 1, 0.1)
    assert sync_client.read_global_concurrency_limit_by_name(unique).active_slots == 0
    tag_id = sync_client.create_concurrency_limit(f"{unique}-tag", 3)
    assert sync_client.read_concurrency_limit_by_tag(f"{unique}-tag").id == tag_id
    sync_client.delete_concurrency_limit_by_tag(f"{unique}-tag")
    sync_client.delete_global_concurrency_limit_by_name(unique)
    with pytest.raises(ObjectNotFound):
        sync_client.read_global_concurrency_limit_by_name(unique)


async def test_async_and_sync_agree(client, sync_client, unique):
    await client.create_global_concurrency_limit({"name": unique, "limit": 4})
    assert (
        sync_client.read_global_concurrency_limit_by_name(unique).to_dict()
        == (await client.read_global_concurrency_limit_by_name(unique)).to_dict()
    )
    await client.delete_global_concurrency_limit_by_name(unique)
