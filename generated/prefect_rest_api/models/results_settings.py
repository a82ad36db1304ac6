from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ResultsSettings(_t.Model):
    """Settings for controlling result storage behavior

    Attributes:
        default_serializer (str | Unset): The default serializer to use when not otherwise
            specified. Default: 'pickle'.
        default_storage_block (str | None | Unset): The `block-type/block-document` slug of a block
            to use as the default result storage.
        local_storage_path (str | Unset): The default location for locally persisted results.
            Defaults to $PREFECT_HOME/storage.
        persist_by_default (bool | Unset): The default setting for persisting results when not
            otherwise specified. Default: False.
    """

    default_serializer: str | Unset = UNSET
    default_storage_block: str | None | Unset = UNSET
    local_storage_path: str | Unset = UNSET
    persist_by_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ResultsSettings,
    _t.Field("default_serializer", "default_serializer", _t.STR, False, default="pickle"),
    _t.Field(
        "default_storage_block",
        "default_storage_block",
        _t.union(_t.STR, _t.NONE),
        False,
        default=None,
    ),
    _t.Field("local_storage_path", "local_storage_path", _t.STR, False),
    _t.Field("persist_by_default", "persist_by_default", _t.BOOL, False, default=False),
)


def _decode(self: ResultsSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("default_serializer", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "default_serializer", v)
    v = get("default_storage_block", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "default_storage_block", v)
    v = get("local_storage_path", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "local_storage_path", v)
    v = get("persist_by_default", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "persist_by_default", v)


ResultsSettings._fast_ = _decode


_values = ResultsSettings._values_


def _dump_json(self: ResultsSettings) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "default_serializer": v0,
        "default_storage_block": v1,
        "local_storage_path": v2,
        "persist_by_default": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ResultsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
