"""Endpoints of the work_queues group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = [
    "create_work_queue",
    "delete_work_queue",
    "read_work_queue",
    "read_work_queue_by_name",
    "read_work_queue_concurrency_status",
    "read_work_queue_runs",
    "read_work_queue_status",
    "read_work_queues",
    "update_work_queue",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
