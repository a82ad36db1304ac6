from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
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


def _dump_json(self: WorkPoolCreate) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v.__class__ in _PLAIN:
        out["name"] = v
    elif v is not UNSET:
        out["name"] = _dj(v)
    v = self.base_job_template
    if v.__class__ in _PLAIN:
        out["base_job_template"] = v
    elif v is not UNSET:
        out["base_job_template"] = _dj(v)
    v = self.concurrency_limit
    if v.__class__ in _PLAIN:
        out["concurrency_limit"] = v
    elif v is not UNSET:
        out["concurrency_limit"] = _dj(v)
    v = self.description
    if v.__class__ in _PLAIN:
        out["description"] = v
    elif v is not UNSET:
        out["description"] = _dj(v)
    v = self.is_paused
    if v.__class__ in _PLAIN:
        out["is_paused"] = v
    elif v is not UNSET:
        out["is_paused"] = _dj(v)
    v = self.storage_configuration
    if isinstance(v, _t.Model):
        out["storage_configuration"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["storage_configuration"] = v
    elif v is not UNSET:
        out["storage_configuration"] = _dj(v)
    v = self.type
    if v.__class__ in _PLAIN:
        out["type"] = v
    elif v is not UNSET:
        out["type"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


WorkPoolCreate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
