from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.api_settings import APISettings
    from ..models.cli_settings import CLISettings
    from ..models.client_settings import ClientSettings
    from ..models.cloud_settings import CloudSettings
    from ..models.deployments_settings import DeploymentsSettings
    from ..models.events_settings import EventsSettings
    from ..models.experiments_settings import ExperimentsSettings
    from ..models.flows_settings import FlowsSettings
    from ..models.internal_settings import InternalSettings
    from ..models.logging_settings import LoggingSettings
    from ..models.plugins_settings import PluginsSettings
    from ..models.results_settings import ResultsSettings
    from ..models.runner_settings import RunnerSettings
    from ..models.server_settings import ServerSettings
    from ..models.tasks_settings import TasksSettings
    from ..models.telemetry_settings import TelemetrySettings
    from ..models.testing_settings import TestingSettings
    from ..models.worker_settings import WorkerSettings


@_attrs_define(kw_only=True)
class Settings(_t.Model):
    """Settings for Prefect using Pydantic settings.

    See https://docs.pydantic.dev/latest/concepts/pydantic_settings

    Attributes:
        api (APISettings | Unset): Settings for interacting with the Prefect API
        cli (CLISettings | Unset): Settings for controlling CLI behavior
        client (ClientSettings | Unset): Settings for controlling API client behavior
        cloud (CloudSettings | Unset): Settings for interacting with Prefect Cloud
        debug_mode (bool | Unset): If True, enables debug mode which may provide additional logging
            and debugging features. Default: False.
        deployments (DeploymentsSettings | Unset): Settings for configuring deployments defaults
        events (EventsSettings | Unset): Settings for controlling events behavior
        experiments (ExperimentsSettings | Unset): Settings for configuring experimental features
        flows (FlowsSettings | Unset): Settings for controlling flow behavior
        home (str | Unset): The path to the Prefect home directory. Defaults to ~/.prefect Default:
            '~/.prefect'.
        internal (InternalSettings | Unset):
        logging (LoggingSettings | Unset): Settings for controlling logging behavior
        plugins (PluginsSettings | Unset): Settings for configuring the plugin system.

            Each field also accepts the legacy `PREFECT_EXPERIMENTS_PLUGINS_*` env-var
            name. The system warns once at import time when any of those legacy names
            is present in the environment. Legacy `[experiments.plugins]` TOML tables
            are read as a lower-priority fallback for the same backward-compat reason.
        profiles_path (str | Unset): The path to a profiles configuration file. Supports
            \\$PREFECT_HOME templating. Defaults to \\$PREFECT_HOME/profiles.toml.
        results (ResultsSettings | Unset): Settings for controlling result storage behavior
        runner (RunnerSettings | Unset): Settings for controlling runner behavior
        server (ServerSettings | Unset): Settings for controlling server behavior
        silence_api_url_misconfiguration (bool | Unset):
                    If `True`, disable the warning when a user accidentally misconfigure its
            `PREFECT_API_URL`
                    Sometimes when a user manually set `PREFECT_API_URL` to a custom url,reverse-proxy
            for example,
                    we would like to silence this warning so we will set it to `FALSE`.
                     Default: False.
        tasks (TasksSettings | Unset):
        telemetry (TelemetrySettings | Unset): Settings for configuring Prefect telemetry
        testing (TestingSettings | Unset):
        ui_url (str | None | Unset): The URL of the Prefect UI. If not set, the client will attempt
            to infer it.
        worker (WorkerSettings | Unset):
    """

    api: APISettings | Unset = UNSET
    cli: CLISettings | Unset = UNSET
    client: ClientSettings | Unset = UNSET
    cloud: CloudSettings | Unset = UNSET
    debug_mode: bool | Unset = UNSET
    deployments: DeploymentsSettings | Unset = UNSET
    events: EventsSettings | Unset = UNSET
    experiments: ExperimentsSettings | Unset = UNSET
    flows: FlowsSettings | Unset = UNSET
    home: str | Unset = UNSET
    internal: InternalSettings | Unset = UNSET
    logging: LoggingSettings | Unset = UNSET
    plugins: PluginsSettings | Unset = UNSET
    profiles_path: str | Unset = UNSET
    results: ResultsSettings | Unset = UNSET
    runner: RunnerSettings | Unset = UNSET
    server: ServerSettings | Unset = UNSET
    silence_api_url_misconfiguration: bool | Unset = UNSET
    tasks: TasksSettings | Unset = UNSET
    telemetry: TelemetrySettings | Unset = UNSET
    testing: TestingSettings | Unset = UNSET
    ui_url: str | None | Unset = UNSET
    worker: WorkerSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    Settings,
    _t.Field("api", "api", _t.model("api_settings", "APISettings"), False),
    _t.Field("cli", "cli", _t.model("cli_settings", "CLISettings"), False),
    _t.Field("client", "client", _t.model("client_settings", "ClientSettings"), False),
    _t.Field("cloud", "cloud", _t.model("cloud_settings", "CloudSettings"), False),
    _t.Field("debug_mode", "debug_mode", _t.BOOL, False, default=False),
    _t.Field(
        "deployments", "deployments", _t.model("deployments_settings", "DeploymentsSettings"), False
    ),
    _t.Field("events", "events", _t.model("events_settings", "EventsSettings"), False),
    _t.Field(
        "experiments", "experiments", _t.model("experiments_settings", "ExperimentsSettings"), False
    ),
    _t.Field("flows", "flows", _t.model("flows_settings", "FlowsSettings"), False),
    _t.Field("home", "home", _t.STR, False, default="~/.prefect"),
    _t.Field("internal", "internal", _t.model("internal_settings", "InternalSettings"), False),
    _t.Field("logging", "logging", _t.model("logging_settings", "LoggingSettings"), False),
    _t.Field("plugins", "plugins", _t.model("plugins_settings", "PluginsSettings"), False),
    _t.Field("profiles_path", "profiles_path", _t.STR, False),
    _t.Field("results", "results", _t.model("results_settings", "ResultsSettings"), False),
    _t.Field("runner", "runner", _t.model("runner_settings", "RunnerSettings"), False),
    _t.Field("server", "server", _t.model("server_settings", "ServerSettings"), False),
    _t.Field(
        "silence_api_url_misconfiguration",
        "silence_api_url_misconfiguration",
        _t.BOOL,
        False,
        default=False,
    ),
    _t.Field("tasks", "tasks", _t.model("tasks_settings", "TasksSettings"), False),
    _t.Field("telemetry", "telemetry", _t.model("telemetry_settings", "TelemetrySettings"), False),
    _t.Field("testing", "testing", _t.model("testing_settings", "TestingSettings"), False),
    _t.Field("ui_url", "ui_url", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("worker", "worker", _t.model("worker_settings", "WorkerSettings"), False),
)

