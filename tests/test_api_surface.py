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
