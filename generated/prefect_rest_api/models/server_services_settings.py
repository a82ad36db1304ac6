from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.server_services_cancellation_cleanup_settings import (
        ServerServicesCancellationCleanupSettings,
    )
    from ..models.server_services_cleanup_reconciler_settings import (
        ServerServicesCleanupReconcilerSettings,
    )
    from ..models.server_services_db_vacuum_settings import (
        ServerServicesDBVacuumSettings,
    )
    from ..models.server_services_event_logger_settings import (
        ServerServicesEventLoggerSettings,
    )
    from ..models.server_services_event_persister_settings import (
        ServerServicesEventPersisterSettings,
    )
    from ..models.server_services_foreman_settings import ServerServicesForemanSettings
    from ..models.server_services_late_runs_settings import (
        ServerServicesLateRunsSettings,
    )
    from ..models.server_services_pause_expirations_settings import (
        ServerServicesPauseExpirationsSettings,
    )
    from ..models.server_services_repossessor_settings import (
        ServerServicesRepossessorSettings,
    )
    from ..models.server_services_scheduler_settings import (
        ServerServicesSchedulerSettings,
    )
    from ..models.server_services_task_run_recorder_settings import (
        ServerServicesTaskRunRecorderSettings,
    )
    from ..models.server_services_triggers_settings import (
        ServerServicesTriggersSettings,
    )


@_attrs_define(kw_only=True)
class ServerServicesSettings(_t.Model):
    """Settings for controlling server services

    Attributes:
        cancellation_cleanup (ServerServicesCancellationCleanupSettings | Unset): Settings for
            controlling the cancellation cleanup service
        cleanup_reconciler (ServerServicesCleanupReconcilerSettings | Unset): Settings for
            controlling the cleanup reconciler service.
        db_vacuum (ServerServicesDBVacuumSettings | Unset): Settings for controlling the database
            vacuum service
        event_logger (ServerServicesEventLoggerSettings | Unset): Settings for controlling the event
            logger service
        event_persister (ServerServicesEventPersisterSettings | Unset): Settings for controlling the
            event persister service
        foreman (ServerServicesForemanSettings | Unset): Settings for controlling the foreman
            service
        late_runs (ServerServicesLateRunsSettings | Unset): Settings for controlling the late runs
            service
        pause_expirations (ServerServicesPauseExpirationsSettings | Unset): Settings for controlling
            the pause expiration service
        repossessor (ServerServicesRepossessorSettings | Unset): Settings for controlling the
            repossessor service
        scheduler (ServerServicesSchedulerSettings | Unset): Settings for controlling the scheduler
            service
        task_run_recorder (ServerServicesTaskRunRecorderSettings | Unset): Settings for controlling
            the task run recorder service
        triggers (ServerServicesTriggersSettings | Unset): Settings for controlling the triggers
            service
    """

    cancellation_cleanup: ServerServicesCancellationCleanupSettings | Unset = UNSET
    cleanup_reconciler: ServerServicesCleanupReconcilerSettings | Unset = UNSET
    db_vacuum: ServerServicesDBVacuumSettings | Unset = UNSET
    event_logger: ServerServicesEventLoggerSettings | Unset = UNSET
    event_persister: ServerServicesEventPersisterSettings | Unset = UNSET
    foreman: ServerServicesForemanSettings | Unset = UNSET
    late_runs: ServerServicesLateRunsSettings | Unset = UNSET
    pause_expirations: ServerServicesPauseExpirationsSettings | Unset = UNSET
    repossessor: ServerServicesRepossessorSettings | Unset = UNSET
    scheduler: ServerServicesSchedulerSettings | Unset = UNSET
    task_run_recorder: ServerServicesTaskRunRecorderSettings | Unset = UNSET
    triggers: ServerServicesTriggersSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    ServerServicesSettings,
    _t.Field(
        "cancellation_cleanup",
        "cancellation_cleanup",
        _t.model(
            "server_services_cancellation_cleanup_settings",
            "ServerServicesCancellationCleanupSettings",
        ),
        False,
    ),
    _t.Field(
        "cleanup_reconciler",
        "cleanup_reconciler",
        _t.model(
            "server_services_cleanup_reconciler_settings", "ServerServicesCleanupReconcilerSettings"
        ),
        False,
    ),
    _t.Field(
        "db_vacuum",
        "db_vacuum",
        _t.model("server_services_db_vacuum_settings", "ServerServicesDBVacuumSettings"),
        False,
    ),
    _t.Field(
        "event_logger",
        "event_logger",
        _t.model("server_services_event_logger_settings", "ServerServicesEventLoggerSettings"),
        False,
    ),
    _t.Field(
        "event_persister",
        "event_persister",
        _t.model(
            "server_services_event_persister_settings", "ServerServicesEventPersisterSettings"
        ),
        False,
    ),
    _t.Field(
        "foreman",
        "foreman",
        _t.model("server_services_foreman_settings", "ServerServicesForemanSettings"),
        False,
    ),
    _t.Field(
        "late_runs",
        "late_runs",
        _t.model("server_services_late_runs_settings", "ServerServicesLateRunsSettings"),
        False,
    ),
    _t.Field(
        "pause_expirations",
        "pause_expirations",
        _t.model(
            "server_services_pause_expirations_settings", "ServerServicesPauseExpirationsSettings"
        ),
        False,
    ),
    _t.Field(
        "repossessor",
        "repossessor",
        _t.model("server_services_repossessor_settings", "ServerServicesRepossessorSettings"),
        False,
    ),
    _t.Field(
        "scheduler",
        "scheduler",
        _t.model("server_services_scheduler_settings", "ServerServicesSchedulerSettings"),
        False,
    ),
    _t.Field(
        "task_run_recorder",
        "task_run_recorder",
        _t.model(
            "server_services_task_run_recorder_settings", "ServerServicesTaskRunRecorderSettings"
        ),
        False,
    ),
    _t.Field(
        "triggers",
        "triggers",
        _t.model("server_services_triggers_settings", "ServerServicesTriggersSettings"),
        False,
    ),
)

