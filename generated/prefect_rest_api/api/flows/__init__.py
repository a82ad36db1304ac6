"""Endpoints of the flows group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = [
    "bulk_delete_flows",
    "count_flows",
    "create_flow",
    "delete_flow",
    "paginate_flows",
    "read_flow",
    "read_flow_by_name",
    "read_flows",
    "update_flow",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
