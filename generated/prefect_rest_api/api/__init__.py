"""The API's endpoints, one package per tag (``api.flows.read_flow``), imported on first use."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import admin as admin
    from . import artifacts as artifacts
    from . import automations as automations
    from . import block_capabilities as block_capabilities
    from . import block_documents as block_documents
    from . import block_schemas as block_schemas
    from . import block_types as block_types
    from . import collections as collections
    from . import concurrency_limits as concurrency_limits
    from . import concurrency_limits_v2 as concurrency_limits_v2
    from . import deployments as deployments
    from . import events as events
    from . import flow_run_states as flow_run_states
    from . import flow_runs as flow_runs
    from . import flows as flows
    from . import logs as logs
    from . import root as root
    from . import saved_searches as saved_searches
    from . import task_run_states as task_run_states
    from . import task_runs as task_runs
    from . import task_workers as task_workers
    from . import ui as ui
    from . import variables as variables
    from . import work_pools as work_pools
    from . import work_queues as work_queues


def __getattr__(name: str) -> ModuleType:
    if name.startswith("_"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        return importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__))
