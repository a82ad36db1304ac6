from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class TasksSchedulingSettings(_t.Model):
    """TasksSchedulingSettings

    Attributes:
        default_storage_block (str | None | Unset): The `block-type/block-document` slug of a block
            to use as the default storage for autonomous tasks.
        delete_failed_submissions (bool | Unset): Whether or not to delete failed task submissions
            from the database. Default: True.
    """

    default_storage_block: str | None | Unset = UNSET
    delete_failed_submissions: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    TasksSchedulingSettings,
    _t.Field(
        "default_storage_block",
        "default_storage_block",
        _t.union(_t.STR, _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "delete_failed_submissions", "delete_failed_submissions", _t.BOOL, False, default=True
    ),
)


def _decode(self: TasksSchedulingSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("default_storage_block", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "default_storage_block", v)
    v = get("delete_failed_submissions", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "delete_failed_submissions", v)


TasksSchedulingSettings._fast_ = _decode


_values = TasksSchedulingSettings._values_


def _dump_json(self: TasksSchedulingSettings) -> dict[str, Any]:
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
    out: dict[str, Any] = {
        "default_storage_block": v0,
        "delete_failed_submissions": v1,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


TasksSchedulingSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
