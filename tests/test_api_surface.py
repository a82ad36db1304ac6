"""The public surface: every method users of Prefect's clients call exists on both of ours.

The names are those of the reference client (the 2.x ``PrefectClient`` we were asked to
cover) and of Prefect 3.8.8's own ``PrefectClient``; calling them is tested per resource.
"""

from __future__ import annotations

import inspect

import pytest
from prefect_rest import PrefectClient, SyncPrefectClient

#: Methods of the reference 2.x client (its sync client's 14 are among them).
REFERENCE_METHODS = [
    "api_healthcheck",
    "create_artifact",
    "create_automation",
    "create_block_document",
    "create_block_schema",
    "create_block_type",
    "create_concurrency_limit",
    "create_deployment",
    "create_deployment_schedules",
    "create_flow",
    "create_flow_from_name",
    "create_flow_run",
    "create_flow_run_from_deployment",
    "create_flow_run_input",
    "create_flow_run_notification_policy",
    "create_global_concurrency_limit",
    "create_logs",
    "create_task_run",
    "create_variable",
    "create_work_pool",
    "create_work_queue",
    "delete_artifact",
    "delete_automation",
    "delete_block_document",
    "delete_block_type",
    "delete_concurrency_limit_by_tag",
    "delete_deployment",
    "delete_deployment_schedule",
    "delete_flow",
    "delete_flow_run",
    "delete_flow_run_input",
    "delete_flow_run_notification_policy",
    "delete_global_concurrency_limit_by_name",
    "delete_resource_owned_automations",
    "delete_task_run",
    "delete_variable_by_name",
    "delete_work_pool",
    "delete_work_queue_by_id",
    "filter_flow_run_input",
    "find_automation",
    "get_most_recent_block_schema_for_block_type",
    "get_runs_in_work_queue",
    "get_scheduled_flow_runs_for_deployments",
    "get_scheduled_flow_runs_for_work_pool",
    "hello",
    "increment_concurrency_slots",
    "match_work_queues",
    "pause_automation",
    "read_artifacts",
    "read_automation",
    "read_automations",
    "read_automations_by_name",
    "read_block_document",
    "read_block_document_by_name",
    "read_block_documents",
    "read_block_documents_by_type",
    "read_block_schema_by_checksum",
    "read_block_schemas",
    "read_block_type_by_slug",
    "read_block_types",
    "read_concurrency_limit_by_tag",
    "read_concurrency_limits",
    "read_deployment",
    "read_deployment_by_name",
    "read_deployment_schedules",
    "read_deployments",
    "read_flow",
    "read_flow_by_name",
    "read_flow_run",
    "read_flow_run_input",
    "read_flow_run_notification_policies",
    "read_flow_run_states",
    "read_flow_runs",
    "read_flows",
    "read_global_concurrency_limit_by_name",
    "read_global_concurrency_limits",
    "read_latest_artifacts",
    "read_logs",
    "read_resource_related_automations",
    "read_task_run",
    "read_task_run_states",
    "read_task_runs",
    "read_variable_by_name",
    "read_variables",
    "read_work_pool",
    "read_work_pools",
    "read_work_queue",
    "read_work_queue_by_name",
    "read_work_queue_status",
    "read_work_queues",
    "read_worker_metadata",
    "read_workers_for_work_pool",
    "release_concurrency_slots",
    "reset_concurrency_limit_by_tag",
    "resume_automation",
    "resume_flow_run",
    "send_worker_heartbeat",
    "set_deployment_paused_state",
    "set_flow_run_state",
    "set_task_run_name",
    "set_task_run_state",
    "update_automation",
    "update_block_document",
    "update_block_type",
    "update_deployment",
    "update_deployment_schedule",
    "update_flow_run",
    "update_flow_run_notification_policy",
    "update_global_concurrency_limit",
    "update_schedule",
    "update_variable",
    "update_work_pool",
    "update_work_queue",
]

