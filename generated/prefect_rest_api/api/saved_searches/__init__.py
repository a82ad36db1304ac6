"""Endpoints of the saved_searches group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import create_saved_search as create_saved_search
    from . import delete_saved_search as delete_saved_search
    from . import read_saved_search as read_saved_search
    from . import read_saved_searches as read_saved_searches

__all__ = [
    "create_saved_search",
    "delete_saved_search",
    "read_saved_search",
    "read_saved_searches",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
