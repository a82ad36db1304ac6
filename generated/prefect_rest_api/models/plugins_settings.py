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


_values = PluginsSettings._values_


def _dump_json(self: PluginsSettings) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ is dict:
        v0 = _dump_dict(v0) if v0 else {}
    elif v0.__class__ is list:
        v0 = _dump_list(v0) if v0 else []
    elif v0 is not None and v0.__class__ not in _PLAIN:
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
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "allow": v0,
        "deny": v1,
        "enabled": v2,
        "safe_mode": v3,
        "setup_timeout_seconds": v4,
        "strict": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


PluginsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
