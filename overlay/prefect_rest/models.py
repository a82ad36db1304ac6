"""Every generated model by its schema name (``from prefect_rest.models import FlowCreate``).

Models load on first use: importing this module costs nothing.
"""

from __future__ import annotations

from typing import Any

import prefect_rest_api.models as _models


def __getattr__(name: str) -> Any:
    value = getattr(_models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_models.__all__)


__all__ = list(_models.__all__)
