"""Every generated model by its schema name (``from prefect_rest.models import FlowCreate``).

Models load on first use: importing this module costs nothing.

Prefect's own client names some of the objects it returns or sends differently
from the API document's schemas: ``read_flow_run`` returns a ``FlowRun`` there and a
``FlowRunResponse`` here; ``GlobalConcurrencyLimitCreate`` is the document's
``ConcurrencyLimitV2Create``.  Those names (:data:`PREFECT_NAMES`) are aliases of
the classes this client returns, so ``isinstance(run, FlowRun)`` holds (the
document's narrower ``FlowRun`` and ``WorkQueue`` schemas are decoded into
those classes too, see ``scripts/generator_shapes.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import prefect_rest_api.models as _models

if TYPE_CHECKING:  # type checkers see every class (`flow.nmae` is an error there)
    from prefect_rest_api.models import *  # noqa: F403
    from prefect_rest_api.models import ConcurrencyLimitV2Create as GlobalConcurrencyLimitCreate  # noqa: F401
    from prefect_rest_api.models import ConcurrencyLimitV2Update as GlobalConcurrencyLimitUpdate  # noqa: F401
    from prefect_rest_api.models import ConcurrencyOptions as ConcurrencyLimitConfig  # noqa: F401
    from prefect_rest_api.models import DeploymentResponse as Deployment  # noqa: F401
    from prefect_rest_api.models import FlowRunResponse as FlowRun  # noqa: F401
    from prefect_rest_api.models import (  # noqa: F401
        GlobalConcurrencyLimitResponse as GlobalConcurrencyLimit,
    )
    from prefect_rest_api.models import WorkerResponse as Worker  # noqa: F401
    from prefect_rest_api.models import WorkPoolResponse as WorkPool  # noqa: F401
    from prefect_rest_api.models import WorkQueueResponse as WorkQueue  # noqa: F401

#: Prefect's class name -> the schema name of the class this client returns for it.
PREFECT_NAMES: dict[str, str] = {
    "ConcurrencyLimitConfig": "ConcurrencyOptions",
    "Deployment": "DeploymentResponse",
    "FlowRun": "FlowRunResponse",
    "GlobalConcurrencyLimit": "GlobalConcurrencyLimitResponse",
    "GlobalConcurrencyLimitCreate": "ConcurrencyLimitV2Create",
    "GlobalConcurrencyLimitUpdate": "ConcurrencyLimitV2Update",
    "Worker": "WorkerResponse",
    "WorkPool": "WorkPoolResponse",
    "WorkQueue": "WorkQueueResponse",
}


def __getattr__(name: str) -> Any:
    value = getattr(_models, PREFECT_NAMES.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


__all__ = sorted(set(_models.__all__) | set(PREFECT_NAMES))
