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
class CallWebhook(_t.Model):
    """Call a webhook when an Automation is triggered.

    Attributes:
        block_document_id (UUID): The identifier of the webhook block to use
        payload (str | Unset): An optional templatable payload to send when calling the webhook.
            Default: ''.
        type (Literal['call-webhook'] | Unset):  Default: 'call-webhook'.
    """

    block_document_id: UUID
    payload: str | Unset = UNSET
    type: Literal["call-webhook"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    CallWebhook,
    _t.Field("block_document_id", "block_document_id", _t.UUID_, True),
    _t.Field("payload", "payload", _t.STR, False, default=""),
    _t.Field("type", "type", _t.const("call-webhook"), False, default="call-webhook"),
    consts=(("type", "call-webhook"),),
)

_d2 = CallWebhook._fields_[2].decode


def _decode(self: CallWebhook, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["block_document_id"]
    v = _uuid(v)
    put(self, "block_document_id", v)
    v = get("payload", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "payload", v)
    v = get("type", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "type", v)


CallWebhook._fast_ = _decode


_values = CallWebhook._values_


def _dump_json(self: CallWebhook) -> dict[str, Any]:
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
    if v2.__class__ is dict:
        v2 = _dump_dict(v2) if v2 else {}
    elif v2.__class__ is list:
        v2 = _dump_list(v2) if v2 else []
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    out: dict[str, Any] = {
        "block_document_id": v0,
        "payload": v1,
        "type": v2,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


CallWebhook._dump_json = _dump_json  # type: ignore[method-assign,assignment]
