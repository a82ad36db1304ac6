from __future__ import annotations

from typing import Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import UUID_ as _uuid
from ..types import _dump_json_value as _dj


@_attrs_define(kw_only=True)
class SendNotification(_t.Model):
    """Send a notification when an Automation is triggered

    Attributes:
        block_document_id (UUID): The identifier of the notification block to use
        body (str): The text of the notification to send
        subject (str | Unset):  Default: 'Prefect automated notification'.
        type (Literal['send-notification'] | Unset):  Default: 'send-notification'.
    """

    block_document_id: UUID
    body: str
    subject: str | Unset = UNSET
    type: Literal["send-notification"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    SendNotification,
    _t.Field("block_document_id", "block_document_id", _t.UUID_, True),
    _t.Field("body", "body", _t.STR, True),
    _t.Field("subject", "subject", _t.STR, False, default="Prefect automated notification"),
    _t.Field("type", "type", _t.const("send-notification"), False, default="send-notification"),
    consts=(("type", "send-notification"),),
)

_d3 = SendNotification._fields_[3].decode


def _decode(self: SendNotification, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["block_document_id"]
    v = _uuid(v)
    put(self, "block_document_id", v)
    v = raw["body"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "body", v)
    v = get("subject", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "subject", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "type", v)


SendNotification._fast_ = _decode


def _dump_json(self: SendNotification) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.block_document_id
    if v.__class__ is UUID:
        v = "%032x" % v.int
        out["block_document_id"] = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    elif v.__class__ in _PLAIN:
        out["block_document_id"] = v
    elif v is not UNSET:
        out["block_document_id"] = _dj(v)
    v = self.body
    if v.__class__ in _PLAIN:
        out["body"] = v
    elif v is not UNSET:
        out["body"] = _dj(v)
    v = self.subject
    if v.__class__ in _PLAIN:
        out["subject"] = v
    elif v is not UNSET:
        out["subject"] = _dj(v)
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


SendNotification._dump_json = _dump_json  # type: ignore[method-assign,assignment]
