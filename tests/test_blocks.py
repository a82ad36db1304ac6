"""Block types, schemas, documents and capabilities against the in-process server."""

from __future__ import annotations

import uuid

import pytest
from prefect_rest import models as m
from prefect_rest.exceptions import InvalidArgument, ObjectAlreadyExists, ObjectNotFound

pytestmark = pytest.mark.anyio

FIELDS = {
    "title": "Login",
    "type": "object",
    "properties": {
        "user": {"title": "User", "type": "string"},
        "password": {
            "title": "Password",
            "type": "string",
            "format": "password",
            "writeOnly": True,
        },
    },
    "required": ["user"],
    "secret_fields": ["password"],
    "block_schema_references": {},
}


@pytest.fixture
def blocks(client):
    """This file's name for the conftest async client."""
    return client


@pytest.fixture
def sync_blocks(sync_client):
    """This file's name for the conftest sync client."""
    return sync_client


async def _type_and_schema(client, unique):
    block_type = await client.create_block_type(
        m.BlockTypeCreate(name=f"Login {unique}", slug=unique, description="creds")
    )
    schema = await client.create_block_schema(
        {
            "block_type_id": str(block_type.id),
            # the server keeps one schema per checksum: a unique title makes it this type's
            "fields": {**FIELDS, "title": unique},
            "capabilities": ["login"],
            "version": "1.0",
        }
    )
    return block_type, schema


async def test_block_type_crud(blocks, unique):
    block_type = await blocks.create_block_type({"name": f"T {unique}", "slug": unique})
    assert isinstance(block_type, m.BlockType)
    assert (block_type.slug, block_type.is_protected) == (unique, False)
    with pytest.raises(ObjectAlreadyExists):
        await blocks.create_block_type({"name": f"T {unique}", "slug": unique})

    assert (await blocks.read_block_type_by_slug(unique)).id == block_type.id
    assert (await blocks.read_block_type(block_type.id)).name == f"T {unique}"

    await blocks.update_block_type(block_type.id, m.BlockTypeUpdate(description="new words"))
    assert (await blocks.read_block_type_by_slug(unique)).description == "new words"
    # a read BlockType is accepted: only its updatable fields are sent
    read = await blocks.read_block_type(block_type.id)
    read.documentation_url = "https://example.com/doc"
    await blocks.update_block_type(block_type.id, read)
    assert (await blocks.read_block_type(block_type.id)).documentation_url == (
        "https://example.com/doc"
    )

    found = await blocks.read_block_types(block_type_filter={"slug": {"any_": [unique]}})
    assert [t.id for t in found] == [block_type.id]
    assert len(await blocks.read_block_types(limit=1)) == 1

    await blocks.delete_block_type(block_type.id)
    with pytest.raises(ObjectNotFound):
        await blocks.read_block_type_by_slug(unique)


async def test_block_schemas(blocks, unique):
    block_type, schema = await _type_and_schema(blocks, unique)
    assert isinstance(schema, m.BlockSchema)
    assert schema.block_type_id == block_type.id
    assert schema.capabilities == ["login"] and schema.version == "1.0"
    assert schema.checksum.startswith("sha256:")
    assert schema.fields["secret_fields"] == ["password"]

    by_checksum = await blocks.read_block_schema_by_checksum(schema.checksum)
    assert by_checksum.id == schema.id
    versioned = await blocks.read_block_schema_by_checksum(schema.checksum, version="1.0")
    assert versioned.id == schema.id
    with pytest.raises(ObjectNotFound):
        await blocks.read_block_schema_by_checksum(schema.checksum, version="9.9")
    assert (await blocks.read_block_schema(schema.id)).checksum == schema.checksum

    listed = await blocks.read_block_schemas(
        block_schema_filter={"block_type_id": {"any_": [str(block_type.id)]}}
    )
    assert [s.id for s in listed] == [schema.id]
    latest = await blocks.get_most_recent_block_schema_for_block_type(block_type.id)
    assert latest is not None and latest.id == schema.id

    assert "login" in await blocks.read_available_block_capabilities()

    await blocks.delete_block_schema(schema.id)
    with pytest.raises(ObjectNotFound):
        await blocks.read_block_schema(schema.id)
    assert await blocks.get_most_recent_block_schema_for_block_type(block_type.id) is None