#: Prefect 3.8.8's ``PrefectClient`` has these (methods and properties) beyond the reference's,
PREFECT_388_ADDED = [
    "api_url",
    "api_version",
    "apply_slas_for_deployment",
    "clear_server_default_result_storage",
    "client_version",
    "count_flow_runs",
    "create_deployment_branch",
    "decrement_v1_concurrency_slots",
    "increment_concurrency_slots_with_lease",
    "increment_v1_concurrency_slots",
    "loop",
    "pause_deployment",
    "raise_for_api_version_mismatch",
    "raise_for_api_version_mismatch_once",
    "read_events",
    "read_events_page",
    "read_flow_run_state",
    "read_server_default_result_storage",
    "read_work_pool_concurrency_status",
    "read_work_queue_concurrency_status",
    "release_concurrency_slots_with_lease",
    "renew_concurrency_lease",
    "resume_deployment",
    "set_flow_run_name",
    "update_artifact",
    "update_flow_run_labels",
    "update_server_default_result_storage",
    "upsert_global_concurrency_limit_by_name",
]
#: and lacks these of the reference's (their endpoints are gone: ours raise EndpointRemoved).
PREFECT_388_DROPPED = [
    "create_flow_run_notification_policy",
    "delete_flow_run_notification_policy",
    "read_flow_run_notification_policies",
    "update_flow_run_notification_policy",
    "update_schedule",
]
PREFECT_388_METHODS = sorted(
    set(REFERENCE_METHODS) - set(PREFECT_388_DROPPED) | set(PREFECT_388_ADDED)
)

#: Members that are plain attributes or properties rather than coroutines.
NOT_COROUTINES = {"api_url", "client_version", "loop"}
ALL = sorted(set(REFERENCE_METHODS) | set(PREFECT_388_METHODS))


def test_the_lists_are_complete():
    assert len(REFERENCE_METHODS) == len(set(REFERENCE_METHODS)) == 113
    assert len(PREFECT_388_METHODS) == 136


@pytest.mark.parametrize("name", ALL)
def test_async_client_has(name):
    member = inspect.getattr_static(PrefectClient, name)
    if name in NOT_COROUTINES:
        assert not inspect.iscoroutinefunction(member)
    else:
        assert inspect.iscoroutinefunction(member), f"PrefectClient.{name} is not async"


@pytest.mark.parametrize("name", ALL)
def test_sync_client_has_the_same_signature(name):
    ours = inspect.getattr_static(SyncPrefectClient, name)
    twin = inspect.getattr_static(PrefectClient, name)
    assert not inspect.iscoroutinefunction(ours), f"SyncPrefectClient.{name} is async"
    if callable(ours):
        assert inspect.signature(ours) == inspect.signature(twin)


# --- signatures and return types as Prefect 3.8.8's ---------------------------------------

