from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class PluginsSettings(_t.Model):
    """Settings for configuring the plugin system.

    Each field also accepts the legacy `PREFECT_EXPERIMENTS_PLUGINS_*` env-var
    name. The system warns once at import time when any of those legacy names
    is present in the environment. Legacy `[experiments.plugins]` TOML tables
    are read as a lower-priority fallback for the same backward-compat reason.

    Attributes:
        allow (list[str] | None | Unset): Comma-separated list of plugin names to allow. If set,
            only these plugins will be loaded.
        deny (list[str] | None | Unset): Comma-separated list of plugin names to deny. These plugins
            will not be loaded.
        enabled (bool | Unset): Enable the plugin system. Default: False.
        safe_mode (bool | Unset): If True, load plugins but do not execute their hooks. Useful for
            testing. Default: False.
        setup_timeout_seconds (float | Unset): Maximum time in seconds for all plugins to complete
            their setup hooks. Default: 20.0.
        strict (bool | Unset): If True, exit if a required plugin fails during setup. Default:
            False.
    """

    allow: list[str] | None | Unset = UNSET
    deny: list[str] | None | Unset = UNSET
    enabled: bool | Unset = UNSET
    safe_mode: bool | Unset = UNSET
    setup_timeout_seconds: float | Unset = UNSET
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    PluginsSettings,
    _t.Field("allow", "allow", _t.union(_t.list_of(_t.STR), _t.NONE), False),
    _t.Field("deny", "deny", _t.union(_t.list_of(_t.STR), _t.NONE), False),
    _t.Field("enabled", "enabled", _t.BOOL, False),
    _t.Field("safe_mode", "safe_mode", _t.BOOL, False),
    _t.Field("setup_timeout_seconds", "setup_timeout_seconds", _t.FLOAT, False),
    _t.Field("strict", "strict", _t.BOOL, False),
)
