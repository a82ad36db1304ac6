"""Endpoints of the events group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import count_account_events as count_account_events
    from . import create_events as create_events
    from . import read_account_events_page as read_account_events_page
    from . import read_events as read_events

__all__ = [
    "count_account_events",
    "create_events",
    "read_account_events_page",
    "read_events",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
