from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


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
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    PluginsSettings,
    _t.Field("allow", "allow", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
    _t.Field("deny", "deny", _t.union(_t.list_of(_t.STR), _t.NONE), False, default=None),
    _t.Field("enabled", "enabled", _t.BOOL, False, default=False),
    _t.Field("safe_mode", "safe_mode", _t.BOOL, False, default=False),
    _t.Field("setup_timeout_seconds", "setup_timeout_seconds", _t.FLOAT, False, default=20.0),
    _t.Field("strict", "strict", _t.BOOL, False, default=False),
)


def _decode(self: PluginsSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("allow", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "allow", v)
    v = get("deny", UNSET)
    if (
        v is not UNSET
        and v is not None
        and (v.__class__ is not list or any(x.__class__ is not str for x in v))
    ):
        raise TypeError
    put(self, "deny", v)
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("safe_mode", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "safe_mode", v)
    v = get("setup_timeout_seconds", UNSET)
    if v is not UNSET:
        v = v if v.__class__ is float else _t.FLOAT(v)
    put(self, "setup_timeout_seconds", v)
    v = get("strict", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "strict", v)


PluginsSettings._fast_ = _decode


def _dump_json(self: PluginsSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.allow
    if v.__class__ in _PLAIN:
        out["allow"] = v
    elif v is not UNSET:
        out["allow"] = _dj(v)
    v = self.deny
    if v.__class__ in _PLAIN:
        out["deny"] = v
    elif v is not UNSET:
        out["deny"] = _dj(v)
    v = self.enabled
    if v.__class__ in _PLAIN:
        out["enabled"] = v
    elif v is not UNSET:
        out["enabled"] = _dj(v)
    v = self.safe_mode
    if v.__class__ in _PLAIN:
        out["safe_mode"] = v
    elif v is not UNSET:
        out["safe_mode"] = _dj(v)
    v = self.setup_timeout_seconds
    if v.__class__ in _PLAIN:
        out["setup_timeout_seconds"] = v
    elif v is not UNSET:
        out["setup_timeout_seconds"] = _dj(v)
    v = self.strict
    if v.__class__ in _PLAIN:
        out["strict"] = v
    elif v is not UNSET:
        out["strict"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


PluginsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
