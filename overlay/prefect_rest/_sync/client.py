# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""The async client: every resource mixin on one class."""

from __future__ import annotations

from .automations import SyncAutomationsMixin
from .blocks import SyncBlocksMixin
from .concurrency import SyncConcurrencyMixin
from .deployments import SyncDeploymentsMixin
from .flow_runs import SyncFlowRunsMixin
from .flows import SyncFlowsMixin
from .logs_events import SyncLogsEventsMixin
from .server import SyncServerMixin
from .task_runs import SyncTaskRunsMixin
from .variables_artifacts import SyncVariablesArtifactsMixin
from .work_pools import SyncWorkPoolsMixin


class SyncPrefectClient(
    SyncServerMixin,
    SyncFlowsMixin,
    SyncFlowRunsMixin,
    SyncTaskRunsMixin,
    SyncDeploymentsMixin,
    SyncWorkPoolsMixin,
    SyncBlocksMixin,
    SyncVariablesArtifactsMixin,
    SyncConcurrencyMixin,
    SyncAutomationsMixin,
    SyncLogsEventsMixin,
):
    """An async client for the Prefect REST API, offering the methods of Prefect's ``PrefectClient``.

    >>> async with PrefectClient("http://127.0.0.1:4200/api") as client:
    ...     flow_id = await client.create_flow_from_name("etl")
    """