async def test_block_documents_and_secrets(blocks, unique):
    block_type, schema = await _type_and_schema(blocks, unique)
    doc = await blocks.create_block_document(
        m.BlockDocumentCreate(
            name="main",
            block_type_id=block_type.id,
            block_schema_id=schema.id,
            data={"user": "ana", "password": "s3cret"},
        )
    )
    assert isinstance(doc, m.BlockDocument)
    assert (doc.name, doc.block_type_id, doc.is_anonymous) == ("main", block_type.id, False)

    revealed = await blocks.read_block_document(doc.id)
    assert revealed.data == {"user": "ana", "password": "s3cret"}
    hidden = await blocks.read_block_document(doc.id, include_secrets=False)
    assert hidden.data == {"user": "ana", "password": "********"}

    by_name = await blocks.read_block_document_by_name("main", unique)
    assert by_name.id == doc.id and by_name.data["password"] == "s3cret"
    by_name_hidden = await blocks.read_block_document_by_name("main", unique, include_secrets=False)
    assert by_name_hidden.data["password"] == "********"

    # a second document: created from a read BlockDocument (its id is not sent)
    second = await blocks.read_block_document(doc.id)
    second.name = "backup"
    other = await blocks.create_block_document(second)
    assert other.id != doc.id and other.name == "backup"
    with pytest.raises(ObjectAlreadyExists):
        await blocks.create_block_document(second)

    by_type = await blocks.read_block_documents_by_type(unique)
    assert sorted(d.name for d in by_type) == ["backup", "main"]
    paged = await blocks.read_block_documents_by_type(unique, offset=1, limit=1)
    assert len(paged) == 1 and paged[0].id == by_type[1].id
    listed = await blocks.read_block_documents(block_schema_type=unique, include_secrets=False)
    assert {d.id for d in listed} == {doc.id, other.id}
    assert all(d.data["password"] == "********" for d in listed)
    sorted_docs = await blocks.read_block_documents(
        block_document_filter={"block_type_id": {"any_": [str(block_type.id)]}},
        sort=m.BlockDocumentSort.NAME_DESC,
        limit=1,
    )
    assert [d.name for d in sorted_docs] == ["main"]
    assert await blocks.count_block_documents(block_type_filter={"slug": {"any_": [unique]}}) == 2

    await blocks.update_block_document(doc.id, {"data": {"user": "bo"}})
    merged = await blocks.read_block_document(doc.id)
    assert merged.data == {"user": "bo", "password": "s3cret"}
    await blocks.update_block_document(
        doc.id, m.BlockDocumentUpdate(data={"user": "cy"}, merge_existing_data=False)
    )
    assert (await blocks.read_block_document(doc.id)).data == {"user": "cy"}

    await blocks.delete_block_document(doc.id)
    with pytest.raises(ObjectNotFound):
        await blocks.read_block_document(doc.id)
    with pytest.raises(ObjectNotFound):
        await blocks.read_block_document_by_name("main", unique)


async def test_bad_arguments_are_rejected_before_sending(blocks):
    with pytest.raises(InvalidArgument, match="block_type_id must be a UUID"):
        await blocks.delete_block_type("nope")
    with pytest.raises(InvalidArgument, match="block_type must be a BlockTypeCreate"):
        await blocks.create_block_type(["not", "a", "model"])
    with pytest.raises(InvalidArgument, match="block_type_slug must be a non-empty string"):
        await blocks.read_block_document_by_name("x", "")
    with pytest.raises(InvalidArgument, match="include_secrets must be a bool"):
        await blocks.read_block_document(uuid.uuid4(), include_secrets="no")
    with pytest.raises(InvalidArgument, match="limit must be a non-negative int"):
        await blocks.read_block_documents(limit=-1)
    with pytest.raises(InvalidArgument, match="block_schema_type"):
        await blocks.read_block_documents(block_schema_type="x", block_type_filter={})
    with pytest.raises(InvalidArgument, match="block_document:"):
        await blocks.create_block_document({"name": "missing ids"})


async def test_sync_client_matches_async(blocks, sync_blocks, unique):
    block_type, schema = await _type_and_schema(blocks, unique)
    body = {
        "name": "same",
        "block_type_id": str(block_type.id),
        "block_schema_id": str(schema.id),
        "data": {"user": "u", "password": "p"},
    }
    doc = sync_blocks.create_block_document(body)
    sync_read = sync_blocks.read_block_document(doc.id, include_secrets=False)
    async_read = await blocks.read_block_document(doc.id, include_secrets=False)
    assert sync_read.to_dict() == async_read.to_dict()
    assert [d.id for d in sync_blocks.read_block_documents_by_type(unique)] == [
        d.id for d in await blocks.read_block_documents_by_type(unique)
    ]
    assert sync_blocks.get_most_recent_block_schema_for_block_type(block_type.id).id == schema.id
    sync_blocks.delete_block_document(doc.id)
    with pytest.raises(ObjectNotFound):
        await blocks.read_block_document(doc.id)
