"""Endpoints of the work_pools group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import count_work_pools as count_work_pools
    from . import create_work_pool as create_work_pool
    from . import create_work_queue as create_work_queue
    from . import delete_work_pool as delete_work_pool
    from . import delete_work_queue as delete_work_queue
    from . import delete_worker as delete_worker
    from . import get_scheduled_flow_runs as get_scheduled_flow_runs
    from . import read_work_pool as read_work_pool
    from . import read_work_pool_concurrency_status as read_work_pool_concurrency_status
    from . import read_work_pools as read_work_pools
    from . import read_work_queue as read_work_queue
    from . import read_work_queues as read_work_queues
    from . import read_workers as read_workers
    from . import update_work_pool as update_work_pool
    from . import update_work_queue as update_work_queue
    from . import worker_heartbeat as worker_heartbeat

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
