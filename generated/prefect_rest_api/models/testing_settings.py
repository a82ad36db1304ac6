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


_values = TestingSettings._values_


def _dump_json(self: TestingSettings) -> dict[str, Any]:
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
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    out: dict[str, Any] = {
        "test_mode": v0,
        "test_setting": v1,
        "unit_test_loop_debug": v2,
        "unit_test_mode": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TestingSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
