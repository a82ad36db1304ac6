from __future__ import annotations

import datetime
from datetime import datetime as _datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _D2, _PLAIN, UNSET, Unset
from ..types import _UTC as _utc
from ..types import UUID_ as _uuid
from ..types import _dump_json_dict as _dump_dict
from ..types import _dump_json_list as _dump_list
from ..types import _dump_json_value as _dj
from ..types import _encode_datetime as _iso
from ..types import fromiso as _fromiso

if TYPE_CHECKING:
    from ..models.call_webhook import CallWebhook
    from ..models.cancel_flow_run import CancelFlowRun
    from ..models.change_flow_run_state import ChangeFlowRunState
    from ..models.compound_trigger import CompoundTrigger
    from ..models.delete_flow_run import DeleteFlowRun
    from ..models.do_nothing import DoNothing
    from ..models.event_trigger import EventTrigger
    from ..models.pause_automation import PauseAutomation
    from ..models.pause_deployment import PauseDeployment
    from ..models.pause_work_pool import PauseWorkPool
    from ..models.pause_work_queue import PauseWorkQueue
    from ..models.resume_automation import ResumeAutomation
    from ..models.resume_deployment import ResumeDeployment
    from ..models.resume_flow_run import ResumeFlowRun
    from ..models.resume_work_pool import ResumeWorkPool
    from ..models.resume_work_queue import ResumeWorkQueue
    from ..models.run_deployment import RunDeployment
    from ..models.send_notification import SendNotification
    from ..models.sequence_trigger import SequenceTrigger
    from ..models.suspend_flow_run import SuspendFlowRun


