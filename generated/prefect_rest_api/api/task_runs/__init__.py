"""Endpoints of the task_runs group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import count_task_runs as count_task_runs
    from . import create_task_run as create_task_run
    from . import delete_task_run as delete_task_run
    from . import paginate_task_runs as paginate_task_runs
    from . import read_task_run as read_task_run
    from . import read_task_runs as read_task_runs
    from . import set_task_run_state as set_task_run_state
    from . import task_run_history as task_run_history
    from . import update_task_run as update_task_run

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
