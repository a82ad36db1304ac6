"""What the Prefect 3.8.8 server does when it receives the same request twice.

Every operation gets one *repeat class*; the client's retry policy
(``prefect_rest.transport.retry``) decides from the class alone whether a
request whose answer was lost may be sent again:

``read``
    No effect on stored data (GET, the filter/count/history POSTs, validations).
``idempotent``
    The second request leaves what the first left (PUT, DELETE, PATCH of
    absolute values, pause/resume, heartbeats, bulk deletes).
``upsert``
    A create by natural key: the same body again returns or updates the row the
    first one stored (201 then 200).
``keyed``
    Stored once when the body carries its key (``REPEAT_KEYS``, all present and
    not null); without it, unsafe.
``unique``
    A create whose natural key must be unique: a replay answers 409; the client
    resolves a 409 that follows its own lost attempt by reading the object back.
``transition``
    A state proposal carrying a ``transition_id``; the server refuses a replay
    of the same id (REJECT/ABORT), which the client resolves by reading the
    run's state back.
``unsafe``
    Stored as often as sent (logs, artifacts, automations, slot counters).

``DEFAULTS`` gives the class of a method; ``CLASSES`` overrides it per
operation, keyed by ``(METHOD, path as in openapi.json)``. The creates' entries
were observed against a real 3.8.8 server (``tests/test_repeat_classes.py``
sends each body twice and counts what is stored; run 2026-12-03 on the
in-process server, SQLite); the comment on each says what was seen.
``scripts/normalize.py`` records the class as ``x-prefect-rest-repeat`` on each
operation; the generator writes it into the endpoint module as ``REPEAT``.
"""

from __future__ import annotations

#: Every repeat class, safest first.
KINDS = ("read", "idempotent", "upsert", "keyed", "unique", "transition", "unsafe")

#: The class of an operation not listed in ``CLASSES``, by HTTP method.
DEFAULTS = {"GET": "read", "HEAD": "read", "PUT": "idempotent", "DELETE": "idempotent"}

#: Body fields that make a ``keyed`` create safe to repeat (a list body: every item's).
KEYS: dict[tuple[str, str], tuple[str, ...]] = {
    ("POST", "/flow_runs/"): ("flow_id", "idempotency_key"),
    ("POST", "/deployments/{id}/create_flow_run"): ("idempotency_key",),
    ("POST", "/task_runs/"): ("flow_run_id", "task_key", "dynamic_key"),
    ("POST", "/events"): ("id",),
}

