"""Endpoints of the flows group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import bulk_delete_flows as bulk_delete_flows
    from . import count_flows as count_flows
    from . import create_flow as create_flow
    from . import delete_flow as delete_flow
    from . import paginate_flows as paginate_flows
    from . import read_flow as read_flow
    from . import read_flow_by_name as read_flow_by_name
    from . import read_flows as read_flows
    from . import update_flow as update_flow

__all__ = [
    "bulk_delete_flows",
    "count_flows",
    "create_flow",
    "delete_flow",
    "paginate_flows",
    "read_flow",
    "read_flow_by_name",
    "read_flows",
    "update_flow",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
