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
class AutomationUpdate(_t.Model):
    """AutomationUpdate

    Attributes:
        actions (list[DoNothing | RunDeployment | PauseDeployment | ResumeDeployment | CancelFlowRun
            | DeleteFlowRun | ChangeFlowRunState | PauseWorkQueue | ResumeWorkQueue | SendNotification |
            CallWebhook | PauseAutomation | ResumeAutomation | SuspendFlowRun | ResumeFlowRun |
            PauseWorkPool | ResumeWorkPool]): The actions to perform when this Automation triggers
        name (str): The name of this automation
        trigger (EventTrigger | CompoundTrigger | SequenceTrigger): The criteria for which events
            this Automation covers and how it will respond to the presence or absence of those events
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
    name: str
    trigger: EventTrigger | CompoundTrigger | SequenceTrigger
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
    AutomationUpdate,
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

_d0 = AutomationUpdate._fields_[0].decode
_d2 = AutomationUpdate._fields_[2].decode
_d3 = AutomationUpdate._fields_[3].decode
_d4 = AutomationUpdate._fields_[4].decode


def _decode(self: AutomationUpdate, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = raw["actions"]
    v = _d0(v)
    put(self, "actions", v)
    v = raw["name"]
    if v.__class__ is not str:
        raise TypeError
    put(self, "name", v)
    v = raw["trigger"]
    v = _d2(v)
    put(self, "trigger", v)
    v = get("actions_on_resolve", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "actions_on_resolve", v)
    v = get("actions_on_trigger", UNSET)
    if v is not UNSET:
        v = _d4(v)
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


AutomationUpdate._fast_ = _decode


_values = AutomationUpdate._values_


def _dump_json(self: AutomationUpdate) -> dict[str, Any]:
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
    if v3.__class__ is dict:
        v3 = _dump_dict(v3) if v3 else {}
    elif v3.__class__ is list:
        v3 = _dump_list(v3) if v3 else []
    elif v3 is not None and v3.__class__ not in _PLAIN:
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
    if v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if v6.__class__ not in _PLAIN:
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
    out: dict[str, Any] = {
        "actions": v0,
        "name": v1,
        "trigger": v2,
        "actions_on_resolve": v3,
        "actions_on_trigger": v4,
        "description": v5,
        "enabled": v6,
        "tags": v7,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


AutomationUpdate._dump_json = _dump_json  # type: ignore[method-assign,assignment]
