from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class ArtifactUpdate(_t.Model):
    """Data used by the Prefect REST API to update an artifact.

    Attributes:
        data (Any | None | Unset):
        description (str | None | Unset):
        metadata_ (dict[str, str] | None | Unset):
    """

    data: Any | None | Unset = UNSET
    description: str | None | Unset = UNSET
    metadata_: dict[str, str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ArtifactUpdate,
    _t.Field("data", "data", _t.union(_t.ANY, _t.NONE), False, default=None),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("metadata_", "metadata_", _t.union(_t.dict_of(_t.STR), _t.NONE), False, default=None),
)

_d2 = ArtifactUpdate._fields_[2].decode


def _decode(self: ArtifactUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("data", UNSET)

    put(self, "data", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("metadata_", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "metadata_", v)


ArtifactUpdate._fast_ = _decode


def _dump_json(self: ArtifactUpdate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.data
    if v.__class__ in _PLAIN:
        out["data"] = v
    elif v is not UNSET:
        out["data"] = _dj(v)
    v = self.description
    if v.__class__ in _PLAIN:
        out["description"] = v
    elif v is not UNSET:
        out["description"] = _dj(v)
    v = self.metadata_
    if v.__class__ in _PLAIN:
        out["metadata_"] = v
    elif v is not UNSET:
        out["metadata_"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ArtifactUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
