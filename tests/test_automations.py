"""Automations, removed notification policies and admin settings, against the in-process server."""

from __future__ import annotations

import datetime
import uuid

import pytest
from prefect_rest import models as m
from prefect_rest.exceptions import EndpointRemoved, InvalidArgument, ObjectNotFound

pytestmark = pytest.mark.anyio


def _automation(name: str, **extra) -> m.AutomationCreate:
    trigger = m.EventTrigger(
        posture=m.EventTriggerPosture.REACTIVE,
        expect=["prefect.flow-run.Failed"],
        match=m.ResourceSpecification.from_dict({"prefect.resource.id": "prefect.flow-run.*"}),
        threshold=1,
        within=30,  # seconds
    )
    return m.AutomationCreate(
        name=name, trigger=trigger, actions=[m.DoNothing()], description="test", **extra
    )


async def test_automation_round_trip(client, unique):
    automation_id = await client.create_automation(_automation(unique, tags=["t"]))
    assert isinstance(automation_id, uuid.UUID)
    read = await client.read_automation(automation_id)
    assert isinstance(read, m.Automation)
    assert (read.id, read.name, read.description, read.enabled, read.tags) == (
        automation_id,
        unique,
        "test",
        True,
        ["t"],
    )
    trigger = read.trigger
    assert isinstance(trigger, m.EventTrigger)
    assert trigger.posture == m.EventTriggerPosture.REACTIVE
    assert (trigger.expect, trigger.threshold, trigger.within) == (
        ["prefect.flow-run.Failed"],
        1,
        datetime.timedelta(seconds=30),  # a duration, as Prefect's model has it
    )
    assert trigger.match.to_dict() == {"prefect.resource.id": "prefect.flow-run.*"}
    assert [type(a) for a in read.actions] == [m.DoNothing]

    # the read automation is accepted as the update body: change it and send it back
    read.description = "changed"
    read.trigger.within = 90
    await client.update_automation(automation_id, read)
    again = await client.read_automation(automation_id)
    assert (again.description, again.trigger.within) == ("changed", datetime.timedelta(seconds=90))

    await client.pause_automation(automation_id)
    assert (await client.read_automation(automation_id)).enabled is False
    await client.resume_automation(automation_id)
    assert (await client.read_automation(automation_id)).enabled is True

    await client.delete_automation(automation_id)
    with pytest.raises(ObjectNotFound):
        await client.read_automation(automation_id)
    with pytest.raises(ObjectNotFound):
        await client.delete_automation(automation_id)


async def test_read_find_and_filter(client, unique):
    first = await client.create_automation(_automation(unique))
    second = await client.create_automation(_automation(f"{unique}-Two").to_dict())

    by_name = await client.read_automations_by_name(unique)
    assert [a.id for a in by_name] == [first]
    found = await client.read_automations(
        automation_filter={"name": {"any_": [unique, f"{unique}-Two"]}}, sort="NAME_ASC"
    )
    assert [a.id for a in found] == [first, second]
    assert second in {a.id for a in await client.read_automations()}
    assert await client.count_automations(automation_filter={"name": {"any_": [unique]}}) == 1

    assert (await client.find_automation(first)).id == first
    assert (await client.find_automation(str(second))).id == second
    assert (await client.find_automation(unique)).id == first
    assert (await client.find_automation(f"{unique}-two".upper())).id == second  # any case
    assert await client.find_automation(f"{unique}-missing") is None
    assert await client.find_automation(uuid.uuid4()) is None

    for automation_id in (first, second):
        await client.delete_automation(automation_id)


async def test_resource_related_and_owned(client, unique):
    owner = f"prefect.deployment.{uuid.uuid4()}"
    body = _automation(unique, owner_resource=owner)
    body.trigger.match = m.ResourceSpecification.from_dict({"prefect.resource.id": owner})
    owned = await client.create_automation(body)
    other = await client.create_automation(_automation(f"{unique}-other"))

    related = await client.read_resource_related_automations(owner)
    assert [a.id for a in related] == [owned]

    await client.delete_resource_owned_automations(owner)
    with pytest.raises(ObjectNotFound):
        await client.read_automation(owned)
    assert (await client.read_automation(other)).id == other
    assert await client.read_resource_related_automations(owner) == []
    await client.delete_automation(other)


