"""Endpoints of the work_pools group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = [
    "count_work_pools",
    "create_work_pool",
    "create_work_queue",
    "delete_work_pool",
    "delete_work_queue",
    "delete_worker",
    "get_scheduled_flow_runs",
    "read_work_pool",
    "read_work_pool_concurrency_status",
    "read_work_pools",
    "read_work_queue",
    "read_work_queues",
    "read_workers",
    "update_work_pool",
    "update_work_queue",
    "worker_heartbeat",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
