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


_values = RunnerSettings._values_


def _dump_json(self: RunnerSettings) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if isinstance(v4, _t.Model):
        v4 = v4._dump_json()
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "auto_install_dependencies": v0,
        "crash_on_cancellation_failure": v1,
        "poll_frequency": v2,
        "process_limit": v3,
        "server": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


RunnerSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