@_attrs_define(kw_only=True)
class Automation(_t.Model):
    """Automation

    Attributes:
        actions (list[DoNothing | RunDeployment | PauseDeployment | ResumeDeployment | CancelFlowRun
            | DeleteFlowRun | ChangeFlowRunState | PauseWorkQueue | ResumeWorkQueue | SendNotification |
            CallWebhook | PauseAutomation | ResumeAutomation | SuspendFlowRun | ResumeFlowRun |
            PauseWorkPool | ResumeWorkPool]): The actions to perform when this Automation triggers
        created (datetime.datetime | None):
        id (UUID):
        name (str): The name of this automation
        trigger (EventTrigger | CompoundTrigger | SequenceTrigger): The criteria for which events
            this Automation covers and how it will respond to the presence or absence of those events
        updated (datetime.datetime | None):
        actions_on_resolve (list[DoNothing | RunDeployment | PauseDeployment | ResumeDeployment |
            CancelFlowRun | DeleteFlowRun | ChangeFlowRunState | PauseWorkQueue | ResumeWorkQueue |
            SendNotification | CallWebhook | PauseAutomation | ResumeAutomation | SuspendFlowRun |
            ResumeFlowRun | PauseWorkPool | ResumeWorkPool] | Unset): The actions to perform when an
            Automation goes into a resolving state
        actions_on_trigger (list[DoNothing | RunDeployment | PauseDeployment | ResumeDeployment |
            CancelFlowRun | DeleteFlowRun | ChangeFlowRunState | PauseWorkQueue | ResumeWorkQueue |
            SendNotification | CallWebhook | PauseAutomation | ResumeAutomation | SuspendFlowRun |
            ResumeFlowRun | PauseWorkPool | ResumeWorkPool] | Unset): The actions to perform when an
            Automation goes into a triggered state
        description (str | Unset): A longer description of this automation Default: ''.
        enabled (bool | Unset): Whether this automation will be evaluated Default: True.
        tags (list[str] | Unset): A list of tags associated with this automation
    """

    actions: list[
        DoNothing
        | RunDeployment
        | PauseDeployment
        | ResumeDeployment
        | CancelFlowRun
        | DeleteFlowRun
        | ChangeFlowRunState
        | PauseWorkQueue
        | ResumeWorkQueue
        | SendNotification
        | CallWebhook
        | PauseAutomation
        | ResumeAutomation
        | SuspendFlowRun
        | ResumeFlowRun
        | PauseWorkPool
        | ResumeWorkPool
    ]
    created: datetime.datetime | None
    id: UUID
    name: str
    trigger: EventTrigger | CompoundTrigger | SequenceTrigger
    updated: datetime.datetime | None
    actions_on_resolve: (
        list[
            DoNothing
            | RunDeployment
            | PauseDeployment
            | ResumeDeployment
            | CancelFlowRun
            | DeleteFlowRun
            | ChangeFlowRunState
            | PauseWorkQueue
            | ResumeWorkQueue
            | SendNotification
            | CallWebhook
            | PauseAutomation
            | ResumeAutomation
            | SuspendFlowRun
            | ResumeFlowRun
            | PauseWorkPool
            | ResumeWorkPool
        ]
        | Unset
    ) = UNSET
    actions_on_trigger: (
        list[
            DoNothing
            | RunDeployment
            | PauseDeployment
            | ResumeDeployment
            | CancelFlowRun
            | DeleteFlowRun
            | ChangeFlowRunState
            | PauseWorkQueue
            | ResumeWorkQueue
            | SendNotification
            | CallWebhook
            | PauseAutomation
            | ResumeAutomation
            | SuspendFlowRun
            | ResumeFlowRun
            | PauseWorkPool
            | ResumeWorkPool
        ]
        | Unset
    ) = UNSET
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    Automation,
    _t.Field(
        "actions",
        "actions",
        _t.list_of(
            _t.union(
                _t.model("do_nothing", "DoNothing"),
                _t.model("run_deployment", "RunDeployment"),
                _t.model("pause_deployment", "PauseDeployment"),
                _t.model("resume_deployment", "ResumeDeployment"),
                _t.model("cancel_flow_run", "CancelFlowRun"),
                _t.model("delete_flow_run", "DeleteFlowRun"),
                _t.model("change_flow_run_state", "ChangeFlowRunState"),
                _t.model("pause_work_queue", "PauseWorkQueue"),
                _t.model("resume_work_queue", "ResumeWorkQueue"),
                _t.model("send_notification", "SendNotification"),
                _t.model("call_webhook", "CallWebhook"),
                _t.model("pause_automation", "PauseAutomation"),
                _t.model("resume_automation", "ResumeAutomation"),
                _t.model("suspend_flow_run", "SuspendFlowRun"),
                _t.model("resume_flow_run", "ResumeFlowRun"),
                _t.model("pause_work_pool", "PauseWorkPool"),
                _t.model("resume_work_pool", "ResumeWorkPool"),
            )
        ),
        True,
    ),
    _t.Field("created", "created", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field("id", "id", _t.UUID_, True),
    _t.Field("name", "name", _t.STR, True),
    _t.Field(
        "trigger",
        "trigger",
        _t.union(
            _t.model("event_trigger", "EventTrigger"),
            _t.model("compound_trigger", "CompoundTrigger"),
            _t.model("sequence_trigger", "SequenceTrigger"),
        ),
        True,
    ),
    _t.Field("updated", "updated", _t.union(_t.DATETIME, _t.NONE), True),
    _t.Field(
        "actions_on_resolve",
        "actions_on_resolve",
        _t.list_of(
            _t.union(
                _t.model("do_nothing", "DoNothing"),
                _t.model("run_deployment", "RunDeployment"),
                _t.model("pause_deployment", "PauseDeployment"),
                _t.model("resume_deployment", "ResumeDeployment"),
                _t.model("cancel_flow_run", "CancelFlowRun"),
                _t.model("delete_flow_run", "DeleteFlowRun"),
                _t.model("change_flow_run_state", "ChangeFlowRunState"),
                _t.model("pause_work_queue", "PauseWorkQueue"),
                _t.model("resume_work_queue", "ResumeWorkQueue"),
                _t.model("send_notification", "SendNotification"),
                _t.model("call_webhook", "CallWebhook"),
                _t.model("pause_automation", "PauseAutomation"),
                _t.model("resume_automation", "ResumeAutomation"),
                _t.model("suspend_flow_run", "SuspendFlowRun"),
                _t.model("resume_flow_run", "ResumeFlowRun"),
                _t.model("pause_work_pool", "PauseWorkPool"),
                _t.model("resume_work_pool", "ResumeWorkPool"),
            )
        ),
        False,
        default=[],
    ),
    _t.Field(
        "actions_on_trigger",
        "actions_on_trigger",
        _t.list_of(
            _t.union(
                _t.model("do_nothing", "DoNothing"),
                _t.model("run_deployment", "RunDeployment"),
                _t.model("pause_deployment", "PauseDeployment"),
                _t.model("resume_deployment", "ResumeDeployment"),
                _t.model("cancel_flow_run", "CancelFlowRun"),
                _t.model("delete_flow_run", "DeleteFlowRun"),
                _t.model("change_flow_run_state", "ChangeFlowRunState"),
                _t.model("pause_work_queue", "PauseWorkQueue"),
                _t.model("resume_work_queue", "ResumeWorkQueue"),
                _t.model("send_notification", "SendNotification"),
                _t.model("call_webhook", "CallWebhook"),
                _t.model("pause_automation", "PauseAutomation"),
                _t.model("resume_automation", "ResumeAutomation"),
                _t.model("suspend_flow_run", "SuspendFlowRun"),
                _t.model("resume_flow_run", "ResumeFlowRun"),
                _t.model("pause_work_pool", "PauseWorkPool"),
                _t.model("resume_work_pool", "ResumeWorkPool"),
            )
        ),
        False,
        default=[],
    ),
    _t.Field("description", "description", _t.STR, False, default=""),
    _t.Field("enabled", "enabled", _t.BOOL, False, default=True),
    _t.Field("tags", "tags", _t.list_of(_t.STR), False, default=[]),
)

