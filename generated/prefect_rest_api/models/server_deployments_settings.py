from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class ServerDeploymentsSettings(_t.Model):
    """ServerDeploymentsSettings

    Attributes:
        concurrency_slot_wait_seconds (float | Unset): The number of seconds to wait before retrying
            when a deployment flow run cannot secure a concurrency slot from the server. Default: 30.0.
    """

    concurrency_slot_wait_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    ServerDeploymentsSettings,
    _t.Field("concurrency_slot_wait_seconds", "concurrency_slot_wait_seconds", _t.FLOAT, False),
)
