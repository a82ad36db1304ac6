from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.work_pool_storage_configuration import WorkPoolStorageConfiguration


@_attrs_define(kw_only=True)
class WorkPoolUpdate(_t.Model):
    """Data used by the Prefect REST API to update a work pool.

    Attributes:
        base_job_template (dict[str, Any] | None | Unset):
        concurrency_limit (int | None | Unset):
        description (str | None | Unset):
        is_paused (bool | None | Unset):
        storage_configuration (WorkPoolStorageConfiguration | None | Unset): The storage
            configuration for the work pool.
    """

    base_job_template: dict[str, Any] | None | Unset = UNSET
    concurrency_limit: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    is_paused: bool | None | Unset = UNSET
    storage_configuration: WorkPoolStorageConfiguration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkPoolUpdate,
    _t.Field(
        "base_job_template", "base_job_template", _t.union(_t.OBJECT, _t.NONE), False, default=None
    ),
    _t.Field(
        "concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("is_paused", "is_paused", _t.union(_t.BOOL, _t.NONE), False, default=None),
    _t.Field(
        "storage_configuration",
        "storage_configuration",
        _t.union(
            _t.model("work_pool_storage_configuration", "WorkPoolStorageConfiguration"), _t.NONE
        ),
        False,
        default=None,
    ),
)

_d4 = WorkPoolUpdate._fields_[4].decode


def _decode(self: WorkPoolUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("base_job_template", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not dict:
        raise TypeError
    put(self, "base_job_template", v)
    v = get("concurrency_limit", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not int:
        raise TypeError
    put(self, "concurrency_limit", v)
    v = get("description", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("is_paused", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not bool:
        raise TypeError
    put(self, "is_paused", v)
    v = get("storage_configuration", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "storage_configuration", v)


WorkPoolUpdate._fast_ = _decode


_values = WorkPoolUpdate._values_


def _dump_json(self: WorkPoolUpdate) -> dict[str, Any]:
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
    if isinstance(v4, _t.Model):
        v4 = v4._dump_json()
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    out: dict[str, Any] = {
        "base_job_template": v0,
        "concurrency_limit": v1,
        "description": v2,
        "is_paused": v3,
        "storage_configuration": v4,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkPoolUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
