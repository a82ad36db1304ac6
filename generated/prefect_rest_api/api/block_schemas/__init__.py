"""Endpoints of the block_schemas group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import create_block_schema as create_block_schema
    from . import delete_block_schema as delete_block_schema
    from . import read_block_schema_by_checksum as read_block_schema_by_checksum
    from . import read_block_schema_by_id as read_block_schema_by_id
    from . import read_block_schemas as read_block_schemas

__all__ = [
    "create_block_schema",
    "delete_block_schema",
    "read_block_schema_by_checksum",
    "read_block_schema_by_id",
    "read_block_schemas",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
