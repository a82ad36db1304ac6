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
class WorkPoolCreate(_t.Model):
    """Data used by the Prefect REST API to create a work pool.

    Attributes:
        name (str): The name of the work pool.
        base_job_template (dict[str, Any] | Unset): The work pool's base job template.
        concurrency_limit (int | None | Unset): A concurrency limit for the work pool.
        description (str | None | Unset): The work pool description.
        is_paused (bool | Unset): Pausing the work pool stops the delivery of all work. Default:
            False.
        storage_configuration (WorkPoolStorageConfiguration | Unset): A representation of a work
            pool's storage configuration
        type (str | Unset): The work pool type. Default: 'prefect-agent'.
    """

    name: str
    base_job_template: dict[str, Any] | Unset = UNSET
    concurrency_limit: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    is_paused: bool | Unset = UNSET
    storage_configuration: WorkPoolStorageConfiguration | Unset = UNSET
    type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    WorkPoolCreate,
    _t.Field("name", "name", _t.STR, True),
    _t.Field("base_job_template", "base_job_template", _t.OBJECT, False, default={}),
    _t.Field(
        "concurrency_limit", "concurrency_limit", _t.union(_t.INT, _t.NONE), False, default=None
    ),
    _t.Field("description", "description", _t.union(_t.STR, _t.NONE), False, default=None),
    _t.Field("is_paused", "is_paused", _t.BOOL, False, default=False),
    _t.Field(
        "storage_configuration",
        "storage_configuration",
        _t.model("work_pool_storage_configuration", "WorkPoolStorageConfiguration"),
        False,
    ),
    _t.Field("type", "type", _t.STR, False, default="prefect-agent"),
)

_d5 = WorkPoolCreate._fields_[5].decode


def _decode(self: WorkPoolCreate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = get("base_job_template", UNSET)
    if v is not UNSET and v.__class__ is not dict:
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
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "is_paused", v)
    v = get("storage_configuration", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "storage_configuration", v)
    v = get("type", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "type", v)


WorkPoolCreate._fast_ = _decode


_values = WorkPoolCreate._values_


def _dump_json(self: WorkPoolCreate) -> dict[str, Any]:
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
        v5,
        v6,
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
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if isinstance(v5, _t.Model):
        v5 = v5._dump_json()
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    out: dict[str, Any] = {
        "name": v0,
        "base_job_template": v1,
        "concurrency_limit": v2,
        "description": v3,
        "is_paused": v4,
        "storage_configuration": v5,
        "type": v6,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkPoolCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
