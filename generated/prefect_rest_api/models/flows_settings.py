from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class FlowsSettings(_t.Model):
    """Settings for controlling flow behavior

    Attributes:
        default_retries (int | Unset): This value sets the default number of retries for all flows.
            Default: 0.
        default_retry_delay_seconds (int | float | list[float] | Unset): This value sets the default
            retry delay seconds for all flows. Default: 0.
        heartbeat_frequency (int | None | Unset): Number of seconds between flow run heartbeats.
            Heartbeats are used to detect crashed flow runs. Default: 180.
    """

    default_retries: int | Unset = UNSET
    default_retry_delay_seconds: int | float | list[float] | Unset = UNSET
    heartbeat_frequency: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    FlowsSettings,
    _t.Field("default_retries", "default_retries", _t.INT, False, default=0),
    _t.Field(
        "default_retry_delay_seconds",
        "default_retry_delay_seconds",
        _t.union(_t.INT, _t.FLOAT, _t.list_of(_t.FLOAT)),
        False,
        default=0,
    ),
    _t.Field(
        "heartbeat_frequency", "heartbeat_frequency", _t.union(_t.INT, _t.NONE), False, default=180
    ),
)

_d1 = FlowsSettings._fields_[1].decode


def _decode(self: FlowsSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("default_retries", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "default_retries", v)
    v = get("default_retry_delay_seconds", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "default_retry_delay_seconds", v)
    v = get("heartbeat_frequency", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "heartbeat_frequency", v)


FlowsSettings._fast_ = _decode


_values = FlowsSettings._values_


def _dump_json(self: FlowsSettings) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is dict:
        v1 = _dump_dict(v1) if v1 else {}
    elif v1.__class__ is list:
        v1 = _dump_list(v1) if v1 else []
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "default_retries": v0,
        "default_retry_delay_seconds": v1,
        "heartbeat_frequency": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


FlowsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
