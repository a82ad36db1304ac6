from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.runner_server_settings import RunnerServerSettings


@_attrs_define(kw_only=True)
class RunnerSettings(_t.Model):
    """Settings for controlling runner behavior

    Attributes:
        auto_install_dependencies (bool | Unset): Whether runners may install dependencies before
            executing flow runs. Enable this when deployments pull code that needs dependencies prepared
            at runtime. Default: False.
        crash_on_cancellation_failure (bool | Unset): Whether to crash flow runs and shut down the
            runner when cancellation observing fails. When enabled, if both websocket and polling
            mechanisms for detecting cancellation events fail, all in-flight flow runs will be marked as
            crashed and the runner will shut down. When disabled (default), the runner will log an error
            but continue executing flow runs. Default: False.
        poll_frequency (int | Unset): Number of seconds a runner should wait between queries for
            scheduled work. Default: 10.
        process_limit (int | Unset): Maximum number of processes a runner will execute in parallel.
            Default: 5.
        server (RunnerServerSettings | Unset): Settings for controlling runner server behavior
    """

    auto_install_dependencies: bool | Unset = UNSET
    crash_on_cancellation_failure: bool | Unset = UNSET
    poll_frequency: int | Unset = UNSET
    process_limit: int | Unset = UNSET
    server: RunnerServerSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    RunnerSettings,
    _t.Field(
        "auto_install_dependencies", "auto_install_dependencies", _t.BOOL, False, default=False
    ),
    _t.Field(
        "crash_on_cancellation_failure",
        "crash_on_cancellation_failure",
        _t.BOOL,
        False,
        default=False,
    ),
    _t.Field("poll_frequency", "poll_frequency", _t.INT, False, default=10),
    _t.Field("process_limit", "process_limit", _t.INT, False, default=5),
    _t.Field("server", "server", _t.model("runner_server_settings", "RunnerServerSettings"), False),
)

_d4 = RunnerSettings._fields_[4].decode


def _decode(self: RunnerSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("auto_install_dependencies", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "auto_install_dependencies", v)
    v = get("crash_on_cancellation_failure", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "crash_on_cancellation_failure", v)
    v = get("poll_frequency", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "poll_frequency", v)
    v = get("process_limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "process_limit", v)
    v = get("server", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "server", v)


RunnerSettings._fast_ = _decode


def _dump_json(self: RunnerSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.auto_install_dependencies
    if v.__class__ in _PLAIN:
        out["auto_install_dependencies"] = v
    elif v is not UNSET:
        out["auto_install_dependencies"] = _dj(v)
    v = self.crash_on_cancellation_failure
    if v.__class__ in _PLAIN:
        out["crash_on_cancellation_failure"] = v
    elif v is not UNSET:
        out["crash_on_cancellation_failure"] = _dj(v)
    v = self.poll_frequency
    if v.__class__ in _PLAIN:
        out["poll_frequency"] = v
    elif v is not UNSET:
        out["poll_frequency"] = _dj(v)
    v = self.process_limit
    if v.__class__ in _PLAIN:
        out["process_limit"] = v
    elif v is not UNSET:
        out["process_limit"] = _dj(v)
    v = self.server
    if isinstance(v, _t.Model):
        out["server"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["server"] = v
    elif v is not UNSET:
        out["server"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


RunnerSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
