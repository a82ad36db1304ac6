"""Endpoints of the concurrency_limits_v2 group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import bulk_decrement_active_slots as bulk_decrement_active_slots
    from . import (
        bulk_decrement_active_slots_with_lease as bulk_decrement_active_slots_with_lease,
    )
    from . import bulk_increment_active_slots as bulk_increment_active_slots
    from . import (
        bulk_increment_active_slots_with_lease as bulk_increment_active_slots_with_lease,
    )
    from . import create_concurrency_limit_v2 as create_concurrency_limit_v2
    from . import delete_concurrency_limit_v2 as delete_concurrency_limit_v2
    from . import read_all_concurrency_limits_v2 as read_all_concurrency_limits_v2
    from . import read_concurrency_limit_v2 as read_concurrency_limit_v2
    from . import renew_concurrency_lease as renew_concurrency_lease
    from . import update_concurrency_limit_v2 as update_concurrency_limit_v2

__all__ = [
    "bulk_decrement_active_slots",
    "bulk_decrement_active_slots_with_lease",
    "bulk_increment_active_slots",
    "bulk_increment_active_slots_with_lease",
    "create_concurrency_limit_v2",
    "delete_concurrency_limit_v2",
    "read_all_concurrency_limits_v2",
    "read_concurrency_limit_v2",
    "renew_concurrency_lease",
    "update_concurrency_limit_v2",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