#: Deliberate differences from Prefect 3.8.8's signatures (the README's "Differences from
#: Prefect's client" lists them).  Per method:
#:   "extra":    our parameters Prefect lacks; all keyword-only with defaults, so every call
#:               written for Prefect binds exactly as there.
#:   "optional": parameters Prefect requires that have a default here (calls that give them
#:               bind the same; the value left out is harmless).
#:   "defaults": parameters whose default differs: {name: our default}.
#:   "kwargs":   Prefect declares ``**kwargs: Unpack[<TypedDict>]``; we name its keys as
#:               keyword-only parameters (the same calls, checked names, IDE completion).
#:   "returns":  our return annotation where it is not Prefect's (normalized, see _returns).
SIGNATURE_DIFFERENCES: dict[str, dict[str, object]] = {
    # 2.x spellings kept for code written against the reference client, and fields of the
    # 3.8.8 API that Prefect's create_deployment cannot send.
    "create_deployment": {
        "extra": {"schedule", "infra_overrides", "labels", "global_concurrency_limit_id"}
    },
    # FlowRunCreate's key, which Prefect's method cannot send (a retried create is stored once).
    "create_flow_run": {"extra": {"idempotency_key"}},
    # The 2.x call: update_deployment(read_deployment) sends its updatable fields back.
    "update_deployment": {"optional": {"deployment"}},
    # The server cannot filter or page these without them; they are filters of the API.
    "read_block_documents": {
        "extra": {"block_document_filter", "block_type_filter", "block_schema_filter", "sort"}
    },
    "read_block_schemas": {"extra": {"block_schema_filter", "limit", "offset"}},
    "read_block_types": {"extra": {"block_type_filter", "block_schema_filter", "limit", "offset"}},
    "read_variables": {"extra": {"variable_filter", "sort", "offset"}},
    "get_scheduled_flow_runs_for_work_pool": {"extra": {"scheduled_after", "limit"}},
    # Our earlier name of the filter; Prefect's `automations` is the first keyword.
    "read_automations": {"extra": {"automation_filter"}},
    # Prefect names the keys in a TypedDict; ours are explicit, plus the two filters the
    # API takes that Prefect's keys leave out.
    "read_artifacts": {
        "kwargs": "ArtifactReadParams",
        "extra": {"flow_filter", "deployment_filter"},
    },
    "read_latest_artifacts": {
        "kwargs": "ArtifactCollectionReadParams",
        "extra": {"flow_filter", "deployment_filter"},
    },
    # Defaults where Prefect requires a value that the server does not need.
    "read_concurrency_limits": {"optional": {"limit", "offset"}},
    "filter_flow_run_input": {"optional": {"limit", "exclude_keys"}},
    "increment_concurrency_slots": {"optional": {"mode"}},
    "increment_concurrency_slots_with_lease": {"optional": {"mode", "lease_duration"}},
    # The 3.8.8 endpoint has no occupancy field: it is accepted and not sent.
    "decrement_v1_concurrency_slots": {"optional": {"occupancy_seconds"}},
    # Prefect annotates `Automation | None` but its 404 check is unreachable (its request
    # raises first); ours raises ObjectNotFound, as Prefect's does in practice.
    "read_automation": {"returns": "Automation"},
    # A Prefect Cloud endpoint (Prefect annotates UUID and returns an SlaMergeResponse);
    # ours raises EndpointRemoved.
    "apply_slas_for_deployment": {"returns": "Any"},
}

#: Our generated schema names for the response models Prefect names differently.
SAME_MODEL = {
    "FlowRunResponse": "FlowRun",
    "WorkPoolResponse": "WorkPool",
    "WorkQueueResponse": "WorkQueue",
    "WorkerResponse": "Worker",
}


def _prefect_clients():
    orchestration = pytest.importorskip("prefect.client.orchestration")
    return [
        (PrefectClient, orchestration.PrefectClient),
        (SyncPrefectClient, orchestration.SyncPrefectClient),
    ]


def _public_methods(cls) -> list[str]:
    return sorted(
        name
        for name in dir(cls)
        if not name.startswith("_") and callable(inspect.getattr_static(cls, name))
    )


def _params(function) -> list[inspect.Parameter]:
    return [p for p in inspect.signature(function).parameters.values() if p.name != "self"]


def _typed_dict_keys(function, param: inspect.Parameter) -> set[str]:
    """The keys of the TypedDict in ``**kwargs: Unpack[<TypedDict>]``."""
    import sys

    name = param.annotation.__args__[0].__forward_arg__
    typed_dict = getattr(sys.modules[function.__module__], name)
    return set(typed_dict.__required_keys__ | typed_dict.__optional_keys__)


def _signature_problems(name: str, ours, theirs) -> list[str]:
    allowed = SIGNATURE_DIFFERENCES.get(name, {})
    extra = set(allowed.get("extra", ()))
    optional = set(allowed.get("optional", ()))
    defaults = dict(allowed.get("defaults", {}))
    problems = []
    our_params = _params(ours)
    for p in our_params:
        if p.name in extra and (p.kind is not p.KEYWORD_ONLY or p.default is p.empty):
            problems.append(f"extra parameter {p.name} must be keyword-only with a default")
    kept = [p for p in our_params if p.name not in extra]
    their_params = _params(theirs)
    if allowed.get("kwargs"):
        assert [p.kind for p in their_params] == [inspect.Parameter.VAR_KEYWORD]
        keys = _typed_dict_keys(theirs, their_params[0])
        assert allowed["kwargs"] in str(their_params[0].annotation)
        ours_kw = {p.name for p in kept if p.kind is p.KEYWORD_ONLY and p.default is not p.empty}
        if ours_kw != keys:
            problems.append(f"keywords {sorted(ours_kw)} are not Prefect's {sorted(keys)}")
        return problems

    def shape(params, ours_side):
        out = []
        for p in params:
            has_default = p.default is not p.empty or (not ours_side and p.name in optional)
            default = p.default
            if p.name in optional:
                default = "<ours>"  # a default where Prefect has none: not compared
            elif not ours_side and p.name in defaults:
                default = defaults[p.name]
            out.append((p.name, p.kind.name, has_default, default))
        return out

    if shape(kept, True) != shape(their_params, False):
        problems.append(
            f"ours {inspect.signature(ours)}\n    Prefect's {inspect.signature(theirs)}"
        )
    return problems