_d0 = Settings._fields_[0].decode
_d1 = Settings._fields_[1].decode
_d2 = Settings._fields_[2].decode
_d3 = Settings._fields_[3].decode
_d5 = Settings._fields_[5].decode
_d6 = Settings._fields_[6].decode
_d7 = Settings._fields_[7].decode
_d8 = Settings._fields_[8].decode
_d10 = Settings._fields_[10].decode
_d11 = Settings._fields_[11].decode
_d12 = Settings._fields_[12].decode
_d14 = Settings._fields_[14].decode
_d15 = Settings._fields_[15].decode
_d16 = Settings._fields_[16].decode
_d18 = Settings._fields_[18].decode
_d19 = Settings._fields_[19].decode
_d20 = Settings._fields_[20].decode
_d22 = Settings._fields_[22].decode


def _decode(self: Settings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("api", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "api", v)
    v = get("cli", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "cli", v)
    v = get("client", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "client", v)
    v = get("cloud", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "cloud", v)
    v = get("debug_mode", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "debug_mode", v)
    v = get("deployments", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "deployments", v)
    v = get("events", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "events", v)
    v = get("experiments", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "experiments", v)
    v = get("flows", UNSET)
    if v is not UNSET:
        v = _d8(v)
    put(self, "flows", v)
    v = get("home", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "home", v)
    v = get("internal", UNSET)
    if v is not UNSET:
        v = _d10(v)
    put(self, "internal", v)
    v = get("logging", UNSET)
    if v is not UNSET:
        v = _d11(v)
    put(self, "logging", v)
    v = get("plugins", UNSET)
    if v is not UNSET:
        v = _d12(v)
    put(self, "plugins", v)
    v = get("profiles_path", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "profiles_path", v)
    v = get("results", UNSET)
    if v is not UNSET:
        v = _d14(v)
    put(self, "results", v)
    v = get("runner", UNSET)
    if v is not UNSET:
        v = _d15(v)
    put(self, "runner", v)
    v = get("server", UNSET)
    if v is not UNSET:
        v = _d16(v)
    put(self, "server", v)
    v = get("silence_api_url_misconfiguration", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "silence_api_url_misconfiguration", v)
    v = get("tasks", UNSET)
    if v is not UNSET:
        v = _d18(v)
    put(self, "tasks", v)
    v = get("telemetry", UNSET)
    if v is not UNSET:
        v = _d19(v)
    put(self, "telemetry", v)
    v = get("testing", UNSET)
    if v is not UNSET:
        v = _d20(v)
    put(self, "testing", v)
    v = get("ui_url", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "ui_url", v)
    v = get("worker", UNSET)
    if v is not UNSET:
        v = _d22(v)
    put(self, "worker", v)


Settings._fast_ = _decode


def _dump_json(self: Settings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.api
    if isinstance(v, _t.Model):
        out["api"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["api"] = v
    elif v is not UNSET:
        out["api"] = _dj(v)
    v = self.cli
    if isinstance(v, _t.Model):
        out["cli"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["cli"] = v
    elif v is not UNSET:
        out["cli"] = _dj(v)
    v = self.client
    if isinstance(v, _t.Model):
        out["client"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["client"] = v
    elif v is not UNSET:
        out["client"] = _dj(v)
    v = self.cloud
    if isinstance(v, _t.Model):
        out["cloud"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["cloud"] = v
    elif v is not UNSET:
        out["cloud"] = _dj(v)
    v = self.debug_mode
    if v.__class__ in _PLAIN:
        out["debug_mode"] = v
    elif v is not UNSET:
        out["debug_mode"] = _dj(v)
    v = self.deployments
    if isinstance(v, _t.Model):
        out["deployments"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["deployments"] = v
    elif v is not UNSET:
        out["deployments"] = _dj(v)
    v = self.events
    if isinstance(v, _t.Model):
        out["events"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["events"] = v
    elif v is not UNSET:
        out["events"] = _dj(v)
    v = self.experiments
    if isinstance(v, _t.Model):
        out["experiments"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["experiments"] = v
    elif v is not UNSET:
        out["experiments"] = _dj(v)
    v = self.flows
    if isinstance(v, _t.Model):
        out["flows"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["flows"] = v
    elif v is not UNSET:
        out["flows"] = _dj(v)
    v = self.home
    if v.__class__ in _PLAIN:
        out["home"] = v
    elif v is not UNSET:
        out["home"] = _dj(v)
    v = self.internal
    if isinstance(v, _t.Model):
        out["internal"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["internal"] = v
    elif v is not UNSET:
        out["internal"] = _dj(v)
    v = self.logging
    if isinstance(v, _t.Model):
        out["logging"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["logging"] = v
    elif v is not UNSET:
        out["logging"] = _dj(v)
    v = self.plugins
    if isinstance(v, _t.Model):
        out["plugins"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["plugins"] = v
    elif v is not UNSET:
        out["plugins"] = _dj(v)
    v = self.profiles_path
    if v.__class__ in _PLAIN:
        out["profiles_path"] = v
    elif v is not UNSET:
        out["profiles_path"] = _dj(v)
    v = self.results
    if isinstance(v, _t.Model):
        out["results"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["results"] = v
    elif v is not UNSET:
        out["results"] = _dj(v)
    v = self.runner
    if isinstance(v, _t.Model):
        out["runner"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["runner"] = v
    elif v is not UNSET:
        out["runner"] = _dj(v)
    v = self.server
    if isinstance(v, _t.Model):
        out["server"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["server"] = v
    elif v is not UNSET:
        out["server"] = _dj(v)
    v = self.silence_api_url_misconfiguration
    if v.__class__ in _PLAIN:
        out["silence_api_url_misconfiguration"] = v
    elif v is not UNSET:
        out["silence_api_url_misconfiguration"] = _dj(v)
    v = self.tasks
    if isinstance(v, _t.Model):
        out["tasks"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["tasks"] = v
    elif v is not UNSET:
        out["tasks"] = _dj(v)
    v = self.telemetry
    if isinstance(v, _t.Model):
        out["telemetry"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["telemetry"] = v
    elif v is not UNSET:
        out["telemetry"] = _dj(v)
    v = self.testing
    if isinstance(v, _t.Model):
        out["testing"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["testing"] = v
    elif v is not UNSET:
        out["testing"] = _dj(v)
    v = self.ui_url
    if v.__class__ in _PLAIN:
        out["ui_url"] = v
    elif v is not UNSET:
        out["ui_url"] = _dj(v)
    v = self.worker
    if isinstance(v, _t.Model):
        out["worker"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["worker"] = v
    elif v is not UNSET:
        out["worker"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Settings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
