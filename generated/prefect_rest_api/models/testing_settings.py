from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class TestingSettings(_t.Model):
    """TestingSettings

    Attributes:
        test_mode (bool | Unset): If `True`, places the API in test mode. This may modify behavior
            to facilitate testing. Default: False.
        test_setting (Any | None | Unset): This setting only exists to facilitate unit testing. If
            in test mode, this setting will return its value. Otherwise, it returns `None`. Default:
            'FOO'.
        unit_test_loop_debug (bool | Unset): If `True` turns on debug mode for the unit testing
            event loop. Default: True.
        unit_test_mode (bool | Unset): This setting only exists to facilitate unit testing. If
            `True`, code is executing in a unit test context. Defaults to `False`. Default: False.
    """

    test_mode: bool | Unset = UNSET
    test_setting: Any | None | Unset = UNSET
    unit_test_loop_debug: bool | Unset = UNSET
    unit_test_mode: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TestingSettings,
    _t.Field("test_mode", "test_mode", _t.BOOL, False, default=False),
    _t.Field("test_setting", "test_setting", _t.union(_t.ANY, _t.NONE), False, default="FOO"),
    _t.Field("unit_test_loop_debug", "unit_test_loop_debug", _t.BOOL, False, default=True),
    _t.Field("unit_test_mode", "unit_test_mode", _t.BOOL, False, default=False),
)


def _decode(self: TestingSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("test_mode", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "test_mode", v)
    v = get("test_setting", UNSET)

    put(self, "test_setting", v)
    v = get("unit_test_loop_debug", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "unit_test_loop_debug", v)
    v = get("unit_test_mode", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "unit_test_mode", v)


TestingSettings._fast_ = _decode


def _dump_json(self: TestingSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.test_mode
    if v.__class__ in _PLAIN:
        out["test_mode"] = v
    elif v is not UNSET:
        out["test_mode"] = _dj(v)
    v = self.test_setting
    if v.__class__ in _PLAIN:
        out["test_setting"] = v
    elif v is not UNSET:
        out["test_setting"] = _dj(v)
    v = self.unit_test_loop_debug
    if v.__class__ in _PLAIN:
        out["unit_test_loop_debug"] = v
    elif v is not UNSET:
        out["unit_test_loop_debug"] = _dj(v)
    v = self.unit_test_mode
    if v.__class__ in _PLAIN:
        out["unit_test_mode"] = v
    elif v is not UNSET:
        out["unit_test_mode"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TestingSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
