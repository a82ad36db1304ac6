"""Endpoints of the block_types group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = [
    "create_block_type",
    "delete_block_type",
    "install_system_block_types",
    "read_block_document_by_name_for_block_type",
    "read_block_documents_for_block_type",
    "read_block_type_by_id",
    "read_block_type_by_slug",
    "read_block_types",
    "update_block_type",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
