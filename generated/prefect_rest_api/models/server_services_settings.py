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


def _dump_json(self: ServerServicesSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.cancellation_cleanup
    if isinstance(v, _t.Model):
        out["cancellation_cleanup"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["cancellation_cleanup"] = v
    elif v is not UNSET:
        out["cancellation_cleanup"] = _dj(v)
    v = self.cleanup_reconciler
    if isinstance(v, _t.Model):
        out["cleanup_reconciler"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["cleanup_reconciler"] = v
    elif v is not UNSET:
        out["cleanup_reconciler"] = _dj(v)
    v = self.db_vacuum
    if isinstance(v, _t.Model):
        out["db_vacuum"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["db_vacuum"] = v
    elif v is not UNSET:
        out["db_vacuum"] = _dj(v)
    v = self.event_logger
    if isinstance(v, _t.Model):
        out["event_logger"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["event_logger"] = v
    elif v is not UNSET:
        out["event_logger"] = _dj(v)
    v = self.event_persister
    if isinstance(v, _t.Model):
        out["event_persister"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["event_persister"] = v
    elif v is not UNSET:
        out["event_persister"] = _dj(v)
    v = self.foreman
    if isinstance(v, _t.Model):
        out["foreman"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["foreman"] = v
    elif v is not UNSET:
        out["foreman"] = _dj(v)
    v = self.late_runs
    if isinstance(v, _t.Model):
        out["late_runs"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["late_runs"] = v
    elif v is not UNSET:
        out["late_runs"] = _dj(v)
    v = self.pause_expirations
    if isinstance(v, _t.Model):
        out["pause_expirations"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["pause_expirations"] = v
    elif v is not UNSET:
        out["pause_expirations"] = _dj(v)
    v = self.repossessor
    if isinstance(v, _t.Model):
        out["repossessor"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["repossessor"] = v
    elif v is not UNSET:
        out["repossessor"] = _dj(v)
    v = self.scheduler
    if isinstance(v, _t.Model):
        out["scheduler"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["scheduler"] = v
    elif v is not UNSET:
        out["scheduler"] = _dj(v)
    v = self.task_run_recorder
    if isinstance(v, _t.Model):
        out["task_run_recorder"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["task_run_recorder"] = v
    elif v is not UNSET:
        out["task_run_recorder"] = _dj(v)
    v = self.triggers
    if isinstance(v, _t.Model):
        out["triggers"] = v._dump_json()
    elif v.__class__ in _PLAIN:
        out["triggers"] = v
    elif v is not UNSET:
        out["triggers"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


ServerServicesSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]
