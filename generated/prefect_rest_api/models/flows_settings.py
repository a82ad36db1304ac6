from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


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


_t.fields(
    FlowsSettings,
    _t.Field("default_retries", "default_retries", _t.INT, False),
    _t.Field(
        "default_retry_delay_seconds",
        "default_retry_delay_seconds",
        _t.union(_t.INT, _t.FLOAT, _t.list_of(_t.FLOAT)),
        False,
    ),
    _t.Field("heartbeat_frequency", "heartbeat_frequency", _t.union(_t.INT, _t.NONE), False),
)
