from __future__ import annotations

from typing import Any, Literal
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


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


_t.fields(
    SendNotification,
    _t.Field("block_document_id", "block_document_id", _t.UUID_, True),
    _t.Field("body", "body", _t.STR, True),
    _t.Field("subject", "subject", _t.STR, False),
    _t.Field("type", "type", _t.const("send-notification"), False),
    consts=(("type", "send-notification"),),
)
