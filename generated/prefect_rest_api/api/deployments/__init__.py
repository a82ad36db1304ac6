"""Endpoints of the deployments group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = [
    "bulk_create_flow_runs_from_deployment",
    "bulk_delete_deployments",
    "count_deployments",
    "create_deployment",
    "create_deployment_schedules",
    "create_flow_run_from_deployment",
    "delete_deployment",
    "delete_deployment_schedule",
    "get_scheduled_flow_runs_for_deployments",
    "paginate_deployments",
    "pause_deployment",
    "read_deployment",
    "read_deployment_by_name",
    "read_deployment_schedules",
    "read_deployments",
    "resume_deployment",
    "schedule_deployment",
    "update_deployment",
    "update_deployment_schedule",
    "work_queue_check_for_deployment",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
