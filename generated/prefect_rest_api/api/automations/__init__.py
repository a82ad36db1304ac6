"""Endpoints of the automations group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = [
    "count_automations",
    "create_automation",
    "delete_automation",
    "delete_automations_owned_by_resource",
    "patch_automation",
    "read_automation",
    "read_automations",
    "read_automations_related_to_resource",
    "update_automation",
    "validate_automation_template",
    "validate_template",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return __all__
