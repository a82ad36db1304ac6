"""Endpoints of the work_queues group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import create_work_queue as create_work_queue
    from . import delete_work_queue as delete_work_queue
    from . import read_work_queue as read_work_queue
    from . import read_work_queue_by_name as read_work_queue_by_name
    from . import (
        read_work_queue_concurrency_status as read_work_queue_concurrency_status,
    )
    from . import read_work_queue_runs as read_work_queue_runs
    from . import read_work_queue_status as read_work_queue_status
    from . import read_work_queues as read_work_queues
    from . import update_work_queue as update_work_queue

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
