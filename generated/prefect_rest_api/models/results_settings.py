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


def _dump_json(self: ResultsSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.default_serializer
    if v.__class__ in _PLAIN:
        out["default_serializer"] = v
    elif v is not UNSET:
        out["default_serializer"] = _dj(v)
    v = self.default_storage_block
    if v.__class__ in _PLAIN:
        out["default_storage_block"] = v
    elif v is not UNSET:
        out["default_storage_block"] = _dj(v)
    v = self.local_storage_path
    if v.__class__ in _PLAIN:
        out["local_storage_path"] = v
    elif v is not UNSET:
        out["local_storage_path"] = _dj(v)
    v = self.persist_by_default
    if v.__class__ in _PLAIN:
        out["persist_by_default"] = v
    elif v is not UNSET:
        out["persist_by_default"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ResultsSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
