"""Endpoints of the automations group, each a module imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typed as the modules they are; at run time, imported on first use
    from . import count_automations as count_automations
    from . import create_automation as create_automation
    from . import delete_automation as delete_automation
    from . import (
        delete_automations_owned_by_resource as delete_automations_owned_by_resource,
    )
    from . import patch_automation as patch_automation
    from . import read_automation as read_automation
    from . import read_automations as read_automations
    from . import (
        read_automations_related_to_resource as read_automations_related_to_resource,
    )
    from . import update_automation as update_automation
    from . import validate_automation_template as validate_automation_template
    from . import validate_template as validate_template

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
