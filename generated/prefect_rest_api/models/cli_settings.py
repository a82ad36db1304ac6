from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class CLISettings(_t.Model):
    """Settings for controlling CLI behavior

    Attributes:
        colors (bool | Unset): If True, use colors in CLI output. If `False`, output will not
            include colors codes. Default: True.
        prompt (bool | None | Unset): If `True`, use interactive prompts in CLI commands. If
            `False`, no interactive prompts will be used. If `None`, the value will be dynamically
            determined based on the presence of an interactive-enabled terminal.
        wrap_lines (bool | Unset): If `True`, wrap text by inserting new lines in long lines in CLI
            output. If `False`, output will not be wrapped. Default: True.
    """

    colors: bool | Unset = UNSET
    prompt: bool | None | Unset = UNSET
    wrap_lines: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CLISettings,
    _t.Field("colors", "colors", _t.BOOL, False, default=True),
    _t.Field("prompt", "prompt", _t.union(_t.BOOL, _t.NONE), False, default=None),
    _t.Field("wrap_lines", "wrap_lines", _t.BOOL, False, default=True),
)


def _decode(self: CLISettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("colors", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "colors", v)
    v = get("prompt", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "prompt", v)
    v = get("wrap_lines", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "wrap_lines", v)


CLISettings._fast_ = _decode


_values = CLISettings._values_


def _dump_json(self: CLISettings) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "colors": v0,
        "prompt": v1,
        "wrap_lines": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CLISettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
