"""Endpoints of the ui group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

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
