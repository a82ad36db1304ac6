# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""Blocks: block types, block schemas, block documents and block capabilities."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest_api import api as ops

from .. import models as m
from .._args import (
    bad_argument,
    bool_arg,
    count_arg,
    model_arg,
    set_only,
    str_arg,
    uuid_arg,
)
from .._bodies import filter_body
from ._replay import SyncReplayMixin

if TYPE_CHECKING:
    from prefect_rest_api.models import (
        BlockDocument,
        BlockDocumentCreate,
        BlockDocumentUpdate,
        BlockSchema,
        BlockSchemaCreate,
        BlockType,
        BlockTypeCreate,
        BlockTypeUpdate,
    )


class SyncBlocksMixin(SyncReplayMixin):
    """Block types, schemas, documents and capabilities."""

    # --- block types -----------------------------------------------------

    def create_block_type(self, block_type: BlockTypeCreate | dict[str, Any]) -> BlockType:
        """Create a block type; ObjectAlreadyExists if its slug is taken."""
        body = model_arg("block_type", block_type, m.BlockTypeCreate)

        def read_back() -> Any:
            return self.read_block_type_by_slug(body.slug)

        return self._request(
            ops.block_types.create_block_type, body=body, _replay=self._own_create(body, read_back)
        )

    def read_block_type(self, block_type_id: UUID | str) -> BlockType:
        """Read a block type by id."""
        return self._request(
            ops.block_types.read_block_type_by_id, id=uuid_arg("block_type_id", block_type_id)
        )

    def read_block_type_by_slug(self, slug: str) -> BlockType:
        """Read a block type by its slug."""
        return self._request(
            ops.block_types.read_block_type_by_slug, slug=str_arg("slug", slug)
        )

    def update_block_type(
        self, block_type_id: UUID | str, block_type: BlockTypeUpdate | dict[str, Any]
    ) -> None:
        """Update a block type's fields (a ``BlockType`` or ``BlockTypeCreate`` is accepted too:
        only its updatable fields are sent)."""
        body = model_arg(
            "block_type", block_type, m.BlockTypeUpdate, m.BlockType, m.BlockTypeCreate
        )
        self._request(
            ops.block_types.update_block_type,
            id=uuid_arg("block_type_id", block_type_id),
            body=body,
        )

    def delete_block_type(self, block_type_id: UUID | str) -> None:
        """Delete a block type (the server refuses protected system types)."""
        self._request(
            ops.block_types.delete_block_type, id=uuid_arg("block_type_id", block_type_id)
        )

    def read_block_types(
        self,
        *,
        block_type_filter: Any = None,
        block_schema_filter: Any = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[BlockType]:
        """Read block types, optionally filtered."""
        body = filter_body(
            m.ReadBlockTypesBody,
            block_type_filter=block_type_filter,
            block_schema_filter=block_schema_filter,
            limit=limit,
            offset=offset,
        )
        return self._request(ops.block_types.read_block_types, body=body)

    # --- block schemas ---------------------------------------------------

    def create_block_schema(
        self, block_schema: BlockSchemaCreate | dict[str, Any]
    ) -> BlockSchema:
        """Create a block schema; ObjectAlreadyExists if the same one exists."""
        body = model_arg("block_schema", block_schema, m.BlockSchemaCreate, m.BlockSchema)
        return self._request(ops.block_schemas.create_block_schema, body=body)

    def read_block_schema(self, block_schema_id: UUID | str) -> BlockSchema:
        """Read a block schema by id."""
        return self._request(
            ops.block_schemas.read_block_schema_by_id,
            id=uuid_arg("block_schema_id", block_schema_id),
        )

    def read_block_schema_by_checksum(
        self, checksum: str, version: str | None = None
    ) -> BlockSchema:
        """Read a block schema by checksum, and version when several share it."""
        return self._request(
            ops.block_schemas.read_block_schema_by_checksum,
            checksum=str_arg("checksum", checksum),
            **set_only(version=None if version is None else str_arg("version", version)),
        )

    def read_block_schemas(
        self,
        *,
        block_schema_filter: Any = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[BlockSchema]:
        """Read block schemas, optionally filtered."""
        body = filter_body(
            m.ReadBlockSchemasBody,
            block_schema_filter=block_schema_filter,
            limit=limit,
            offset=offset,
        )
        return self._request(ops.block_schemas.read_block_schemas, body=body)

    def get_most_recent_block_schema_for_block_type(
        self, block_type_id: UUID | str
    ) -> BlockSchema | None:
        """The newest schema of a block type, or None if it has none."""
        type_id = uuid_arg("block_type_id", block_type_id)
        found = self.read_block_schemas(
            block_schema_filter={"block_type_id": {"any_": [str(type_id)]}}, limit=1
        )
        return found[0] if found else None

    def delete_block_schema(self, block_schema_id: UUID | str) -> None:
        """Delete a block schema by id."""
        self._request(
            ops.block_schemas.delete_block_schema,
            id=uuid_arg("block_schema_id", block_schema_id),
        )

    # --- block documents -------------------------------------------------

    def create_block_document(
        self,
        block_document: BlockDocument | BlockDocumentCreate | dict[str, Any],
        include_secrets: bool = True,
    ) -> BlockDocument:
        """Create a block document; ObjectAlreadyExists if its name is taken for the type.

        A read ``BlockDocument`` (ours or Prefect's) is accepted: its id and
        nested objects are not sent.  ``include_secrets`` applies to Prefect's
        pydantic objects, as in Prefect's client: their secret fields are
        sent revealed unless it is False; our models and dicts are sent as given.
        """
        body = model_arg(
            "block_document",
            block_document,
            m.BlockDocumentCreate,
            m.BlockDocument,
            dump={
                "context": {"include_secrets": bool_arg("include_secrets", include_secrets)},
                "serialize_as_any": True,
            },
        )
        return self._request(ops.block_documents.create_block_document, body=body)

    def update_block_document(
        self,
        block_document_id: UUID | str,
        block_document: BlockDocumentUpdate | dict[str, Any],
    ) -> None:
        """Update a block document's data (merged into the stored data unless
        ``merge_existing_data`` is False) or schema."""
        body = model_arg("block_document", block_document, m.BlockDocumentUpdate)
        self._request(
            ops.block_documents.update_block_document_data,
            id=uuid_arg("block_document_id", block_document_id),
            body=body,
        )

    def delete_block_document(self, block_document_id: UUID | str) -> None:
        """Delete a block document by id."""
        self._request(
            ops.block_documents.delete_block_document,
            id=uuid_arg("block_document_id", block_document_id),
        )

    def read_block_document(
        self, block_document_id: UUID | str, include_secrets: bool = True
    ) -> BlockDocument:
        """Read a block document; secret fields are obfuscated unless ``include_secrets``."""
        return self._request(
            ops.block_documents.read_block_document_by_id,
            id=uuid_arg("block_document_id", block_document_id),
            include_secrets=bool_arg("include_secrets", include_secrets),
        )

    def read_block_document_by_name(
        self, name: str, block_type_slug: str, include_secrets: bool = True
    ) -> BlockDocument:
        """Read the block document called ``name`` of the block type ``block_type_slug``."""
        return self._request(
            ops.block_types.read_block_document_by_name_for_block_type,
            slug=str_arg("block_type_slug", block_type_slug),
            block_document_name=str_arg("name", name),
            include_secrets=bool_arg("include_secrets", include_secrets),
        )

    def read_block_documents(
        self,
        block_schema_type: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        include_secrets: bool = True,
        *,
        block_document_filter: Any = None,
        block_type_filter: Any = None,
        block_schema_filter: Any = None,
        sort: Any = None,
    ) -> list[BlockDocument]:
        """Read block documents (named ones only, unless the filter asks for anonymous ones).

        ``block_schema_type`` is a block type slug: it selects that type's
        documents (the 3.x server has no such body field; it becomes a block
        type filter, and cannot be combined with ``block_type_filter``).
        """
        if block_schema_type is not None:
            if block_type_filter is not None:
                raise bad_argument(
                    "block_schema_type", block_schema_type, "None when block_type_filter is given"
                )
            slug = str_arg("block_schema_type", block_schema_type)
            block_type_filter = {"slug": {"any_": [slug]}}
        body = filter_body(
            m.ReadBlockDocumentsBody,
            m.BlockDocumentSort,
            block_document_filter=block_document_filter,
            block_type_filter=block_type_filter,
            block_schema_filter=block_schema_filter,
            sort=sort,
            limit=limit,
            offset=offset,
        )
        body.include_secrets = bool_arg("include_secrets", include_secrets)
        return self._request(ops.block_documents.read_block_documents, body=body)

    def read_block_documents_by_type(
        self,
        block_type_slug: str,
        offset: int | None = None,
        limit: int | None = None,
        include_secrets: bool = True,
    ) -> list[BlockDocument]:
        """The block documents of one block type.

        The endpoint has no paging, so ``offset`` and ``limit`` are applied to
        the list the server returns.
        """
        start = count_arg("offset", offset) or 0
        count = count_arg("limit", limit)
        found = self._request(
            ops.block_types.read_block_documents_for_block_type,
            slug=str_arg("block_type_slug", block_type_slug),
            include_secrets=bool_arg("include_secrets", include_secrets),
        )
        return found[start:] if count is None else found[start : start + count]

    def count_block_documents(
        self,
        *,
        block_document_filter: Any = None,
        block_type_filter: Any = None,
        block_schema_filter: Any = None,
    ) -> int:
        """Count block documents matching the filters."""
        body = filter_body(
            m.CountBlockDocumentsBody,
            block_document_filter=block_document_filter,
            block_type_filter=block_type_filter,
            block_schema_filter=block_schema_filter,
        )
        return self._request(ops.block_documents.count_block_documents, body=body)

    # --- capabilities ----------------------------------------------------

    def read_available_block_capabilities(self) -> list[str]:
        """Every capability some block schema declares (``read-path``, ``write-path``...)."""
        return self._request(ops.block_capabilities.read_available_block_capabilities)
