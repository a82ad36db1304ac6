"""Endpoints of the artifacts group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import count_artifacts as count_artifacts
    from . import count_latest_artifacts as count_latest_artifacts
    from . import create_artifact as create_artifact
    from . import delete_artifact as delete_artifact
    from . import read_artifact as read_artifact
    from . import read_artifacts as read_artifacts
    from . import read_latest_artifact as read_latest_artifact
    from . import read_latest_artifacts as read_latest_artifacts
    from . import update_artifact as update_artifact

__all__ = [
    "count_artifacts",
    "count_latest_artifacts",
    "create_artifact",
    "delete_artifact",
    "read_artifact",
    "read_artifacts",
    "read_latest_artifact",
    "read_latest_artifacts",
    "update_artifact",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