_d0 = Automation._fields_[0].decode
_d4 = Automation._fields_[4].decode
_d6 = Automation._fields_[6].decode
_d7 = Automation._fields_[7].decode


def _decode(self: Automation, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["actions"]
    v = _d0(v)
    put(self, "actions", v)
    v = raw["created"]
    if v is not None:
        v = _fromiso(v)
    put(self, "created", v)
    v = raw["id"]
    v = _uuid(v)
    put(self, "id", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["trigger"]
    v = _d4(v)
    put(self, "trigger", v)
    v = raw["updated"]
    if v is not None:
        v = _fromiso(v)
    put(self, "updated", v)
    v = get("actions_on_resolve", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "actions_on_resolve", v)
    v = get("actions_on_trigger", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "actions_on_trigger", v)
    v = get("description", UNSET)
    if v is not UNSET and v.__class__ is not str:
        raise TypeError
    put(self, "description", v)
    v = get("enabled", UNSET)
    if v is not UNSET and v.__class__ is not bool:
        raise TypeError
    put(self, "enabled", v)
    v = get("tags", UNSET)
    if v is not UNSET and (v.__class__ is not list or any(x.__class__ is not str for x in v)):
        raise TypeError
    put(self, "tags", v)


Automation._fast_ = _decode


_values = Automation._values_


def _dump_json(self: Automation) -> dict[str, Any]:
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
        v7,
        v8,
        v9,
        v10,
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
    if v2.__class__ is UUID:
        v2 = v2.int.to_bytes(16).hex("-", 2)
        v2 = v2[:4] + v2[5:29] + v2[30:34] + v2[35:]
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if v4.__class__ is dict:
        v4 = _dump_dict(v4) if v4 else {}
    elif v4.__class__ is list:
        v4 = _dump_list(v4) if v4 else []
    elif v4 is not None and v4.__class__ not in _PLAIN:
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
    if v6.__class__ is dict:
        v6 = _dump_dict(v6) if v6 else {}
    elif v6.__class__ is list:
        v6 = _dump_list(v6) if v6 else []
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if v7.__class__ is dict:
        v7 = _dump_dict(v7) if v7 else {}
    elif v7.__class__ is list:
        v7 = _dump_list(v7) if v7 else []
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if v10.__class__ is dict:
        v10 = _dump_dict(v10) if v10 else {}
    elif v10.__class__ is list:
        v10 = _dump_list(v10) if v10 else []
    elif v10 is not None and v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    out: dict[str, Any] = {
        "actions": v0,
        "created": v1,
        "id": v2,
        "name": v3,
        "trigger": v4,
        "updated": v5,
        "actions_on_resolve": v6,
        "actions_on_trigger": v7,
        "description": v8,
        "enabled": v9,
        "tags": v10,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


Automation._dump_json = _dump_json  # type: ignore[method-assign,assignment]
