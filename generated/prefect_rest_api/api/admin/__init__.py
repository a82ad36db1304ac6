"""Endpoints of the admin group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import (
        clear_server_default_result_storage as clear_server_default_result_storage,
    )
    from . import (
        read_server_default_result_storage as read_server_default_result_storage,
    )
    from . import read_settings as read_settings
    from . import read_version as read_version
    from . import (
        update_server_default_result_storage as update_server_default_result_storage,
    )

__all__ = [
    "clear_server_default_result_storage",
    "read_server_default_result_storage",
    "read_settings",
    "read_version",
    "update_server_default_result_storage",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
