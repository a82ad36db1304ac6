from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerSettings,
    _t.Field("analytics_enabled", "analytics_enabled", _t.BOOL, False, default=True),
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
        default=50,
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
    _t.Field("log_retryable_errors", "log_retryable_errors", _t.BOOL, False, default=False),
    _t.Field(
        "logging_level",
        "logging_level",
        _t.enum_of("server_settings_logging_level", "ServerSettingsLoggingLevel"),
        False,
        default="WARNING",
    ),
    _t.Field("logs", "logs", _t.model("server_logs_settings", "ServerLogsSettings"), False),
    _t.Field("memo_store_path", "memo_store_path", _t.STR, False),
    _t.Field(
        "memoize_block_auto_registration",
        "memoize_block_auto_registration",
        _t.BOOL,
        False,
        default=True,
    ),
    _t.Field("metrics_enabled", "metrics_enabled", _t.BOOL, False, default=False),
    _t.Field("register_blocks_on_start", "register_blocks_on_start", _t.BOOL, False, default=True),
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

_d1 = ServerSettings._fields_[1].decode
_d2 = ServerSettings._fields_[2].decode
_d3 = ServerSettings._fields_[3].decode
_d5 = ServerSettings._fields_[5].decode
_d6 = ServerSettings._fields_[6].decode
_d7 = ServerSettings._fields_[7].decode
_d8 = ServerSettings._fields_[8].decode
_d9 = ServerSettings._fields_[9].decode
_d11 = ServerSettings._fields_[11].decode
_d12 = ServerSettings._fields_[12].decode
_d17 = ServerSettings._fields_[17].decode
_d18 = ServerSettings._fields_[18].decode
_d19 = ServerSettings._fields_[19].decode
_d20 = ServerSettings._fields_[20].decode


def _decode(self: ServerSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("analytics_enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "analytics_enabled", v)
    v = get("api", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "api", v)
    v = get("concurrency", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "concurrency", v)
    v = get("database", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "database", v)
    v = get("deployment_schedule_max_scheduled_runs", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "deployment_schedule_max_scheduled_runs", v)
    v = get("deployments", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "deployments", v)
    v = get("docket", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "docket", v)
    v = get("ephemeral", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "ephemeral", v)
    v = get("events", UNSET)
    if v is not UNSET:
        v = _d8(v)
    put(self, "events", v)
    v = get("flow_run_graph", UNSET)
    if v is not UNSET:
        v = _d9(v)
    put(self, "flow_run_graph", v)
    v = get("log_retryable_errors", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "log_retryable_errors", v)
    v = get("logging_level", UNSET)
    if v is not UNSET:
        v = _d11(v)
    put(self, "logging_level", v)
    v = get("logs", UNSET)
    if v is not UNSET:
        v = _d12(v)
    put(self, "logs", v)
    v = get("memo_store_path", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "memo_store_path", v)
    v = get("memoize_block_auto_registration", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "memoize_block_auto_registration", v)
    v = get("metrics_enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "metrics_enabled", v)
    v = get("register_blocks_on_start", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "register_blocks_on_start", v)
    v = get("services", UNSET)
    if v is not UNSET:
        v = _d17(v)
    put(self, "services", v)
    v = get("tasks", UNSET)
    if v is not UNSET:
        v = _d18(v)
    put(self, "tasks", v)
    v = get("ui", UNSET)
    if v is not UNSET:
        v = _d19(v)
    put(self, "ui", v)
    v = get("worker_channel", UNSET)
    if v is not UNSET:
        v = _d20(v)
    put(self, "worker_channel", v)


ServerSettings._fast_ = _decode


def _dump_json(self: ServerSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.analytics_enabled
    if v.__class__ in _PLAIN:
        out["analytics_enabled"] = v
    elif v is not UNSET:
        out["analytics_enabled"] = _dj(v)
    v = self.api
    if isinstance(v, _t.Model):
        out["api"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["api"] = v
    elif v is not UNSET:
        out["api"] = _dj(v)
    v = self.concurrency
    if isinstance(v, _t.Model):
        out["concurrency"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["concurrency"] = v
    elif v is not UNSET:
        out["concurrency"] = _dj(v)
    v = self.database
    if isinstance(v, _t.Model):
        out["database"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["database"] = v
    elif v is not UNSET:
        out["database"] = _dj(v)
    v = self.deployment_schedule_max_scheduled_runs
    if v.__class__ in _PLAIN:
        out["deployment_schedule_max_scheduled_runs"] = v
    elif v is not UNSET:
        out["deployment_schedule_max_scheduled_runs"] = _dj(v)
    v = self.deployments
    if isinstance(v, _t.Model):
        out["deployments"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["deployments"] = v
    elif v is not UNSET:
        out["deployments"] = _dj(v)
    v = self.docket
    if isinstance(v, _t.Model):
        out["docket"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["docket"] = v
    elif v is not UNSET:
        out["docket"] = _dj(v)
    v = self.ephemeral
    if isinstance(v, _t.Model):
        out["ephemeral"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["ephemeral"] = v
    elif v is not UNSET:
        out["ephemeral"] = _dj(v)
    v = self.events
    if isinstance(v, _t.Model):
        out["events"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["events"] = v
    elif v is not UNSET:
        out["events"] = _dj(v)
    v = self.flow_run_graph
    if isinstance(v, _t.Model):
        out["flow_run_graph"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["flow_run_graph"] = v
    elif v is not UNSET:
        out["flow_run_graph"] = _dj(v)
    v = self.log_retryable_errors
    if v.__class__ in _PLAIN:
        out["log_retryable_errors"] = v
    elif v is not UNSET:
        out["log_retryable_errors"] = _dj(v)
    v = self.logging_level
    if isinstance(v, _Enum):
        out["logging_level"] = v._value_
    elif v.__class__ in _PLAIN:
        out["logging_level"] = v
    elif v is not UNSET:
        out["logging_level"] = _dj(v)
    v = self.logs
    if isinstance(v, _t.Model):
        out["logs"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["logs"] = v
    elif v is not UNSET:
        out["logs"] = _dj(v)
    v = self.memo_store_path
    if v.__class__ in _PLAIN:
        out["memo_store_path"] = v
    elif v is not UNSET:
        out["memo_store_path"] = _dj(v)
    v = self.memoize_block_auto_registration
    if v.__class__ in _PLAIN:
        out["memoize_block_auto_registration"] = v
    elif v is not UNSET:
        out["memoize_block_auto_registration"] = _dj(v)
    v = self.metrics_enabled
    if v.__class__ in _PLAIN:
        out["metrics_enabled"] = v
    elif v is not UNSET:
        out["metrics_enabled"] = _dj(v)
    v = self.register_blocks_on_start
    if v.__class__ in _PLAIN:
        out["register_blocks_on_start"] = v
    elif v is not UNSET:
        out["register_blocks_on_start"] = _dj(v)
    v = self.services
    if isinstance(v, _t.Model):
        out["services"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["services"] = v
    elif v is not UNSET:
        out["services"] = _dj(v)
    v = self.tasks
    if isinstance(v, _t.Model):
        out["tasks"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["tasks"] = v
    elif v is not UNSET:
        out["tasks"] = _dj(v)
    v = self.ui
    if isinstance(v, _t.Model):
        out["ui"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["ui"] = v
    elif v is not UNSET:
        out["ui"] = _dj(v)
    v = self.worker_channel
    if isinstance(v, _t.Model):
        out["worker_channel"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["worker_channel"] = v
    elif v is not UNSET:
        out["worker_channel"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
