from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UUID_ as _uuid
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
