from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
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


_values = CsrfToken._values_


def _dump_json(self: CsrfToken) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if v1.__class__ is _datetime:
        us = v1.microsecond
        if us and v1.tzinfo is _utc:
            y = v1.year
            v1 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v1.month]}-{_D2[v1.day]}"
                f"T{_D2[v1.hour]}:{_D2[v1.minute]}:{_D2[v1.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v1 = _iso(v1)
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if v2.__class__ is _datetime:
        us = v2.microsecond
        if us and v2.tzinfo is _utc:
            y = v2.year
            v2 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v2.month]}-{_D2[v2.day]}"
                f"T{_D2[v2.hour]}:{_D2[v2.minute]}:{_D2[v2.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v2 = _iso(v2)
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ is UUID:
        v3 = v3.int.to_bytes(16).hex("-", 2)
        v3 = v3[:4] + v3[5:29] + v3[30:34] + v3[35:]
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if v5.__class__ is _datetime:
        us = v5.microsecond
        if us and v5.tzinfo is _utc:
            y = v5.year
            v5 = (
                f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[v5.month]}-{_D2[v5.day]}"
                f"T{_D2[v5.hour]}:{_D2[v5.minute]}:{_D2[v5.second]}"
                f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
            )
        else:
            v5 = _iso(v5)
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    out: dict[str, Any] = {
        "client": v0,
        "created": v1,
        "expiration": v2,
        "id": v3,
        "token": v4,
        "updated": v5,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CsrfToken._dump_json = _dump_json  # type: ignore[method-assign,assignment]
