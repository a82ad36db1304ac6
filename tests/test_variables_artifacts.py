"""Variables, artifacts and saved searches against the in-process server."""

from __future__ import annotations

import uuid

import pytest
from prefect_rest import models as m
from prefect_rest.exceptions import InvalidArgument, ObjectAlreadyExists, ObjectNotFound

pytestmark = pytest.mark.anyio


async def test_variable_lifecycle(client, unique):
    created = await client.create_variable(
        m.VariableCreate(name=unique, value={"a": [1, 2]}, tags=["x"])
    )
    assert isinstance(created, m.Variable)
    assert (created.name, created.tags) == (unique, ["x"])
    with pytest.raises(ObjectAlreadyExists):
        await client.create_variable({"name": unique, "value": 1})

    read = await client.read_variable_by_name(unique)
    assert read is not None and read.id == created.id
    assert read.to_dict()["value"] == {"a": [1, 2]}

    await client.update_variable(m.VariableUpdate(name=unique, value="text", tags=["y"]))
    updated = await client.read_variable_by_name(unique)
    assert (updated.value, updated.tags) == ("text", ["y"])

    await client.create_variable({"name": f"{unique}-b", "value": 3})
    found = await client.read_variables(
        variable_filter={"name": {"like_": unique}}, sort="NAME_DESC"
    )
    assert [v.name for v in found] == [f"{unique}-b", unique]
    assert len(await client.read_variables(limit=1)) == 1

    await client.delete_variable_by_name(unique)
    assert await client.read_variable_by_name(unique) is None
    with pytest.raises(ObjectNotFound):
        await client.delete_variable_by_name(unique)


async def test_artifacts(client, unique):
    first = await client.create_artifact(
        m.ArtifactCreate(key=unique, type="markdown", data="# one", description="first")
    )
    assert isinstance(first, m.Artifact)
    assert (first.key, first.type, first.data) == (unique, "markdown", "# one")
    second = await client.create_artifact({"key": unique, "type": "markdown", "data": "# two"})
    other = await client.create_artifact({"key": f"{unique}-other", "type": "table", "data": [1]})

    by_key = {"key": {"any_": [unique]}}
    found = await client.read_artifacts(artifact_filter=by_key, sort="CREATED_DESC")
    assert [a.id for a in found] == [second.id, first.id]
    assert await client.count_artifacts(artifact_filter=by_key) == 2
    assert await client.count_artifacts(artifact_filter={"key": {"like_": unique}}) == 3
    assert len(await client.read_artifacts(artifact_filter=by_key, limit=1, offset=1)) == 1

    latest = await client.read_latest_artifacts(
        artifact_filter={"key": {"like_": unique}}, sort="KEY_ASC"
    )
    assert all(isinstance(a, m.ArtifactCollection) for a in latest)
    assert [(a.key, a.latest_id) for a in latest] == [
        (unique, second.id),
        (f"{unique}-other", other.id),
    ]

    await client.update_artifact(first.id, m.ArtifactUpdate(description="changed"))
    await client.update_artifact(first.id, {"data": "# one, again"})
    (updated,) = await client.read_artifacts(artifact_filter={"id": {"any_": [str(first.id)]}})
    assert (updated.description, updated.data) == ("changed", "# one, again")

    await client.delete_artifact(first.id)
    assert await client.count_artifacts(artifact_filter=by_key) == 1
    with pytest.raises(ObjectNotFound):
        await client.delete_artifact(first.id)


async def test_saved_searches(client, unique):
    search = await client.create_saved_search(
        unique,
        filters=[
            {
                "object": "flow",
                "property": "name",
                "type": "string",
                "operation": "eq",
                "value": "a",
            }
        ],
    )
    assert isinstance(search, m.SavedSearch)
    assert search.name == unique and search.filters[0].property == "name"
    assert (await client.read_saved_search(search.id)).name == unique
    assert search.id in {s.id for s in await client.read_saved_searches(limit=200)}
    await client.delete_saved_search(search.id)
    with pytest.raises(ObjectNotFound):
        await client.read_saved_search(search.id)


async def test_bad_arguments_are_rejected_before_sending(client):
    with pytest.raises(InvalidArgument, match="name must be a non-empty string"):
        await client.read_variable_by_name("")
    with pytest.raises(InvalidArgument, match=r"variable\.name"):
        await client.update_variable(m.VariableUpdate(value=1))
    with pytest.raises(InvalidArgument, match="variable must be a VariableCreate"):
        await client.create_variable("name=value")
    with pytest.raises(InvalidArgument, match="artifact_id must be a UUID"):
        await client.delete_artifact(123)
    with pytest.raises(InvalidArgument, match="limit must be a non-negative int"):
        await client.read_artifacts(limit=-5)
    with pytest.raises(InvalidArgument, match="filters must be a list"):
        await client.create_saved_search("x", filters="name=a")


def test_sync_client_matches_async(sync_client, unique):
    created = sync_client.create_variable({"name": unique, "value": 42})
    assert sync_client.read_variable_by_name(unique).to_dict() == created.to_dict()
    artifact = sync_client.create_artifact({"key": unique, "type": "result", "data": 1})
    assert sync_client.count_artifacts(artifact_filter={"key": {"any_": [unique]}}) == 1
    sync_client.delete_artifact(artifact.id)
    sync_client.delete_variable_by_name(unique)
    assert sync_client.read_variable_by_name(unique) is None


async def test_async_sees_sync_writes(client, sync_client, unique):
    sync_client.create_variable({"name": unique, "value": [1, "two"]})
    read = await client.read_variable_by_name(unique)
    assert read.value == [1, "two"]
    assert [
        v.id for v in sync_client.read_variables(variable_filter={"name": {"any_": [unique]}})
    ] == [v.id for v in await client.read_variables(variable_filter={"name": {"any_": [unique]}})]
    await client.delete_variable_by_name(unique)
    assert sync_client.read_variable_by_name(uuid.uuid4().hex) is None
