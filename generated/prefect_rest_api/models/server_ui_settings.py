from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ServerUISettings(_t.Model):
    """ServerUISettings

    Attributes:
        api_url (str | None | Unset): The connection url for communication from the UI to the API.
            Defaults to `PREFECT_API_URL` if set. Otherwise, the default URL is generated from
            `PREFECT_SERVER_API_HOST` and `PREFECT_SERVER_API_PORT`.
        enabled (bool | Unset): Whether or not to serve the Prefect UI. Default: True.
        serve_base (str | Unset): The base URL path to serve the Prefect UI from. Default: '/'.
        show_promotional_content (bool | Unset): Whether or not to display promotional content in
            the UI, including upgrade prompts and marketing banners. Default: True.
        static_directory (str | None | Unset): The directory to serve static files from. This should
            be used when running into permissions issues when attempting to serve the UI from the
            default directory (for example when running in a Docker container).
        v2_enabled (bool | Unset): Whether neutral UI entry points should default to the V2 UI
            instead of V1 when the browser has no saved UI preference. Set to false to restore V1 as the
            default for browsers without a saved preference. Default: True.
    """

    api_url: str | None | Unset = UNSET
    enabled: bool | Unset = UNSET
    serve_base: str | Unset = UNSET
    show_promotional_content: bool | Unset = UNSET
    static_directory: str | None | Unset = UNSET
    v2_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerUISettings,
    _t.Field("api_url", "api_url", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("enabled", "enabled", _t.BOOL, False, default=True),
    _t.Field("serve_base", "serve_base", _t.STR, False, default="/"),
    _t.Field("show_promotional_content", "show_promotional_content", _t.BOOL, False, default=True),
    _t.Field(
        "static_directory", "static_directory", _t.union(_t.STR, _t.NONE), False, default=None
    ),
    _t.Field("v2_enabled", "v2_enabled", _t.BOOL, False, default=True),
)


def _decode(self: ServerUISettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("api_url", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "api_url", v)
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("serve_base", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "serve_base", v)
    v = get("show_promotional_content", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "show_promotional_content", v)
    v = get("static_directory", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "static_directory", v)
    v = get("v2_enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "v2_enabled", v)


ServerUISettings._fast_ = _decode


_values = ServerUISettings._values_


def _dump_json(self: ServerUISettings) -> dict[str, Any]:
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
        "api_url": v0,
        "enabled": v1,
        "serve_base": v2,
        "show_promotional_content": v3,
        "static_directory": v4,
        "v2_enabled": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerUISettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