def _returns(function, model_names: dict[str, str] | None = None) -> str:
    """A return annotation as comparable text (quotes, module prefixes, generics dropped)."""
    import re

    text = inspect.signature(function).return_annotation
    if not isinstance(text, str):
        plain_class = isinstance(text, type) and not getattr(text, "__args__", None)
        text = text.__name__ if plain_class else str(text)
    text = text.replace("'", "").replace('"', "")
    text = re.sub(r"\b(?:httpx|typing|prefect\.states)\.", "", text)
    text = re.sub(r"^Optional\[(.*)\]$", r"\1 | None", text)
    text = re.sub(r"OrchestrationResult\[\w+\]", "OrchestrationResult", text)
    for ours, theirs in (model_names or {}).items():
        text = re.sub(rf"\b{ours}\b", theirs, text)
    return text


@pytest.mark.parametrize("side", ["async", "sync"])
def test_signatures_are_prefects(side):
    """Every public method of Prefect 3.8.8's client exists here and binds the same calls."""
    ours_cls, theirs_cls = _prefect_clients()[side == "sync"]
    problems = []
    for name in _public_methods(theirs_cls):
        if not hasattr(ours_cls, name):
            problems.append(f"{name}: missing")
            continue
        ours = inspect.getattr_static(ours_cls, name)
        theirs = inspect.getattr_static(theirs_cls, name)
        if inspect.iscoroutinefunction(ours) != inspect.iscoroutinefunction(inspect.unwrap(theirs)):
            problems.append(f"{name}: async on one side only")
        problems += [f"{name}: {p}" for p in _signature_problems(name, ours, theirs)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("side", ["async", "sync"])
def test_return_annotations_are_prefects(side):
    """Each method returns what Prefect's does: the same model (by Prefect's name) or the
    ``httpx.Response`` Prefect's client hands back."""
    ours_cls, theirs_cls = _prefect_clients()[side == "sync"]
    problems = []
    for name in _public_methods(theirs_cls):
        ours = inspect.getattr_static(ours_cls, name, None)
        if ours is None:
            continue
        expected = SIGNATURE_DIFFERENCES.get(name, {}).get("returns") or _returns(
            inspect.getattr_static(theirs_cls, name), SAME_MODEL
        )
        found = _returns(ours, SAME_MODEL)
        if found != expected:
            problems.append(f"{name}: ours {found}, Prefect's {expected}")
    assert not problems, "\n".join(problems)


def test_signature_allow_list_is_current():
    """Each allowed difference still exists (a fixed one is taken off the list)."""
    ours_cls, theirs_cls = _prefect_clients()[0]
    for name, allowed in SIGNATURE_DIFFERENCES.items():
        ours = inspect.getattr_static(ours_cls, name)
        theirs = inspect.getattr_static(theirs_cls, name)
        names = {p.name: p for p in _params(ours)}
        for extra in allowed.get("extra", ()):
            assert extra in names, f"{name}: {extra} is no longer ours"
        theirs_params = {p.name: p for p in _params(theirs)}
        for optional in allowed.get("optional", ()):
            assert theirs_params[optional].default is inspect.Parameter.empty, (name, optional)
            assert names[optional].default is not inspect.Parameter.empty, (name, optional)
        if "returns" in allowed:
            assert _returns(ours, SAME_MODEL) == allowed["returns"] != _returns(theirs), name
