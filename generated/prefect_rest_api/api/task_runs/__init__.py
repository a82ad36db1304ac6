"""Endpoints of the task_runs group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = [
    "count_task_runs",
    "create_task_run",
    "delete_task_run",
    "paginate_task_runs",
    "read_task_run",
    "read_task_runs",
    "set_task_run_state",
    "task_run_history",
    "update_task_run",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