_d0 = ServerServicesSettings._fields_[0].decode
_d1 = ServerServicesSettings._fields_[1].decode
_d2 = ServerServicesSettings._fields_[2].decode
_d3 = ServerServicesSettings._fields_[3].decode
_d4 = ServerServicesSettings._fields_[4].decode
_d5 = ServerServicesSettings._fields_[5].decode
_d6 = ServerServicesSettings._fields_[6].decode
_d7 = ServerServicesSettings._fields_[7].decode
_d8 = ServerServicesSettings._fields_[8].decode
_d9 = ServerServicesSettings._fields_[9].decode
_d10 = ServerServicesSettings._fields_[10].decode
_d11 = ServerServicesSettings._fields_[11].decode


def _decode(self: ServerServicesSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("cancellation_cleanup", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "cancellation_cleanup", v)
    v = get("cleanup_reconciler", UNSET)
    if v is not UNSET:
        v = _d1(v)
    put(self, "cleanup_reconciler", v)
    v = get("db_vacuum", UNSET)
    if v is not UNSET:
        v = _d2(v)
    put(self, "db_vacuum", v)
    v = get("event_logger", UNSET)
    if v is not UNSET:
        v = _d3(v)
    put(self, "event_logger", v)
    v = get("event_persister", UNSET)
    if v is not UNSET:
        v = _d4(v)
    put(self, "event_persister", v)
    v = get("foreman", UNSET)
    if v is not UNSET:
        v = _d5(v)
    put(self, "foreman", v)
    v = get("late_runs", UNSET)
    if v is not UNSET:
        v = _d6(v)
    put(self, "late_runs", v)
    v = get("pause_expirations", UNSET)
    if v is not UNSET:
        v = _d7(v)
    put(self, "pause_expirations", v)
    v = get("repossessor", UNSET)
    if v is not UNSET:
        v = _d8(v)
    put(self, "repossessor", v)
    v = get("scheduler", UNSET)
    if v is not UNSET:
        v = _d9(v)
    put(self, "scheduler", v)
    v = get("task_run_recorder", UNSET)
    if v is not UNSET:
        v = _d10(v)
    put(self, "task_run_recorder", v)
    v = get("triggers", UNSET)
    if v is not UNSET:
        v = _d11(v)
    put(self, "triggers", v)


ServerServicesSettings._fast_ = _decode


_values = ServerServicesSettings._values_


def _dump_json(self: ServerServicesSettings) -> dict[str, Any]:
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
        v11,
    ) = _values(self)
    if isinstance(v0, _t.Model):
        v0 = v0._dump_json()
    elif v0 is not None and v0.__class__ not in _PLAIN:
        if v0 is UNSET:
            gone = True
        else:
            v0 = _dj(v0)
    if isinstance(v1, _t.Model):
        v1 = v1._dump_json()
    elif v1 is not None and v1.__class__ not in _PLAIN:
        if v1 is UNSET:
            gone = True
        else:
            v1 = _dj(v1)
    if isinstance(v2, _t.Model):
        v2 = v2._dump_json()
    elif v2 is not None and v2.__class__ not in _PLAIN:
        if v2 is UNSET:
            gone = True
        else:
            v2 = _dj(v2)
    if isinstance(v3, _t.Model):
        v3 = v3._dump_json()
    elif v3 is not None and v3.__class__ not in _PLAIN:
        if v3 is UNSET:
            gone = True
        else:
            v3 = _dj(v3)
    if isinstance(v4, _t.Model):
        v4 = v4._dump_json()
    elif v4 is not None and v4.__class__ not in _PLAIN:
        if v4 is UNSET:
            gone = True
        else:
            v4 = _dj(v4)
    if isinstance(v5, _t.Model):
        v5 = v5._dump_json()
    elif v5 is not None and v5.__class__ not in _PLAIN:
        if v5 is UNSET:
            gone = True
        else:
            v5 = _dj(v5)
    if isinstance(v6, _t.Model):
        v6 = v6._dump_json()
    elif v6 is not None and v6.__class__ not in _PLAIN:
        if v6 is UNSET:
            gone = True
        else:
            v6 = _dj(v6)
    if isinstance(v7, _t.Model):
        v7 = v7._dump_json()
    elif v7 is not None and v7.__class__ not in _PLAIN:
        if v7 is UNSET:
            gone = True
        else:
            v7 = _dj(v7)
    if isinstance(v8, _t.Model):
        v8 = v8._dump_json()
    elif v8 is not None and v8.__class__ not in _PLAIN:
        if v8 is UNSET:
            gone = True
        else:
            v8 = _dj(v8)
    if isinstance(v9, _t.Model):
        v9 = v9._dump_json()
    elif v9 is not None and v9.__class__ not in _PLAIN:
        if v9 is UNSET:
            gone = True
        else:
            v9 = _dj(v9)
    if isinstance(v10, _t.Model):
        v10 = v10._dump_json()
    elif v10 is not None and v10.__class__ not in _PLAIN:
        if v10 is UNSET:
            gone = True
        else:
            v10 = _dj(v10)
    if isinstance(v11, _t.Model):
        v11 = v11._dump_json()
    elif v11 is not None and v11.__class__ not in _PLAIN:
        if v11 is UNSET:
            gone = True
        else:
            v11 = _dj(v11)
    out: dict[str, Any] = {
        "cancellation_cleanup": v0,
        "cleanup_reconciler": v1,
        "db_vacuum": v2,
        "event_logger": v3,
        "event_persister": v4,
        "foreman": v5,
        "late_runs": v6,
        "pause_expirations": v7,
        "repossessor": v8,
        "scheduler": v9,
        "task_run_recorder": v10,
        "triggers": v11,
    }
    if gone:
        out = {key: value for key, value in out.items() if value is not UNSET}
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
