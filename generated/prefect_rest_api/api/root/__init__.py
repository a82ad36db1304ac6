"""Endpoints of the root group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import create_csrf_token as create_csrf_token
    from . import health_check as health_check
    from . import hello as hello
    from . import perform_readiness_check as perform_readiness_check
    from . import server_version as server_version

__all__ = [
    "create_csrf_token",
    "health_check",
    "hello",
    "perform_readiness_check",
    "server_version",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
