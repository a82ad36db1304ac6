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


_values = Settings._values_


def _dump_json(self: Settings) -> dict[str, Any]:
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
        v21,
        v22,
    ) = _values(self)
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
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
    if v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if isinstance(v10, _t.Model):
        v10 = v10._dump_json()
    elif v10 is not None and v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if isinstance(v11, _t.Model):
        v11 = v11._dump_json()
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
    if isinstance(v14, _t.Model):
        v14 = v14._dump_json()
    elif v14 is not None and v14.__class__ not in _PLAIN:
        if v14 is UNSET:
            gone = True
        else:
            v14 = _dj(v14)
    if isinstance(v15, _t.Model):
        v15 = v15._dump_json()
    elif v15 is not None and v15.__class__ not in _PLAIN:
        if v15 is UNSET:
            gone = True
        else:
            v15 = _dj(v15)
    if isinstance(v16, _t.Model):
        v16 = v16._dump_json()
    elif v16 is not None and v16.__class__ not in _PLAIN:
        if v16 is UNSET:
            gone = True
        else:
            v16 = _dj(v16)
    if v17.__class__ not in _PLAIN:
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
    if v21.__class__ not in _PLAIN:
        if v21 is UNSET:
            gone = True
        else:
            v21 = _dj(v21)
    if isinstance(v22, _t.Model):
        v22 = v22._dump_json()
    elif v22 is not None and v22.__class__ not in _PLAIN:
        if v22 is UNSET:
            gone = True
        else:
            v22 = _dj(v22)
    out: dict[str, Any] = {
        "api": v0,
        "cli": v1,
        "client": v2,
        "cloud": v3,
        "debug_mode": v4,
        "deployments": v5,
        "events": v6,
        "experiments": v7,
        "flows": v8,
        "home": v9,
        "internal": v10,
        "logging": v11,
        "plugins": v12,
        "profiles_path": v13,
        "results": v14,
        "runner": v15,
        "server": v16,
        "silence_api_url_misconfiguration": v17,
        "tasks": v18,
        "telemetry": v19,
        "testing": v20,
        "ui_url": v21,
        "worker": v22,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Settings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
