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


_values = ServerSettings._values_


def _dump_json(self: ServerSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``).

    All values are read at once into locals, converted where their type asks for it,
    and the output built in one dict display; unset fields are left out after.
    """
    if self._raw is not None:
        self._materialize()
    gone = False
    (
        v0,
        v1,
        v2,
        v3,
        v4,
        v5,
        v6,
        v7,
        v8,
        v9,
        v10,
        v11,
        v12,
        v13,
        v14,
        v15,
        v16,
        v17,
        v18,
        v19,
        v20,
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if isinstance(v1, _t.Model):
        v1 = v1._dump_json()
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if isinstance(v2, _t.Model):
        v2 = v2._dump_json()
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if isinstance(v5, _t.Model):
        v5 = v5._dump_json()
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if isinstance(v7, _t.Model):
        v7 = v7._dump_json()
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if isinstance(v8, _t.Model):
        v8 = v8._dump_json()
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if isinstance(v9, _t.Model):
        v9 = v9._dump_json()
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if isinstance(v11, _Enum):
        v11 = v11._value_
    elif v11 is not None and v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    if isinstance(v12, _t.Model):
        v12 = v12._dump_json()
    elif v12 is not None and v12.__class__ not in _PLAIN:
        if v12 is UNSET:
            gone = True
        else:
            v12 = _dj(v12)
    if v13.__class__ not in _PLAIN:
        if v13 is UNSET:
            gone = True
        else:
            v13 = _dj(v13)
    if v14.__class__ not in _PLAIN:
        if v14 is UNSET:
            gone = True
        else:
            v14 = _dj(v14)
    if v15.__class__ not in _PLAIN:
        if v15 is UNSET:
            gone = True
        else:
            v15 = _dj(v15)
    if v16.__class__ not in _PLAIN:
        if v16 is UNSET:
            gone = True
        else:
            v16 = _dj(v16)
    if isinstance(v17, _t.Model):
        v17 = v17._dump_json()
    elif v17 is not None and v17.__class__ not in _PLAIN:
        if v17 is UNSET:
            gone = True
        else:
            v17 = _dj(v17)
    if isinstance(v18, _t.Model):
        v18 = v18._dump_json()
    elif v18 is not None and v18.__class__ not in _PLAIN:
        if v18 is UNSET:
            gone = True
        else:
            v18 = _dj(v18)
    if isinstance(v19, _t.Model):
        v19 = v19._dump_json()
    elif v19 is not None and v19.__class__ not in _PLAIN:
        if v19 is UNSET:
            gone = True
        else:
            v19 = _dj(v19)
    if isinstance(v20, _t.Model):
        v20 = v20._dump_json()
    elif v20 is not None and v20.__class__ not in _PLAIN:
        if v20 is UNSET:
            gone = True
        else:
            v20 = _dj(v20)
    out: dict[str, Any] = {
        "analytics_enabled": v0,
        "api": v1,
        "concurrency": v2,
        "database": v3,
        "deployment_schedule_max_scheduled_runs": v4,
        "deployments": v5,
        "docket": v6,
        "ephemeral": v7,
        "events": v8,
        "flow_run_graph": v9,
        "log_retryable_errors": v10,
        "logging_level": v11,
        "logs": v12,
        "memo_store_path": v13,
        "memoize_block_auto_registration": v14,
        "metrics_enabled": v15,
        "register_blocks_on_start": v16,
        "services": v17,
        "tasks": v18,
        "ui": v19,
        "worker_channel": v20,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