CLASSES: dict[tuple[str, str], str] = {
    # --- Creates, each sent twice against the real server ---------------------
    # the same name again: 200 with the first flow's id (insert ... on conflict do nothing)
    ("POST", "/flows/"): "upsert",
    # the same flow_id + name again: 200, the same deployment id, fields updated
    ("POST", "/deployments/"): "upsert",
    # the same tag again: 200, the same id, limit updated
    ("POST", "/concurrency_limits/"): "upsert",
    # the same checksum again: 200, the same block schema id
    ("POST", "/block_schemas/"): "upsert",
    # the same name again: 200, the same saved search id (PUT)
    ("PUT", "/saved_searches/"): "upsert",
    # registers Prefect's block types and schemas by slug/checksum: the same rows again
    ("POST", "/block_types/install_system_block_types"): "upsert",
    # same flow_id + idempotency_key: 200 with the first run; without a key a second run
    ("POST", "/flow_runs/"): "keyed",
    # same idempotency_key: 200 with the first run; without a key a second run
    ("POST", "/deployments/{id}/create_flow_run"): "keyed",
    # same flow_run_id + task_key + dynamic_key: 200 with the first task run
    ("POST", "/task_runs/"): "keyed",
    # events are inserted "on conflict (id) do nothing": the same event id is stored once
    ("POST", "/events"): "keyed",
    # the same slug again: 409 "Block type already exists"
    ("POST", "/block_types/"): "unique",
    # the same block type + name again: 409
    ("POST", "/block_documents/"): "unique",
    # the same name again: 409
    ("POST", "/variables/"): "unique",
    # the same name again: 409
    ("POST", "/work_pools/"): "unique",
    # the same name in the pool again: 409
    ("POST", "/work_pools/{work_pool_name}/queues"): "unique",
    # the same name again: 409
    ("POST", "/work_queues/"): "unique",
    # the same name again: 409
    ("POST", "/v2/concurrency_limits/"): "unique",
    # the same key for the run again: 409
    ("POST", "/flow_runs/{id}/input"): "unique",
    # the same body again: a second artifact (201 both times); only the "latest" row is upserted
    ("POST", "/artifacts/"): "unsafe",
    # the same body again: a second automation
    ("POST", "/automations/"): "unsafe",
    # logs have no id: the same batch again stores every line again
    ("POST", "/logs/"): "unsafe",
    # the same schedules again: a second copy of each schedule
    ("POST", "/deployments/{id}/schedules"): "unsafe",
    # each item is a create; items without an idempotency_key are stored again
    ("POST", "/deployments/{id}/create_flow_run/bulk"): "unsafe",
    # --- State transitions ----------------------------------------------------
    # the same transition_id again: REJECT/ABORT, the first state stays
    ("POST", "/flow_runs/{id}/set_state"): "transition",
    ("POST", "/task_runs/{id}/set_state"): "transition",
    # each state is proposed as by set_state
    ("POST", "/flow_runs/bulk_set_state"): "transition",
    # a second resume of a run no longer paused: ABORT, the run stays as resumed
    ("POST", "/flow_runs/{id}/resume"): "transition",
    # --- Counters -------------------------------------------------------------
    # each call takes more slots: twice takes twice
    ("POST", "/v2/concurrency_limits/increment"): "unsafe",
    ("POST", "/v2/concurrency_limits/decrement"): "unsafe",
    # each call takes slots under a new lease
    ("POST", "/v2/concurrency_limits/increment-with-lease"): "unsafe",
    # releases a lease's slots; a second call finds no lease
    ("POST", "/v2/concurrency_limits/decrement-with-lease"): "unsafe",
    # v1 slots are a set of task run ids: adding or removing one twice is once
    ("POST", "/concurrency_limits/increment"): "idempotent",
    ("POST", "/concurrency_limits/decrement"): "idempotent",
    ("POST", "/concurrency_limits/tag/{tag}/reset"): "idempotent",
    ("POST", "/v2/concurrency_limits/leases/{lease_id}/renew"): "idempotent",
    # --- Other writes that end in the same place however often they are sent ---
    ("POST", "/deployments/bulk_delete"): "idempotent",
    ("POST", "/flow_runs/bulk_delete"): "idempotent",
    ("POST", "/flows/bulk_delete"): "idempotent",
    ("POST", "/deployments/{id}/pause_deployment"): "idempotent",
    ("POST", "/deployments/{id}/resume_deployment"): "idempotent",
    # runs are scheduled under deterministic idempotency keys: no second copy
    ("POST", "/deployments/{id}/schedule"): "idempotent",
    # records a poll (last_polled) and returns runs
    ("POST", "/work_pools/{name}/get_scheduled_flow_runs"): "idempotent",
    ("POST", "/work_queues/{id}/get_runs"): "idempotent",
    ("POST", "/work_pools/{work_pool_name}/workers/heartbeat"): "idempotent",
    ("PATCH", "/artifacts/{id}"): "idempotent",
    ("PATCH", "/automations/{id}"): "idempotent",
    ("PATCH", "/block_documents/{id}"): "idempotent",
    ("PATCH", "/block_types/{id}"): "idempotent",
    ("PATCH", "/deployments/{id}"): "idempotent",
    ("PATCH", "/deployments/{id}/schedules/{schedule_id}"): "idempotent",
    ("PATCH", "/flow_runs/{id}"): "idempotent",
    # labels are merged: the same labels twice are the same labels
    ("PATCH", "/flow_runs/{id}/labels"): "idempotent",
    ("PATCH", "/flows/{id}"): "idempotent",
    ("PATCH", "/task_runs/{id}"): "idempotent",
    # sets active_slots and the limit to the given values
    ("PATCH", "/v2/concurrency_limits/{id_or_name}"): "idempotent",
    ("PATCH", "/variables/name/{name}"): "idempotent",
    ("PATCH", "/variables/{id}"): "idempotent",
    ("PATCH", "/work_pools/{name}"): "idempotent",
    ("PATCH", "/work_pools/{work_pool_name}/queues/{name}"): "idempotent",
    ("PATCH", "/work_queues/{id}"): "idempotent",
    # --- POSTs that only read -------------------------------------------------
    ("POST", "/deployments/get_scheduled_flow_runs"): "read",
    ("POST", "/flow_runs/lateness"): "read",
    ("POST", "/events/count-by/{countable}"): "read",
    ("POST", "/work_pools/{name}/concurrency_status"): "read",
    ("POST", "/work_queues/{id}/concurrency_status"): "read",
    ("POST", "/automations/templates/validate"): "read",
    ("POST", "/templates/validate"): "read",
    ("POST", "/ui/schemas/validate"): "read",
    ("POST", "/ui/flows/count-deployments"): "read",
    ("POST", "/ui/flows/next-runs"): "read",
    ("POST", "/ui/flow_runs/count-task-runs"): "read",
    ("POST", "/ui/task_runs/count"): "read",
    ("POST", "/ui/task_runs/dashboard/counts"): "read",
}

#: Last path segments of POSTs that only read.
READ_SUFFIXES = ("filter", "count", "paginate", "history")


def repeat_class(method: str, path: str) -> str:
    """The repeat class of ``method path``; ``unsafe`` for a write nobody classified yet."""
    method = method.upper()
    listed = CLASSES.get((method, path))
    if listed is not None:
        return listed
    if method in DEFAULTS:
        return DEFAULTS[method]
    if method == "POST" and path.rstrip("/").rsplit("/", 1)[-1] in READ_SUFFIXES:
        return "read"
    return "unsafe"  # a new write: never repeated until a test against the server says so
