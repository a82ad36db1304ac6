"""Endpoints of the block_types group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import create_block_type as create_block_type
    from . import delete_block_type as delete_block_type
    from . import install_system_block_types as install_system_block_types
    from . import (
        read_block_document_by_name_for_block_type as read_block_document_by_name_for_block_type,
    )
    from . import (
        read_block_documents_for_block_type as read_block_documents_for_block_type,
    )
    from . import read_block_type_by_id as read_block_type_by_id
    from . import read_block_type_by_slug as read_block_type_by_slug
    from . import read_block_types as read_block_types
    from . import update_block_type as update_block_type

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
