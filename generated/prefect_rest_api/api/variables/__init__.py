"""Endpoints of the variables group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = [
    "count_variables",
    "create_variable",
    "delete_variable",
    "delete_variable_by_name",
    "read_variable",
    "read_variable_by_name",
    "read_variables",
    "update_variable",
    "update_variable_by_name",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
