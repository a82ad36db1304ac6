from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_api_settings import ServerAPISettings
    from ..models.server_concurrency_settings import ServerConcurrencySettings
    from ..models.server_database_settings import ServerDatabaseSettings
    from ..models.server_deployments_settings import ServerDeploymentsSettings
    from ..models.server_docket_settings import ServerDocketSettings
    from ..models.server_ephemeral_settings import ServerEphemeralSettings
    from ..models.server_events_settings import ServerEventsSettings
    from ..models.server_flow_run_graph_settings import ServerFlowRunGraphSettings
    from ..models.server_logs_settings import ServerLogsSettings
    from ..models.server_services_settings import ServerServicesSettings
    from ..models.server_settings_logging_level import ServerSettingsLoggingLevel
    from ..models.server_tasks_settings import ServerTasksSettings
    from ..models.server_ui_settings import ServerUISettings
    from ..models.server_worker_channel_settings import ServerWorkerChannelSettings


@_attrs_define(kw_only=True)
class ServerSettings(_t.Model):
    """Settings for controlling server behavior

    Attributes:
        analytics_enabled (bool | Unset):
                    When enabled, Prefect sends anonymous data (e.g. count of flow runs, package
            version)
                    on server startup to help us improve our product.
                     Default: True.
        api (ServerAPISettings | Unset): Settings for controlling API server behavior
        concurrency (ServerConcurrencySettings | Unset):
        database (ServerDatabaseSettings | Unset): Settings for controlling server database behavior
        deployment_schedule_max_scheduled_runs (int | Unset): The maximum number of scheduled runs
            to create for a deployment. Default: 50.
        deployments (ServerDeploymentsSettings | Unset):
        docket (ServerDocketSettings | Unset): Settings for controlling Docket behavior
        ephemeral (ServerEphemeralSettings | Unset): Settings for controlling ephemeral server
            behavior
        events (ServerEventsSettings | Unset): Settings for controlling behavior of the events
            subsystem
        flow_run_graph (ServerFlowRunGraphSettings | Unset): Settings for controlling behavior of
            the flow run graph
        log_retryable_errors (bool | Unset): If `True`, log retryable errors in the API and it's
            services. Default: False.
        logging_level (ServerSettingsLoggingLevel | Unset): The default logging level for the
            Prefect API server. Default: ServerSettingsLoggingLevel.WARNING.
        logs (ServerLogsSettings | Unset): Settings for controlling behavior of the logs subsystem
        memo_store_path (str | Unset): Path to the memo store file. Defaults to
            $PREFECT_HOME/memo_store.toml
        memoize_block_auto_registration (bool | Unset): Controls whether or not block auto-
            registration on start Default: True.
        metrics_enabled (bool | Unset): Whether or not to enable Prometheus metrics in the API.
            Default: False.
        register_blocks_on_start (bool | Unset): If set, any block types that have been imported
            will be registered with the backend on application startup. If not set, block types must be
            manually registered. Default: True.
        services (ServerServicesSettings | Unset): Settings for controlling server services
        tasks (ServerTasksSettings | Unset): Settings for controlling server-side behavior related
            to tasks
        ui (ServerUISettings | Unset):
        worker_channel (ServerWorkerChannelSettings | Unset): Settings for server-side worker
            channel storage and delivery policy.
    """

    analytics_enabled: bool | Unset = UNSET
    api: ServerAPISettings | Unset = UNSET
    concurrency: ServerConcurrencySettings | Unset = UNSET
    database: ServerDatabaseSettings | Unset = UNSET
    deployment_schedule_max_scheduled_runs: int | Unset = UNSET
    deployments: ServerDeploymentsSettings | Unset = UNSET
    docket: ServerDocketSettings | Unset = UNSET
    ephemeral: ServerEphemeralSettings | Unset = UNSET
    events: ServerEventsSettings | Unset = UNSET
    flow_run_graph: ServerFlowRunGraphSettings | Unset = UNSET
    log_retryable_errors: bool | Unset = UNSET
    logging_level: ServerSettingsLoggingLevel | Unset = UNSET
    logs: ServerLogsSettings | Unset = UNSET
    memo_store_path: str | Unset = UNSET
    memoize_block_auto_registration: bool | Unset = UNSET
    metrics_enabled: bool | Unset = UNSET
    register_blocks_on_start: bool | Unset = UNSET
    services: ServerServicesSettings | Unset = UNSET
    tasks: ServerTasksSettings | Unset = UNSET
    ui: ServerUISettings | Unset = UNSET
    worker_channel: ServerWorkerChannelSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    ServerSettings,
    _t.Field("analytics_enabled", "analytics_enabled", _t.BOOL, False),
    _t.Field("api", "api", _t.model("server_api_settings", "ServerAPISettings"), False),
    _t.Field(
        "concurrency",
        "concurrency",
        _t.model("server_concurrency_settings", "ServerConcurrencySettings"),
        False,
    ),
    _t.Field(
        "database",
        "database",
        _t.model("server_database_settings", "ServerDatabaseSettings"),
        False,
    ),
    _t.Field(
        "deployment_schedule_max_scheduled_runs",
        "deployment_schedule_max_scheduled_runs",
        _t.INT,
        False,
    ),
    _t.Field(
        "deployments",
        "deployments",
        _t.model("server_deployments_settings", "ServerDeploymentsSettings"),
        False,
    ),
    _t.Field("docket", "docket", _t.model("server_docket_settings", "ServerDocketSettings"), False),
    _t.Field(
        "ephemeral",
        "ephemeral",
        _t.model("server_ephemeral_settings", "ServerEphemeralSettings"),
        False,
    ),
    _t.Field("events", "events", _t.model("server_events_settings", "ServerEventsSettings"), False),
    _t.Field(
        "flow_run_graph",
        "flow_run_graph",
        _t.model("server_flow_run_graph_settings", "ServerFlowRunGraphSettings"),
        False,
    ),
    _t.Field("log_retryable_errors", "log_retryable_errors", _t.BOOL, False),
    _t.Field(
        "logging_level",
        "logging_level",
        _t.enum_of("server_settings_logging_level", "ServerSettingsLoggingLevel"),
        False,
    ),
    _t.Field("logs", "logs", _t.model("server_logs_settings", "ServerLogsSettings"), False),
    _t.Field("memo_store_path", "memo_store_path", _t.STR, False),
    _t.Field("memoize_block_auto_registration", "memoize_block_auto_registration", _t.BOOL, False),
    _t.Field("metrics_enabled", "metrics_enabled", _t.BOOL, False),
    _t.Field("register_blocks_on_start", "register_blocks_on_start", _t.BOOL, False),
    _t.Field(
        "services",
        "services",
        _t.model("server_services_settings", "ServerServicesSettings"),
        False,
    ),
    _t.Field("tasks", "tasks", _t.model("server_tasks_settings", "ServerTasksSettings"), False),
    _t.Field("ui", "ui", _t.model("server_ui_settings", "ServerUISettings"), False),
    _t.Field(
        "worker_channel",
        "worker_channel",
        _t.model("server_worker_channel_settings", "ServerWorkerChannelSettings"),
        False,
    ),
)
