from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class WorkPoolStorageConfiguration(_t.Model):
    """A representation of a work pool's storage configuration

    Attributes:
        bundle_execution_step (dict[str, Any] | None | Unset): The step to use for executing
            bundles.
        bundle_upload_step (dict[str, Any] | None | Unset): The step to use for uploading bundles to
            storage.
        default_result_storage_block_id (UUID | None | Unset): The block document ID of the default
            result storage block.
    """

    bundle_execution_step: dict[str, Any] | None | Unset = UNSET
    bundle_upload_step: dict[str, Any] | None | Unset = UNSET
    default_result_storage_block_id: UUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkPoolStorageConfiguration,
    _t.Field(
        "bundle_execution_step",
        "bundle_execution_step",
        _t.union(_t.OBJECT, _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "bundle_upload_step",
        "bundle_upload_step",
        _t.union(_t.OBJECT, _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "default_result_storage_block_id",
        "default_result_storage_block_id",
        _t.union(_t.UUID_, _t.NONE),
        False,
        default=None,
    ),
)


def _decode(self: WorkPoolStorageConfiguration, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("bundle_execution_step", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "bundle_execution_step", v)
    v = get("bundle_upload_step", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "bundle_upload_step", v)
    v = get("default_result_storage_block_id", UNSET)
    if v is not UNSET and v is not None:
        v = _uuid(v)
    put(self, "default_result_storage_block_id", v)


WorkPoolStorageConfiguration._fast_ = _decode


def _dump_json(self: WorkPoolStorageConfiguration) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.bundle_execution_step
    if v.__class__ in _PLAIN:
        out["bundle_execution_step"] = v
    elif v is not UNSET:
        out["bundle_execution_step"] = _dj(v)
    v = self.bundle_upload_step
    if v.__class__ in _PLAIN:
        out["bundle_upload_step"] = v
    elif v is not UNSET:
        out["bundle_upload_step"] = _dj(v)
    v = self.default_result_storage_block_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["default_result_storage_block_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["default_result_storage_block_id"] = v
    elif v is not UNSET:
        out["default_result_storage_block_id"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkPoolStorageConfiguration._dump_json = _dump_json  # type: ignore[method-assign,assignment]
