from __future__ import annotations

from typing import Any, Literal
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


_values = SendNotification._values_


def _dump_json(self: SendNotification) -> dict[str, Any]:
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
    ) = _values(self)
    if v0.__class__ is UUID:
        v0 = v0.int.to_bytes(16).hex("-", 2)
        v0 = v0[:4] + v0[5:29] + v0[30:34] + v0[35:]
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
    if v3.__class__ is dict:
        v3 = _dump_dict(v3) if v3 else {}
    elif v3.__class__ is list:
        v3 = _dump_list(v3) if v3 else []
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    out: dict[str, Any] = {
        "block_document_id": v0,
        "body": v1,
        "subject": v2,
        "type": v3,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


SendNotification._dump_json = _dump_json  # type: ignore[method-assign,assignment]
