"""Endpoints of the concurrency_limits group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import create_concurrency_limit as create_concurrency_limit
    from . import decrement_concurrency_limits_v1 as decrement_concurrency_limits_v1
    from . import delete_concurrency_limit as delete_concurrency_limit
    from . import delete_concurrency_limit_by_tag as delete_concurrency_limit_by_tag
    from . import increment_concurrency_limits_v1 as increment_concurrency_limits_v1
    from . import read_concurrency_limit as read_concurrency_limit
    from . import read_concurrency_limit_by_tag as read_concurrency_limit_by_tag
    from . import read_concurrency_limits as read_concurrency_limits
    from . import reset_concurrency_limit_by_tag as reset_concurrency_limit_by_tag

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
