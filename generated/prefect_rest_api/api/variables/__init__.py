"""Endpoints of the variables group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import count_variables as count_variables
    from . import create_variable as create_variable
    from . import delete_variable as delete_variable
    from . import delete_variable_by_name as delete_variable_by_name
    from . import read_variable as read_variable
    from . import read_variable_by_name as read_variable_by_name
    from . import read_variables as read_variables
    from . import update_variable as update_variable
    from . import update_variable_by_name as update_variable_by_name

__all__ = [
    "count_variables",
    "create_variable",
    "delete_variable",
    "delete_variable_by_name",
    "read_variable",
    "read_variable_by_name",
    "read_variables",
    "update_variable",
    "update_variable_by_name",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
