"""Endpoints of the block_documents group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import count_block_documents as count_block_documents
    from . import create_block_document as create_block_document
    from . import delete_block_document as delete_block_document
    from . import read_block_document_by_id as read_block_document_by_id
    from . import read_block_documents as read_block_documents
    from . import update_block_document_data as update_block_document_data

__all__ = [
    "count_block_documents",
    "create_block_document",
    "delete_block_document",
    "read_block_document_by_id",
    "read_block_documents",
    "update_block_document_data",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
