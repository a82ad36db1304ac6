from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
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


_values = WorkPoolStorageConfiguration._values_


def _dump_json(self: WorkPoolStorageConfiguration) -> dict[str, Any]:
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
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "bundle_execution_step": v0,
        "bundle_upload_step": v1,
        "default_result_storage_block_id": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkPoolStorageConfiguration._dump_json = _dump_json  # type: ignore[method-assign,assignment]
