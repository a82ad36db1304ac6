# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""Concurrency limits: v1 task-run tag limits and v2 global limits (with leases)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

import httpx
from prefect_rest_api import api as ops

from .. import models as m
from .._args import (
    bad_argument,
    choice_arg,
    int_arg,
    model_arg,
    names_arg,
    seconds_arg,
    set_only,
    str_arg,
    uuid_arg,
)
from .._bodies import filter_body
from ..exceptions import ObjectNotFound
from ._replay import SyncReplayMixin

if TYPE_CHECKING:
    from prefect_rest_api.models import (
        ConcurrencyLeaseHolder,
        ConcurrencyLimit,
        ConcurrencyLimitV2Create,
        ConcurrencyLimitV2Update,
        GlobalConcurrencyLimitResponse,
    )

_MODES = ("concurrency", "rate_limit")


class SyncConcurrencyMixin(SyncReplayMixin):
    """Tag (v1) and global (v2) concurrency limits."""

    # --- v1: limits on task run tags ---------------------------------------

    def create_concurrency_limit(self, tag: str, concurrency_limit: int) -> UUID:
        """Limit how many task runs with ``tag`` run at once; returns the limit's id.

        Creating a limit for a tag that has one updates it.
        """
        body = m.ConcurrencyLimitCreate(
            tag=str_arg("tag", tag),
            concurrency_limit=int_arg("concurrency_limit", concurrency_limit, 0),
        )
        created = self._request(ops.concurrency_limits.create_concurrency_limit, body=body)
        return created.id

    def read_concurrency_limit_by_tag(self, tag: str) -> ConcurrencyLimit:
        """Read the limit on ``tag``; ObjectNotFound if it has none."""
        return self._request(
            ops.concurrency_limits.read_concurrency_limit_by_tag, tag=str_arg("tag", tag)
        )

    def read_concurrency_limits(
        self, limit: int | None = None, offset: int | None = None
    ) -> list[ConcurrencyLimit]:
        """Read the tag concurrency limits, a page at a time."""
        body = filter_body(m.ReadConcurrencyLimitsBody, limit=limit, offset=offset)
        return self._request(ops.concurrency_limits.read_concurrency_limits, body=body)

    def reset_concurrency_limit_by_tag(
        self, tag: str, slot_override: list[UUID | str] | None = None
    ) -> None:
        """Free every slot of the limit on ``tag``, or set its holders to ``slot_override``.

        Only name task runs that are running in ``slot_override``: the slots
        they hold are released only when they finish.
        """
        fields: dict[str, Any] = {}
        if slot_override is not None:
            if not isinstance(slot_override, list | tuple):
                raise bad_argument("slot_override", slot_override, "a list of task run ids")
            fields["slot_override"] = [uuid_arg("slot_override", s) for s in slot_override]
        self._request(
            ops.concurrency_limits.reset_concurrency_limit_by_tag,
            tag=str_arg("tag", tag),
            body=m.ResetConcurrencyLimitByTagBody(**fields),
        )

    def delete_concurrency_limit_by_tag(self, tag: str) -> None:
        """Delete the limit on ``tag``; ObjectNotFound if it has none."""
        self._request(
            ops.concurrency_limits.delete_concurrency_limit_by_tag, tag=str_arg("tag", tag)
        )

    def increment_v1_concurrency_slots(
        self, names: list[str], task_run_id: UUID | str
    ) -> httpx.Response:
        """Take a slot of each tag limit in ``names`` for a task run.

        Returns the server's response, as Prefect's client does: its JSON is the
        list of limits taken (``MinimalConcurrencyLimitResponse``).  The server
        answers 423 (PrefectHTTPStatusError) when a limit is full.
        """
        body = m.IncrementConcurrencyLimitsV1Body(
            names=names_arg("names", names, required=True),
            task_run_id=uuid_arg("task_run_id", task_run_id),
        )
        return self._request_response(
            ops.concurrency_limits.increment_concurrency_limits_v1, body=body
        )

    def decrement_v1_concurrency_slots(
        self,
        names: list[str],
        task_run_id: UUID | str,
        occupancy_seconds: float | None = None,
    ) -> httpx.Response:
        """Give back the slots a task run holds on the tag limits ``names``.

        Returns the server's response (its JSON: the limits released), as
        Prefect's client does.  ``occupancy_seconds`` is accepted for
        compatibility; the 3.x endpoint takes no such field, so it is not sent.
        """
        if occupancy_seconds is not None:
            seconds_arg("occupancy_seconds", occupancy_seconds)
        body = m.DecrementConcurrencyLimitsV1Body(
            names=names_arg("names", names, required=True),
            task_run_id=uuid_arg("task_run_id", task_run_id),
        )
        return self._request_response(
            ops.concurrency_limits.decrement_concurrency_limits_v1, body=body
        )

    # --- v2: global limits ------------------------------------------------

    def create_global_concurrency_limit(
        self, concurrency_limit: ConcurrencyLimitV2Create | dict[str, Any]
    ) -> UUID:
        """Create a global concurrency limit; returns its id (ObjectAlreadyExists on a taken name)."""
        body = model_arg("concurrency_limit", concurrency_limit, m.ConcurrencyLimitV2Create)

        def read_back() -> Any:
            return self.read_global_concurrency_limit_by_name(body.name)

        created = self._request(
            ops.concurrency_limits_v2.create_concurrency_limit_v2,
            body=body,
            _replay=self._own_create(body, read_back),
        )
        return created.id

    def update_global_concurrency_limit(
        self, name: str, concurrency_limit: ConcurrencyLimitV2Update | dict[str, Any]
    ) -> httpx.Response:
        """Update the global limit ``name`` (or id) with the fields set; returns the response (204)."""
        body = model_arg("concurrency_limit", concurrency_limit, m.ConcurrencyLimitV2Update)
        return self._request_response(
            ops.concurrency_limits_v2.update_concurrency_limit_v2,
            id_or_name=str_arg("name", name),
            body=body,
        )

    def delete_global_concurrency_limit_by_name(self, name: str) -> httpx.Response:
        """Delete the global limit ``name``; returns the response (204), ObjectNotFound if none."""
        return self._request_response(
            ops.concurrency_limits_v2.delete_concurrency_limit_v2,
            id_or_name=str_arg("name", name),
        )

    def read_global_concurrency_limit_by_name(
        self, name: str
    ) -> GlobalConcurrencyLimitResponse:
        """Read the global limit ``name``; ObjectNotFound if there is none."""
        return self._request(
            ops.concurrency_limits_v2.read_concurrency_limit_v2,
            id_or_name=str_arg("name", name),
        )

    def upsert_global_concurrency_limit_by_name(
        self, name: str, limit: int, slot_decay_per_second: float | None = None
    ) -> None:
        """Create the global limit ``name``, or update its limit and decay if they differ.

        Two requests, not atomic: a concurrent create can still win.
        """
        str_arg("name", name)
        int_arg("limit", limit, 0)
        if slot_decay_per_second is not None:
            seconds_arg("slot_decay_per_second", slot_decay_per_second)
        fields = set_only(limit=limit, slot_decay_per_second=slot_decay_per_second)
        try:
            existing = self.read_global_concurrency_limit_by_name(name)
        except ObjectNotFound:
            self.create_global_concurrency_limit(
                m.ConcurrencyLimitV2Create(name=name, **fields)
            )
            return
        if existing.limit != limit or (
            slot_decay_per_second is not None
            and existing.slot_decay_per_second != slot_decay_per_second
        ):
            self.update_global_concurrency_limit(name, m.ConcurrencyLimitV2Update(**fields))

    def read_global_concurrency_limits(
        self, limit: int = 10, offset: int = 0
    ) -> list[GlobalConcurrencyLimitResponse]:
        """Read global concurrency limits, a page at a time."""
        body = m.ReadAllConcurrencyLimitsV2Body(
            limit=int_arg("limit", limit, 0), offset=int_arg("offset", offset, 0)
        )
        return self._request(
            ops.concurrency_limits_v2.read_all_concurrency_limits_v2, body=body
        )

    def increment_concurrency_slots(
        self,
        names: list[str],
        slots: int,
        mode: Literal["concurrency", "rate_limit"] = "concurrency",
    ) -> httpx.Response:
        """Occupy ``slots`` slots of each global limit in ``names``.

        Returns the server's response, as Prefect's client does: its JSON is the
        list of limits used.  The server answers 423 (PrefectHTTPStatusError,
        with Retry-After) when a limit has no room; names without a limit are skipped.
        """
        body = m.BulkIncrementActiveSlotsBody(
            names=names_arg("names", names, required=True),
            slots=int_arg("slots", slots, 1),
            mode=m.BulkIncrementActiveSlotsBodyMode(choice_arg("mode", mode, _MODES)),
        )
        return self._request_response(
            ops.concurrency_limits_v2.bulk_increment_active_slots, body=body
        )

    def increment_concurrency_slots_with_lease(
        self,
        names: list[str],
        slots: int,
        mode: Literal["concurrency", "rate_limit"] = "concurrency",
        lease_duration: float = 300,
        holder: ConcurrencyLeaseHolder | dict[str, Any] | None = None,
    ) -> httpx.Response:
        """Occupy slots under a lease that frees them if not renewed within ``lease_duration`` s.

        ``holder`` (``{"type": "task_run", "id": ...}``, or Prefect's
        ``ConcurrencyLeaseHolder``) records who holds them.  Returns the
        server's response, as Prefect's client does: its JSON has the
        ``lease_id`` and the ``limits`` used.
        """
        fields: dict[str, Any] = {
            "names": names_arg("names", names, required=True),
            "slots": int_arg("slots", slots, 1),
            "mode": choice_arg("mode", mode, _MODES),
            "lease_duration": seconds_arg("lease_duration", lease_duration),
        }
        if holder is not None:
            fields["holder"] = model_arg("holder", holder, m.ConcurrencyLeaseHolder)
        return self._request_response(
            ops.concurrency_limits_v2.bulk_increment_active_slots_with_lease,
            body=m.BulkIncrementActiveSlotsWithLeaseBody(**fields),
        )

    def renew_concurrency_lease(
        self, lease_id: UUID | str, lease_duration: float
    ) -> httpx.Response:
        """Extend a lease by ``lease_duration`` seconds from now; returns the response (204).

        ObjectNotFound if the lease expired.
        """
        return self._request_response(
            ops.concurrency_limits_v2.renew_concurrency_lease,
            lease_id=uuid_arg("lease_id", lease_id),
            body=m.RenewConcurrencyLeaseBody(
                lease_duration=seconds_arg("lease_duration", lease_duration)
            ),
        )

    def release_concurrency_slots(
        self, names: list[str], slots: int, occupancy_seconds: float
    ) -> httpx.Response:
        """Free ``slots`` slots of each global limit in ``names``.

        Returns the server's response, as Prefect's client does (its JSON: the limits freed).
        """
        body = m.BulkDecrementActiveSlotsBody(
            names=names_arg("names", names, required=True),
            slots=int_arg("slots", slots, 1),
            occupancy_seconds=seconds_arg("occupancy_seconds", occupancy_seconds),
        )
        return self._request_response(
            ops.concurrency_limits_v2.bulk_decrement_active_slots, body=body
        )

    def release_concurrency_slots_with_lease(self, lease_id: UUID | str) -> httpx.Response:
        """Free the slots held under a lease and end it; returns the response (204)."""
        return self._request_response(
            ops.concurrency_limits_v2.bulk_decrement_active_slots_with_lease,
            body=m.BulkDecrementActiveSlotsWithLeaseBody(lease_id=uuid_arg("lease_id", lease_id)),
        )