async def test_notification_policies_are_removed(client):
    block = uuid.uuid4()
    calls = [
        client.create_flow_run_notification_policy(block, tags=["x"]),
        client.read_flow_run_notification_policies(None),
        client.update_flow_run_notification_policy(uuid.uuid4(), is_active=False),
        client.delete_flow_run_notification_policy(uuid.uuid4()),
    ]
    for call in calls:
        with pytest.raises(EndpointRemoved, match="automation"):
            await call


async def test_server_default_result_storage(client, unique):
    block_type = await client.create_block_type({"name": unique, "slug": unique})
    schema = await client.create_block_schema(
        {
            "block_type_id": str(block_type.id),
            "fields": {
                "title": unique,
                "type": "object",
                "properties": {"basepath": {"type": "string"}},
                "block_schema_references": {},
            },
            "capabilities": ["read-path", "write-path"],
        }
    )
    doc = await client.create_block_document(
        {
            "name": "results",
            "block_type_id": str(block_type.id),
            "block_schema_id": str(schema.id),
            "data": {"basepath": "/tmp/results"},
        }
    )
    try:
        stored = await client.update_server_default_result_storage(doc.id)
        assert isinstance(stored, m.ServerDefaultResultStorage)
        assert stored.default_result_storage_block_id == doc.id
        read = await client.read_server_default_result_storage()
        assert read.default_result_storage_block_id == doc.id
    finally:
        await client.clear_server_default_result_storage()
    assert (
        await client.read_server_default_result_storage()
    ).default_result_storage_block_id is None


async def test_read_worker_metadata(client):
    metadata = await client.read_worker_metadata()
    assert isinstance(metadata, dict)
    assert "process" in metadata["prefect"]


async def test_bad_arguments_are_rejected_before_sending(client):
    with pytest.raises(InvalidArgument, match="automation_id must be a UUID"):
        await client.read_automation("not-an-id")
    with pytest.raises(InvalidArgument, match="automation:"):
        await client.create_automation({"name": "no trigger"})
    with pytest.raises(InvalidArgument, match="automation must be a AutomationCreate"):
        await client.create_automation("automation")
    with pytest.raises(InvalidArgument, match="id_or_name"):
        await client.find_automation(42)
    with pytest.raises(InvalidArgument, match="resource_id must be a non-empty string"):
        await client.read_resource_related_automations("")
    with pytest.raises(InvalidArgument, match="default_result_storage_block_id must be a UUID"):
        await client.update_server_default_result_storage("storage")


def test_sync_client_matches_async(sync_client, unique):
    automation_id = sync_client.create_automation(_automation(unique))
    read = sync_client.read_automation(automation_id)
    assert (read.name, read.trigger.within, read.trigger.posture) == (
        unique,
        datetime.timedelta(seconds=30),
        m.EventTriggerPosture.REACTIVE,
    )
    assert [a.id for a in sync_client.read_automations_by_name(unique)] == [automation_id]
    sync_client.pause_automation(automation_id)
    assert sync_client.find_automation(unique).enabled is False
    with pytest.raises(EndpointRemoved):
        sync_client.delete_flow_run_notification_policy(uuid.uuid4())
    sync_client.delete_automation(automation_id)
    assert sync_client.find_automation(automation_id) is None


async def test_async_and_sync_agree(client, sync_client, unique):
    automation_id = await client.create_automation(_automation(unique))
    assert (
        sync_client.read_automation(automation_id).to_dict()
        == (await client.read_automation(automation_id)).to_dict()
    )
    assert sync_client.read_worker_metadata() == await client.read_worker_metadata()
    await client.delete_automation(automation_id)
