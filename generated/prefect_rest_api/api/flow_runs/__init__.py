"""Endpoints of the flow_runs group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = [
    "average_flow_run_lateness",
    "bulk_delete_flow_runs",
    "bulk_set_flow_run_state",
    "count_flow_runs",
    "create_flow_run",
    "create_flow_run_input",
    "delete_flow_run",
    "delete_flow_run_input",
    "download_logs",
    "filter_flow_run_input",
    "flow_run_history",
    "paginate_flow_runs",
    "read_flow_run",
    "read_flow_run_graph_v1",
    "read_flow_run_graph_v2",
    "read_flow_run_input",
    "read_flow_runs",
    "resume_flow_run",
    "set_flow_run_state",
    "update_flow_run",
    "update_flow_run_labels",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
