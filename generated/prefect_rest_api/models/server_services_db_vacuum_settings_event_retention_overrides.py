from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t


@_attrs_define(kw_only=True)
class ServerServicesDBVacuumSettingsEventRetentionOverrides(_t.Model):
    """Per-event-type retention period overrides. Keys are event type strings (e.g. 'prefect.flow-
    run.heartbeat'), values are retention periods in seconds. Event types not listed fall back to
    server.events.retention_period. Each override is capped by the global events retention period.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    ServerServicesDBVacuumSettingsEventRetentionOverrides,
)
