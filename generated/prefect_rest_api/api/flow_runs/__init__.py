"""Endpoints of the flow_runs group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import average_flow_run_lateness as average_flow_run_lateness
    from . import bulk_delete_flow_runs as bulk_delete_flow_runs
    from . import bulk_set_flow_run_state as bulk_set_flow_run_state
    from . import count_flow_runs as count_flow_runs
    from . import create_flow_run as create_flow_run
    from . import create_flow_run_input as create_flow_run_input
    from . import delete_flow_run as delete_flow_run
    from . import delete_flow_run_input as delete_flow_run_input
    from . import download_logs as download_logs
    from . import filter_flow_run_input as filter_flow_run_input
    from . import flow_run_history as flow_run_history
    from . import paginate_flow_runs as paginate_flow_runs
    from . import read_flow_run as read_flow_run
    from . import read_flow_run_graph_v1 as read_flow_run_graph_v1
    from . import read_flow_run_graph_v2 as read_flow_run_graph_v2
    from . import read_flow_run_input as read_flow_run_input
    from . import read_flow_runs as read_flow_runs
    from . import resume_flow_run as resume_flow_run
    from . import set_flow_run_state as set_flow_run_state
    from . import update_flow_run as update_flow_run
    from . import update_flow_run_labels as update_flow_run_labels

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
