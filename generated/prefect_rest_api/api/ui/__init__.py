"""Endpoints of the ui group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import count_deployments_by_flow as count_deployments_by_flow
    from . import count_task_runs_by_flow_run as count_task_runs_by_flow_run
    from . import next_runs_by_flow as next_runs_by_flow
    from . import read_dashboard_task_run_counts as read_dashboard_task_run_counts
    from . import read_flow_run_history as read_flow_run_history
    from . import read_task_run_counts_by_state as read_task_run_counts_by_state
    from . import read_task_run_with_flow_run_name as read_task_run_with_flow_run_name
    from . import validate_obj as validate_obj

__all__ = [
    "count_deployments_by_flow",
    "count_task_runs_by_flow_run",
    "next_runs_by_flow",
    "read_dashboard_task_run_counts",
    "read_flow_run_history",
    "read_task_run_counts_by_state",
    "read_task_run_with_flow_run_name",
    "validate_obj",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
