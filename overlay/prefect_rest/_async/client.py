"""The async client: every resource mixin on one class."""

from __future__ import annotations

from .automations import AsyncAutomationsMixin
from .blocks import AsyncBlocksMixin
from .concurrency import AsyncConcurrencyMixin
from .deployments import AsyncDeploymentsMixin
from .flow_runs import AsyncFlowRunsMixin
from .flows import AsyncFlowsMixin
from .logs_events import AsyncLogsEventsMixin
from .server import AsyncServerMixin
from .task_runs import AsyncTaskRunsMixin
from .variables_artifacts import AsyncVariablesArtifactsMixin
from .work_pools import AsyncWorkPoolsMixin


class PrefectClient(
    AsyncServerMixin,
    AsyncFlowsMixin,
    AsyncFlowRunsMixin,
    AsyncTaskRunsMixin,
    AsyncDeploymentsMixin,
    AsyncWorkPoolsMixin,
    AsyncBlocksMixin,
    AsyncVariablesArtifactsMixin,
    AsyncConcurrencyMixin,
    AsyncAutomationsMixin,
    AsyncLogsEventsMixin,
):
    """An async client for the Prefect REST API, offering the methods of Prefect's ``PrefectClient``.

    >>> async with PrefectClient("http://127.0.0.1:4200/api") as client:
    ...     flow_id = await client.create_flow_from_name("etl")
    """
