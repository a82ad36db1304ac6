"""Endpoints of the concurrency_limits group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = [
    "create_concurrency_limit",
    "decrement_concurrency_limits_v1",
    "delete_concurrency_limit",
    "delete_concurrency_limit_by_tag",
    "increment_concurrency_limits_v1",
    "read_concurrency_limit",
    "read_concurrency_limit_by_tag",
    "read_concurrency_limits",
    "reset_concurrency_limit_by_tag",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
