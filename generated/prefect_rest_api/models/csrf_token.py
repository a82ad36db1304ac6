from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import fromiso as _fromiso


@_attrs_define(kw_only=True)
class CsrfToken(_t.Model):
    """CsrfToken

    Attributes:
        client (str): The client id associated with the CSRF token
        created (datetime.datetime | None):
        expiration (datetime.datetime): The expiration time of the CSRF token
        id (UUID):
        token (str): The CSRF token
        updated (datetime.datetime | None):
    """

    client: str
    created: datetime.datetime | None
    expiration: datetime.datetime
    id: UUID
    token: str
    updated: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CsrfToken,
    _t.Field("client", "client", _t.STR, True),
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("expiration", "expiration", _t.DATETIME, True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("token", "token", _t.STR, True),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
)


def _decode(self: CsrfToken, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    v = raw["client"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "client", v)
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["expiration"]
    v = _fromiso(v)
    put(self, "expiration", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["token"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "token", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)


CsrfToken._fast_ = _decode


def _dump_json(self: CsrfToken) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.client
    if v.__class__ in _PLAIN:
        out["client"] = v
    elif v is not UNSET:
        out["client"] = _dj(v)
    v = self.created
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["created"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["created"] = v
    elif v is not UNSET:
        out["created"] = _dj(v)
    v = self.expiration
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["expiration"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["expiration"] = v
    elif v is not UNSET:
        out["expiration"] = _dj(v)
    v = self.id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["id"] = v
    elif v is not UNSET:
        out["id"] = _dj(v)
    v = self.token
    if v.__class__ in _PLAIN:
        out["token"] = v
    elif v is not UNSET:
        out["token"] = _dj(v)
    v = self.updated
    if v.__class__ is _datetime:
        v = v.isoformat()
        out["updated"] = v[:-6] + "Z" if v.endswith("+00:00") else v
    elif v.__class__ in _PLAIN:
        out["updated"] = v
    elif v is not UNSET:
        out["updated"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CsrfToken._dump_json = _dump_json  # type: ignore[method-assign,assignment]
