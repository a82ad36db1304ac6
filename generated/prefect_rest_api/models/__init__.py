"""Every model of the API, imported on first use (``from prefect_rest_api.models import Flow``)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_settings import APISettings
    from .artifact import Artifact
    from .artifact_collection import ArtifactCollection
    from .artifact_collection_filter import ArtifactCollectionFilter
    from .artifact_collection_filter_flow_run_id import (
        ArtifactCollectionFilterFlowRunId,
    )
    from .artifact_collection_filter_key import ArtifactCollectionFilterKey
    from .artifact_collection_filter_latest_id import ArtifactCollectionFilterLatestId
    from .artifact_collection_filter_task_run_id import (
        ArtifactCollectionFilterTaskRunId,
    )
    from .artifact_collection_filter_type import ArtifactCollectionFilterType
    from .artifact_collection_sort import ArtifactCollectionSort
    from .artifact_create import ArtifactCreate
    from .artifact_filter import ArtifactFilter
    from .artifact_filter_flow_run_id import ArtifactFilterFlowRunId
    from .artifact_filter_id import ArtifactFilterId
    from .artifact_filter_key import ArtifactFilterKey
    from .artifact_filter_task_run_id import ArtifactFilterTaskRunId
    from .artifact_filter_type import ArtifactFilterType
    from .artifact_sort import ArtifactSort
    from .artifact_update import ArtifactUpdate
    from .automation import Automation
    from .automation_create import AutomationCreate
    from .automation_filter import AutomationFilter
    from .automation_filter_created import AutomationFilterCreated
    from .automation_filter_id import AutomationFilterId
    from .automation_filter_name import AutomationFilterName
    from .automation_filter_tags import AutomationFilterTags
    from .automation_partial_update import AutomationPartialUpdate
    from .automation_sort import AutomationSort
    from .automation_update import AutomationUpdate
    from .average_flow_run_lateness_body import AverageFlowRunLatenessBody
    from .block_document import BlockDocument
    from .block_document_create import BlockDocumentCreate
    from .block_document_filter import BlockDocumentFilter
    from .block_document_filter_block_type_id import BlockDocumentFilterBlockTypeId
    from .block_document_filter_id import BlockDocumentFilterId
    from .block_document_filter_is_anonymous import BlockDocumentFilterIsAnonymous
    from .block_document_filter_name import BlockDocumentFilterName
    from .block_document_sort import BlockDocumentSort
    from .block_document_update import BlockDocumentUpdate
    from .block_schema import BlockSchema
    from .block_schema_create import BlockSchemaCreate
    from .block_schema_filter import BlockSchemaFilter
    from .block_schema_filter_block_type_id import BlockSchemaFilterBlockTypeId
    from .block_schema_filter_capabilities import BlockSchemaFilterCapabilities
    from .block_schema_filter_id import BlockSchemaFilterId
    from .block_schema_filter_version import BlockSchemaFilterVersion
    from .block_type import BlockType
    from .block_type_create import BlockTypeCreate
    from .block_type_filter import BlockTypeFilter
    from .block_type_filter_name import BlockTypeFilterName
    from .block_type_filter_slug import BlockTypeFilterSlug
    from .block_type_update import BlockTypeUpdate
    from .bulk_decrement_active_slots_body import BulkDecrementActiveSlotsBody
    from .bulk_decrement_active_slots_with_lease_body import (
        BulkDecrementActiveSlotsWithLeaseBody,
    )
    from .bulk_delete_deployments_body import BulkDeleteDeploymentsBody
    from .bulk_delete_flow_runs_body import BulkDeleteFlowRunsBody
    from .bulk_delete_flows_body import BulkDeleteFlowsBody
    from .bulk_increment_active_slots_body import BulkIncrementActiveSlotsBody
    from .bulk_increment_active_slots_body_mode import BulkIncrementActiveSlotsBodyMode
    from .bulk_increment_active_slots_with_lease_body import (
        BulkIncrementActiveSlotsWithLeaseBody,
    )
    from .bulk_increment_active_slots_with_lease_body_mode import (
        BulkIncrementActiveSlotsWithLeaseBodyMode,
    )
    from .bulk_set_flow_run_state_body import BulkSetFlowRunStateBody
    from .call_webhook import CallWebhook
    from .cancel_flow_run import CancelFlowRun
    from .change_flow_run_state import ChangeFlowRunState
    from .cli_settings import CLISettings
    from .client_metrics_settings import ClientMetricsSettings
    from .client_settings import ClientSettings
    from .cloud_settings import CloudSettings
    from .compound_trigger import CompoundTrigger
    from .compound_trigger_require_type_1 import CompoundTriggerRequireType1
    from .concurrency_lease_holder import ConcurrencyLeaseHolder
    from .concurrency_lease_holder_type import ConcurrencyLeaseHolderType
    from .concurrency_limit import ConcurrencyLimit
    from .concurrency_limit_create import ConcurrencyLimitCreate
    from .concurrency_limit_strategy import ConcurrencyLimitStrategy
    from .concurrency_limit_v2 import ConcurrencyLimitV2
    from .concurrency_limit_v2_create import ConcurrencyLimitV2Create
    from .concurrency_limit_v2_update import ConcurrencyLimitV2Update
    from .concurrency_limit_with_lease_response import ConcurrencyLimitWithLeaseResponse
    from .concurrency_options import ConcurrencyOptions
    from .constant import Constant
    from .count_account_events_body import CountAccountEventsBody
    from .count_artifacts_body import CountArtifactsBody
    from .count_automations_body import CountAutomationsBody
    from .count_block_documents_body import CountBlockDocumentsBody
    from .count_by_state import CountByState
    from .count_deployments_body import CountDeploymentsBody
    from .count_deployments_by_flow_body import CountDeploymentsByFlowBody
    from .count_flow_runs_body import CountFlowRunsBody
    from .count_flows_body import CountFlowsBody
    from .count_latest_artifacts_body import CountLatestArtifactsBody
    from .count_task_runs_body import CountTaskRunsBody
    from .count_task_runs_by_flow_run_body import CountTaskRunsByFlowRunBody
    from .count_variables_body import CountVariablesBody
    from .count_work_pools_body import CountWorkPoolsBody
    from .countable import Countable
    from .create_flow_run_input_body import CreateFlowRunInputBody
    from .created_by import CreatedBy
    from .cron_schedule import CronSchedule
    from .csrf_token import CsrfToken
    from .decrement_concurrency_limits_v1_body import DecrementConcurrencyLimitsV1Body
    from .delete_flow_run import DeleteFlowRun
    from .dependency_result import DependencyResult
    from .deployment_bulk_delete_response import DeploymentBulkDeleteResponse
    from .deployment_create import DeploymentCreate
    from .deployment_filter import DeploymentFilter
    from .deployment_filter_concurrency_limit import DeploymentFilterConcurrencyLimit
    from .deployment_filter_id import DeploymentFilterId
    from .deployment_filter_name import DeploymentFilterName
    from .deployment_filter_paused import DeploymentFilterPaused
    from .deployment_filter_tags import DeploymentFilterTags
    from .deployment_filter_work_queue_name import DeploymentFilterWorkQueueName
    from .deployment_flow_run_create import DeploymentFlowRunCreate
    from .deployment_or_flow_name_filter import DeploymentOrFlowNameFilter
    from .deployment_pagination_response import DeploymentPaginationResponse
    from .deployment_response import DeploymentResponse
    from .deployment_schedule import DeploymentSchedule
    from .deployment_schedule_create import DeploymentScheduleCreate
    from .deployment_schedule_update import DeploymentScheduleUpdate
    from .deployment_sort import DeploymentSort
    from .deployment_status import DeploymentStatus
    from .deployment_update import DeploymentUpdate
    from .deployments_settings import DeploymentsSettings
    from .do_nothing import DoNothing
    from .edge import Edge
    from .event import Event
    from .event_any_resource_filter import EventAnyResourceFilter
    from .event_count import EventCount
    from .event_filter import EventFilter
    from .event_id_filter import EventIDFilter
    from .event_name_filter import EventNameFilter
    from .event_occurred_filter import EventOccurredFilter
    from .event_order import EventOrder
    from .event_page import EventPage
    from .event_related_filter import EventRelatedFilter
    from .event_resource_filter import EventResourceFilter
    from .event_text_filter import EventTextFilter
    from .event_trigger import EventTrigger
    from .event_trigger_posture import EventTriggerPosture
    from .events_settings import EventsSettings
    from .experiments_settings import ExperimentsSettings
    from .filter_flow_run_input_body import FilterFlowRunInputBody
    from .flow import Flow
    from .flow_bulk_delete_response import FlowBulkDeleteResponse
    from .flow_create import FlowCreate
    from .flow_filter import FlowFilter
    from .flow_filter_deployment import FlowFilterDeployment
    from .flow_filter_id import FlowFilterId
    from .flow_filter_name import FlowFilterName
    from .flow_filter_tags import FlowFilterTags
    from .flow_pagination_response import FlowPaginationResponse
    from .flow_run_bulk_create_response import FlowRunBulkCreateResponse
    from .flow_run_bulk_delete_response import FlowRunBulkDeleteResponse
    from .flow_run_bulk_set_state_response import FlowRunBulkSetStateResponse
    from .flow_run_create import FlowRunCreate
    from .flow_run_create_result import FlowRunCreateResult
    from .flow_run_create_result_status import FlowRunCreateResultStatus
    from .flow_run_filter import FlowRunFilter
    from .flow_run_filter_created_by import FlowRunFilterCreatedBy
    from .flow_run_filter_deployment_id import FlowRunFilterDeploymentId
    from .flow_run_filter_end_time import FlowRunFilterEndTime
    from .flow_run_filter_expected_start_time import FlowRunFilterExpectedStartTime
    from .flow_run_filter_flow_version import FlowRunFilterFlowVersion
    from .flow_run_filter_id import FlowRunFilterId
    from .flow_run_filter_idempotency_key import FlowRunFilterIdempotencyKey
    from .flow_run_filter_name import FlowRunFilterName
    from .flow_run_filter_next_scheduled_start_time import (
        FlowRunFilterNextScheduledStartTime,
    )
    from .flow_run_filter_parent_flow_run_id import FlowRunFilterParentFlowRunId
    from .flow_run_filter_parent_task_run_id import FlowRunFilterParentTaskRunId
    from .flow_run_filter_start_time import FlowRunFilterStartTime
    from .flow_run_filter_state import FlowRunFilterState
    from .flow_run_filter_state_name import FlowRunFilterStateName
    from .flow_run_filter_state_type import FlowRunFilterStateType
    from .flow_run_filter_tags import FlowRunFilterTags
    from .flow_run_filter_work_queue_name import FlowRunFilterWorkQueueName
    from .flow_run_history_body import FlowRunHistoryBody
    from .flow_run_input import FlowRunInput
    from .flow_run_orchestration_result import FlowRunOrchestrationResult
    from .flow_run_pagination_response import FlowRunPaginationResponse
    from .flow_run_policy import FlowRunPolicy
    from .flow_run_policy_retry_type_type_0 import FlowRunPolicyRetryTypeType0
    from .flow_run_response import FlowRunResponse
    from .flow_run_result import FlowRunResult
    from .flow_run_slot_summary import FlowRunSlotSummary
    from .flow_run_sort import FlowRunSort
    from .flow_run_update import FlowRunUpdate
    from .flow_sort import FlowSort
    from .flow_update import FlowUpdate
    from .flows_settings import FlowsSettings
    from .get_scheduled_flow_runs_body import GetScheduledFlowRunsBody
    from .get_scheduled_flow_runs_for_deployments_body import (
        GetScheduledFlowRunsForDeploymentsBody,
    )
    from .global_concurrency_limit_response import GlobalConcurrencyLimitResponse
    from .graph import Graph
    from .graph_artifact import GraphArtifact
    from .graph_state import GraphState
    from .history_response import HistoryResponse
    from .history_response_state import HistoryResponseState
    from .http_validation_error import HTTPValidationError
    from .increment_concurrency_limits_v1_body import IncrementConcurrencyLimitsV1Body
    from .integration import Integration
    from .internal_settings import InternalSettings
    from .internal_settings_logging_level import InternalSettingsLoggingLevel
    from .interval_schedule import IntervalSchedule
    from .log import Log
    from .log_create import LogCreate
    from .log_filter import LogFilter
    from .log_filter_flow_run_id import LogFilterFlowRunId
    from .log_filter_level import LogFilterLevel
    from .log_filter_task_run_id import LogFilterTaskRunId
    from .log_filter_text_search import LogFilterTextSearch
    from .log_filter_timestamp import LogFilterTimestamp
    from .log_sort import LogSort
    from .logging_settings import LoggingSettings
    from .logging_settings_level import LoggingSettingsLevel
    from .logging_to_api_settings import LoggingToAPISettings
    from .logging_to_api_settings_when_missing_flow import (
        LoggingToAPISettingsWhenMissingFlow,
    )
    from .minimal_concurrency_limit_response import MinimalConcurrencyLimitResponse
    from .next_runs_by_flow_body import NextRunsByFlowBody
    from .node import Node
    from .node_kind import NodeKind
    from .operator import Operator
    from .orchestration_result import OrchestrationResult
    from .paginate_deployments_body import PaginateDeploymentsBody
    from .paginate_flow_runs_body import PaginateFlowRunsBody
    from .paginate_flows_body import PaginateFlowsBody
    from .paginate_task_runs_body import PaginateTaskRunsBody
    from .parameter import Parameter
    from .pause_automation import PauseAutomation
    from .pause_automation_source import PauseAutomationSource
    from .pause_deployment import PauseDeployment
    from .pause_deployment_source import PauseDeploymentSource
    from .pause_work_pool import PauseWorkPool
    from .pause_work_pool_source import PauseWorkPoolSource
    from .pause_work_queue import PauseWorkQueue
    from .pause_work_queue_source import PauseWorkQueueSource
    from .plugins_settings import PluginsSettings
    from .queue_filter import QueueFilter
    from .r_rule_schedule import RRuleSchedule
    from .read_all_concurrency_limits_v2_body import ReadAllConcurrencyLimitsV2Body
    from .read_artifacts_body import ReadArtifactsBody
    from .read_automations_body import ReadAutomationsBody
    from .read_block_documents_body import ReadBlockDocumentsBody
    from .read_block_schemas_body import ReadBlockSchemasBody
    from .read_block_types_body import ReadBlockTypesBody
    from .read_concurrency_limits_body import ReadConcurrencyLimitsBody
    from .read_dashboard_task_run_counts_body import ReadDashboardTaskRunCountsBody
    from .read_deployments_body import ReadDeploymentsBody
    from .read_events_body import ReadEventsBody
    from .read_flow_run_history_body import ReadFlowRunHistoryBody
    from .read_flow_runs_body import ReadFlowRunsBody
    from .read_flows_body import ReadFlowsBody
    from .read_latest_artifacts_body import ReadLatestArtifactsBody
    from .read_logs_body import ReadLogsBody
    from .read_saved_searches_body import ReadSavedSearchesBody
    from .read_task_run_counts_by_state_body import ReadTaskRunCountsByStateBody
    from .read_task_runs_body import ReadTaskRunsBody
    from .read_task_workers_body import ReadTaskWorkersBody
    from .read_variables_body import ReadVariablesBody
    from .read_work_pool_concurrency_status_body import (
        ReadWorkPoolConcurrencyStatusBody,
    )
    from .read_work_pools_body import ReadWorkPoolsBody
    from .read_work_queue_concurrency_status_body import (
        ReadWorkQueueConcurrencyStatusBody,
    )
    from .read_work_queue_runs_body import ReadWorkQueueRunsBody
    from .read_work_queues_body import ReadWorkQueuesBody
    from .read_workers_body import ReadWorkersBody
    from .received_event import ReceivedEvent
    from .related_resource import RelatedResource
    from .renew_concurrency_lease_body import RenewConcurrencyLeaseBody
    from .reset_concurrency_limit_by_tag_body import ResetConcurrencyLimitByTagBody
    from .resource import Resource
    from .resource_specification import ResourceSpecification
    from .results_settings import ResultsSettings
    from .resume_automation import ResumeAutomation
    from .resume_automation_source import ResumeAutomationSource
    from .resume_deployment import ResumeDeployment
    from .resume_deployment_source import ResumeDeploymentSource
    from .resume_flow_run import ResumeFlowRun
    from .resume_flow_run_body import ResumeFlowRunBody
    from .resume_work_pool import ResumeWorkPool
    from .resume_work_pool_source import ResumeWorkPoolSource
    from .resume_work_queue import ResumeWorkQueue
    from .resume_work_queue_source import ResumeWorkQueueSource
    from .run_deployment import RunDeployment
    from .run_deployment_source import RunDeploymentSource
    from .runner_server_settings import RunnerServerSettings
    from .runner_server_settings_log_level import RunnerServerSettingsLogLevel
    from .runner_settings import RunnerSettings
    from .saved_search import SavedSearch
    from .saved_search_create import SavedSearchCreate
    from .saved_search_filter import SavedSearchFilter
    from .schedule_deployment_body import ScheduleDeploymentBody
    from .schema_value_index_error import SchemaValueIndexError
    from .schema_value_property_error import SchemaValuePropertyError
    from .schema_values_validation_response import SchemaValuesValidationResponse
    from .send_notification import SendNotification
    from .sequence_trigger import SequenceTrigger
    from .server_api_settings import ServerAPISettings
    from .server_concurrency_settings import ServerConcurrencySettings
    from .server_database_settings import ServerDatabaseSettings
    from .server_database_settings_driver_type_0 import (
        ServerDatabaseSettingsDriverType0,
    )
    from .server_default_result_storage import ServerDefaultResultStorage
    from .server_default_result_storage_update import ServerDefaultResultStorageUpdate
    from .server_deployments_settings import ServerDeploymentsSettings
    from .server_docket_settings import ServerDocketSettings
    from .server_ephemeral_settings import ServerEphemeralSettings
    from .server_events_settings import ServerEventsSettings
    from .server_flow_run_graph_settings import ServerFlowRunGraphSettings
    from .server_logs_settings import ServerLogsSettings
    from .server_services_cancellation_cleanup_settings import (
        ServerServicesCancellationCleanupSettings,
    )
    from .server_services_cleanup_reconciler_settings import (
        ServerServicesCleanupReconcilerSettings,
    )
    from .server_services_db_vacuum_settings import ServerServicesDBVacuumSettings
    from .server_services_event_logger_settings import ServerServicesEventLoggerSettings
    from .server_services_event_persister_settings import (
        ServerServicesEventPersisterSettings,
    )
    from .server_services_foreman_settings import ServerServicesForemanSettings
    from .server_services_late_runs_settings import ServerServicesLateRunsSettings
    from .server_services_pause_expirations_settings import (
        ServerServicesPauseExpirationsSettings,
    )
    from .server_services_repossessor_settings import ServerServicesRepossessorSettings
    from .server_services_scheduler_settings import ServerServicesSchedulerSettings
    from .server_services_settings import ServerServicesSettings
    from .server_services_task_run_recorder_settings import (
        ServerServicesTaskRunRecorderSettings,
    )
    from .server_services_triggers_settings import ServerServicesTriggersSettings
    from .server_settings import ServerSettings
    from .server_settings_logging_level import ServerSettingsLoggingLevel
    from .server_tasks_scheduling_settings import ServerTasksSchedulingSettings
    from .server_tasks_settings import ServerTasksSettings
    from .server_ui_settings import ServerUISettings
    from .server_worker_channel_settings import ServerWorkerChannelSettings
    from .set_flow_run_state_body import SetFlowRunStateBody
    from .set_state_status import SetStateStatus
    from .set_task_run_state_body import SetTaskRunStateBody
    from .settings import Settings
    from .simple_flow_run import SimpleFlowRun
    from .simple_next_flow_run import SimpleNextFlowRun
    from .sql_alchemy_connect_args_settings import SQLAlchemyConnectArgsSettings
    from .sql_alchemy_settings import SQLAlchemySettings
    from .sql_alchemy_tls_settings import SQLAlchemyTLSSettings
    from .state import State
    from .state_abort_details import StateAbortDetails
    from .state_accept_details import StateAcceptDetails
    from .state_create import StateCreate
    from .state_details import StateDetails
    from .state_reject_details import StateRejectDetails
    from .state_type import StateType
    from .state_wait_details import StateWaitDetails
    from .suspend_flow_run import SuspendFlowRun
    from .task_run import TaskRun
    from .task_run_count import TaskRunCount
    from .task_run_create import TaskRunCreate
    from .task_run_filter import TaskRunFilter
    from .task_run_filter_end_time import TaskRunFilterEndTime
    from .task_run_filter_expected_start_time import TaskRunFilterExpectedStartTime
    from .task_run_filter_flow_run_id import TaskRunFilterFlowRunId
    from .task_run_filter_id import TaskRunFilterId
    from .task_run_filter_name import TaskRunFilterName
    from .task_run_filter_start_time import TaskRunFilterStartTime
    from .task_run_filter_state import TaskRunFilterState
    from .task_run_filter_state_name import TaskRunFilterStateName
    from .task_run_filter_state_type import TaskRunFilterStateType
    from .task_run_filter_sub_flow_runs import TaskRunFilterSubFlowRuns
    from .task_run_filter_tags import TaskRunFilterTags
    from .task_run_history_body import TaskRunHistoryBody
    from .task_run_pagination_response import TaskRunPaginationResponse
    from .task_run_policy import TaskRunPolicy
    from .task_run_response import TaskRunResponse
    from .task_run_result import TaskRunResult
    from .task_run_sort import TaskRunSort
    from .task_run_update import TaskRunUpdate
    from .task_worker_filter import TaskWorkerFilter
    from .task_worker_response import TaskWorkerResponse
    from .tasks_runner_settings import TasksRunnerSettings
    from .tasks_scheduling_settings import TasksSchedulingSettings
    from .tasks_settings import TasksSettings
    from .telemetry_settings import TelemetrySettings
    from .testing_settings import TestingSettings
    from .time_unit import TimeUnit
    from .ui_task_run import UITaskRun
    from .update_flow_run_labels_labels import UpdateFlowRunLabelsLabels
    from .updated_by import UpdatedBy
    from .validate_obj_body import ValidateObjBody
    from .validation_error import ValidationError
    from .variable import Variable
    from .variable_create import VariableCreate
    from .variable_filter import VariableFilter
    from .variable_filter_id import VariableFilterId
    from .variable_filter_name import VariableFilterName
    from .variable_filter_tags import VariableFilterTags
    from .variable_sort import VariableSort
    from .variable_update import VariableUpdate
    from .version_info import VersionInfo
    from .work_pool_concurrency_status import WorkPoolConcurrencyStatus
    from .work_pool_create import WorkPoolCreate
    from .work_pool_filter import WorkPoolFilter
    from .work_pool_filter_id import WorkPoolFilterId
    from .work_pool_filter_name import WorkPoolFilterName
    from .work_pool_filter_type import WorkPoolFilterType
    from .work_pool_response import WorkPoolResponse
    from .work_pool_status import WorkPoolStatus
    from .work_pool_storage_configuration import WorkPoolStorageConfiguration
    from .work_pool_update import WorkPoolUpdate
    from .work_queue_concurrency_status import WorkQueueConcurrencyStatus
    from .work_queue_concurrency_status_detail import WorkQueueConcurrencyStatusDetail
    from .work_queue_create import WorkQueueCreate
    from .work_queue_filter import WorkQueueFilter
    from .work_queue_filter_id import WorkQueueFilterId
    from .work_queue_filter_name import WorkQueueFilterName
    from .work_queue_health_policy import WorkQueueHealthPolicy
    from .work_queue_response import WorkQueueResponse
    from .work_queue_status import WorkQueueStatus
    from .work_queue_status_detail import WorkQueueStatusDetail
    from .work_queue_update import WorkQueueUpdate
    from .worker_filter import WorkerFilter
    from .worker_filter_last_heartbeat_time import WorkerFilterLastHeartbeatTime
    from .worker_filter_status import WorkerFilterStatus
    from .worker_flow_run_response import WorkerFlowRunResponse
    from .worker_heartbeat_body import WorkerHeartbeatBody
    from .worker_metadata import WorkerMetadata
    from .worker_response import WorkerResponse
    from .worker_settings import WorkerSettings
    from .worker_status import WorkerStatus
    from .worker_webserver_settings import WorkerWebserverSettings

_MODULES: dict[str, str] = {
    "APISettings": "api_settings",
    "Artifact": "artifact",
    "ArtifactCollection": "artifact_collection",
    "ArtifactCollectionFilter": "artifact_collection_filter",
    "ArtifactCollectionFilterFlowRunId": "artifact_collection_filter_flow_run_id",
    "ArtifactCollectionFilterKey": "artifact_collection_filter_key",
    "ArtifactCollectionFilterLatestId": "artifact_collection_filter_latest_id",
    "ArtifactCollectionFilterTaskRunId": "artifact_collection_filter_task_run_id",
    "ArtifactCollectionFilterType": "artifact_collection_filter_type",
    "ArtifactCollectionSort": "artifact_collection_sort",
    "ArtifactCreate": "artifact_create",
    "ArtifactFilter": "artifact_filter",
    "ArtifactFilterFlowRunId": "artifact_filter_flow_run_id",
    "ArtifactFilterId": "artifact_filter_id",
    "ArtifactFilterKey": "artifact_filter_key",
    "ArtifactFilterTaskRunId": "artifact_filter_task_run_id",
    "ArtifactFilterType": "artifact_filter_type",
    "ArtifactSort": "artifact_sort",
    "ArtifactUpdate": "artifact_update",
    "Automation": "automation",
    "AutomationCreate": "automation_create",
    "AutomationFilter": "automation_filter",
    "AutomationFilterCreated": "automation_filter_created",
    "AutomationFilterId": "automation_filter_id",
    "AutomationFilterName": "automation_filter_name",
    "AutomationFilterTags": "automation_filter_tags",
    "AutomationPartialUpdate": "automation_partial_update",
    "AutomationSort": "automation_sort",
    "AutomationUpdate": "automation_update",
    "AverageFlowRunLatenessBody": "average_flow_run_lateness_body",
    "BlockDocument": "block_document",
    "BlockDocumentCreate": "block_document_create",
    "BlockDocumentFilter": "block_document_filter",
    "BlockDocumentFilterBlockTypeId": "block_document_filter_block_type_id",
    "BlockDocumentFilterId": "block_document_filter_id",
    "BlockDocumentFilterIsAnonymous": "block_document_filter_is_anonymous",
    "BlockDocumentFilterName": "block_document_filter_name",
    "BlockDocumentSort": "block_document_sort",
    "BlockDocumentUpdate": "block_document_update",
    "BlockSchema": "block_schema",
    "BlockSchemaCreate": "block_schema_create",
    "BlockSchemaFilter": "block_schema_filter",
    "BlockSchemaFilterBlockTypeId": "block_schema_filter_block_type_id",
    "BlockSchemaFilterCapabilities": "block_schema_filter_capabilities",
    "BlockSchemaFilterId": "block_schema_filter_id",
    "BlockSchemaFilterVersion": "block_schema_filter_version",
    "BlockType": "block_type",
    "BlockTypeCreate": "block_type_create",
    "BlockTypeFilter": "block_type_filter",
    "BlockTypeFilterName": "block_type_filter_name",
    "BlockTypeFilterSlug": "block_type_filter_slug",
    "BlockTypeUpdate": "block_type_update",
    "BulkDecrementActiveSlotsBody": "bulk_decrement_active_slots_body",
    "BulkDecrementActiveSlotsWithLeaseBody": "bulk_decrement_active_slots_with_lease_body",
    "BulkDeleteDeploymentsBody": "bulk_delete_deployments_body",
    "BulkDeleteFlowRunsBody": "bulk_delete_flow_runs_body",
    "BulkDeleteFlowsBody": "bulk_delete_flows_body",
    "BulkIncrementActiveSlotsBody": "bulk_increment_active_slots_body",
    "BulkIncrementActiveSlotsBodyMode": "bulk_increment_active_slots_body_mode",
    "BulkIncrementActiveSlotsWithLeaseBody": "bulk_increment_active_slots_with_lease_body",
    "BulkIncrementActiveSlotsWithLeaseBodyMode": "bulk_increment_active_slots_with_lease_body_mode",
    "BulkSetFlowRunStateBody": "bulk_set_flow_run_state_body",
    "CallWebhook": "call_webhook",
    "CancelFlowRun": "cancel_flow_run",
    "ChangeFlowRunState": "change_flow_run_state",
    "CLISettings": "cli_settings",
    "ClientMetricsSettings": "client_metrics_settings",
    "ClientSettings": "client_settings",
    "CloudSettings": "cloud_settings",
    "CompoundTrigger": "compound_trigger",
    "CompoundTriggerRequireType1": "compound_trigger_require_type_1",
    "ConcurrencyLeaseHolder": "concurrency_lease_holder",
    "ConcurrencyLeaseHolderType": "concurrency_lease_holder_type",
    "ConcurrencyLimit": "concurrency_limit",
    "ConcurrencyLimitCreate": "concurrency_limit_create",
    "ConcurrencyLimitStrategy": "concurrency_limit_strategy",
    "ConcurrencyLimitV2": "concurrency_limit_v2",
    "ConcurrencyLimitV2Create": "concurrency_limit_v2_create",
    "ConcurrencyLimitV2Update": "concurrency_limit_v2_update",
    "ConcurrencyLimitWithLeaseResponse": "concurrency_limit_with_lease_response",
    "ConcurrencyOptions": "concurrency_options",
    "Constant": "constant",
    "CountAccountEventsBody": "count_account_events_body",
    "CountArtifactsBody": "count_artifacts_body",
    "CountAutomationsBody": "count_automations_body",
    "CountBlockDocumentsBody": "count_block_documents_body",
    "CountByState": "count_by_state",
    "CountDeploymentsBody": "count_deployments_body",
    "CountDeploymentsByFlowBody": "count_deployments_by_flow_body",
    "CountFlowRunsBody": "count_flow_runs_body",
    "CountFlowsBody": "count_flows_body",
    "CountLatestArtifactsBody": "count_latest_artifacts_body",
    "CountTaskRunsBody": "count_task_runs_body",
    "CountTaskRunsByFlowRunBody": "count_task_runs_by_flow_run_body",
    "CountVariablesBody": "count_variables_body",
    "CountWorkPoolsBody": "count_work_pools_body",
    "Countable": "countable",
    "CreateFlowRunInputBody": "create_flow_run_input_body",
    "CreatedBy": "created_by",
    "CronSchedule": "cron_schedule",
    "CsrfToken": "csrf_token",
    "DecrementConcurrencyLimitsV1Body": "decrement_concurrency_limits_v1_body",
    "DeleteFlowRun": "delete_flow_run",
    "DependencyResult": "dependency_result",
    "DeploymentBulkDeleteResponse": "deployment_bulk_delete_response",
    "DeploymentCreate": "deployment_create",
    "DeploymentFilter": "deployment_filter",
    "DeploymentFilterConcurrencyLimit": "deployment_filter_concurrency_limit",
    "DeploymentFilterId": "deployment_filter_id",
    "DeploymentFilterName": "deployment_filter_name",
    "DeploymentFilterPaused": "deployment_filter_paused",
    "DeploymentFilterTags": "deployment_filter_tags",
    "DeploymentFilterWorkQueueName": "deployment_filter_work_queue_name",
    "DeploymentFlowRunCreate": "deployment_flow_run_create",
    "DeploymentOrFlowNameFilter": "deployment_or_flow_name_filter",
    "DeploymentPaginationResponse": "deployment_pagination_response",
    "DeploymentResponse": "deployment_response",
    "DeploymentSchedule": "deployment_schedule",
    "DeploymentScheduleCreate": "deployment_schedule_create",
    "DeploymentScheduleUpdate": "deployment_schedule_update",
    "DeploymentSort": "deployment_sort",
    "DeploymentStatus": "deployment_status",
    "DeploymentUpdate": "deployment_update",
    "DeploymentsSettings": "deployments_settings",
    "DoNothing": "do_nothing",
    "Edge": "edge",
    "Event": "event",
    "EventAnyResourceFilter": "event_any_resource_filter",
    "EventCount": "event_count",
    "EventFilter": "event_filter",
    "EventIDFilter": "event_id_filter",
    "EventNameFilter": "event_name_filter",
    "EventOccurredFilter": "event_occurred_filter",
    "EventOrder": "event_order",
    "EventPage": "event_page",
    "EventRelatedFilter": "event_related_filter",
    "EventResourceFilter": "event_resource_filter",
    "EventTextFilter": "event_text_filter",
    "EventTrigger": "event_trigger",
    "EventTriggerPosture": "event_trigger_posture",
    "EventsSettings": "events_settings",
    "ExperimentsSettings": "experiments_settings",
    "FilterFlowRunInputBody": "filter_flow_run_input_body",
    "Flow": "flow",
    "FlowBulkDeleteResponse": "flow_bulk_delete_response",
    "FlowCreate": "flow_create",
    "FlowFilter": "flow_filter",
    "FlowFilterDeployment": "flow_filter_deployment",
    "FlowFilterId": "flow_filter_id",
    "FlowFilterName": "flow_filter_name",
    "FlowFilterTags": "flow_filter_tags",
    "FlowPaginationResponse": "flow_pagination_response",
    "FlowRunBulkCreateResponse": "flow_run_bulk_create_response",
    "FlowRunBulkDeleteResponse": "flow_run_bulk_delete_response",
    "FlowRunBulkSetStateResponse": "flow_run_bulk_set_state_response",
    "FlowRunCreate": "flow_run_create",
    "FlowRunCreateResult": "flow_run_create_result",
    "FlowRunCreateResultStatus": "flow_run_create_result_status",
    "FlowRunFilter": "flow_run_filter",
    "FlowRunFilterCreatedBy": "flow_run_filter_created_by",
    "FlowRunFilterDeploymentId": "flow_run_filter_deployment_id",
    "FlowRunFilterEndTime": "flow_run_filter_end_time",
    "FlowRunFilterExpectedStartTime": "flow_run_filter_expected_start_time",
    "FlowRunFilterFlowVersion": "flow_run_filter_flow_version",
    "FlowRunFilterId": "flow_run_filter_id",
    "FlowRunFilterIdempotencyKey": "flow_run_filter_idempotency_key",
    "FlowRunFilterName": "flow_run_filter_name",
    "FlowRunFilterNextScheduledStartTime": "flow_run_filter_next_scheduled_start_time",
    "FlowRunFilterParentFlowRunId": "flow_run_filter_parent_flow_run_id",
    "FlowRunFilterParentTaskRunId": "flow_run_filter_parent_task_run_id",
    "FlowRunFilterStartTime": "flow_run_filter_start_time",
    "FlowRunFilterState": "flow_run_filter_state",
    "FlowRunFilterStateName": "flow_run_filter_state_name",
    "FlowRunFilterStateType": "flow_run_filter_state_type",
    "FlowRunFilterTags": "flow_run_filter_tags",
    "FlowRunFilterWorkQueueName": "flow_run_filter_work_queue_name",
    "FlowRunHistoryBody": "flow_run_history_body",
    "FlowRunInput": "flow_run_input",
    "FlowRunOrchestrationResult": "flow_run_orchestration_result",
    "FlowRunPaginationResponse": "flow_run_pagination_response",
    "FlowRunPolicy": "flow_run_policy",
    "FlowRunPolicyRetryTypeType0": "flow_run_policy_retry_type_type_0",
    "FlowRunResponse": "flow_run_response",
    "FlowRunResult": "flow_run_result",
    "FlowRunSlotSummary": "flow_run_slot_summary",
    "FlowRunSort": "flow_run_sort",
    "FlowRunUpdate": "flow_run_update",
    "FlowSort": "flow_sort",
    "FlowUpdate": "flow_update",
    "FlowsSettings": "flows_settings",
    "GetScheduledFlowRunsBody": "get_scheduled_flow_runs_body",
    "GetScheduledFlowRunsForDeploymentsBody": "get_scheduled_flow_runs_for_deployments_body",
    "GlobalConcurrencyLimitResponse": "global_concurrency_limit_response",
    "Graph": "graph",
    "GraphArtifact": "graph_artifact",
    "GraphState": "graph_state",
    "HistoryResponse": "history_response",
    "HistoryResponseState": "history_response_state",
    "HTTPValidationError": "http_validation_error",
    "IncrementConcurrencyLimitsV1Body": "increment_concurrency_limits_v1_body",
    "Integration": "integration",
    "InternalSettings": "internal_settings",
    "InternalSettingsLoggingLevel": "internal_settings_logging_level",
    "IntervalSchedule": "interval_schedule",
    "Log": "log",
    "LogCreate": "log_create",
    "LogFilter": "log_filter",
    "LogFilterFlowRunId": "log_filter_flow_run_id",
    "LogFilterLevel": "log_filter_level",
    "LogFilterTaskRunId": "log_filter_task_run_id",
    "LogFilterTextSearch": "log_filter_text_search",
    "LogFilterTimestamp": "log_filter_timestamp",
    "LogSort": "log_sort",
    "LoggingSettings": "logging_settings",
    "LoggingSettingsLevel": "logging_settings_level",
    "LoggingToAPISettings": "logging_to_api_settings",
    "LoggingToAPISettingsWhenMissingFlow": "logging_to_api_settings_when_missing_flow",
    "MinimalConcurrencyLimitResponse": "minimal_concurrency_limit_response",
    "NextRunsByFlowBody": "next_runs_by_flow_body",
    "Node": "node",
    "NodeKind": "node_kind",
    "Operator": "operator",
    "OrchestrationResult": "orchestration_result",
    "PaginateDeploymentsBody": "paginate_deployments_body",
    "PaginateFlowRunsBody": "paginate_flow_runs_body",
    "PaginateFlowsBody": "paginate_flows_body",
    "PaginateTaskRunsBody": "paginate_task_runs_body",
    "Parameter": "parameter",
    "PauseAutomation": "pause_automation",
    "PauseAutomationSource": "pause_automation_source",
    "PauseDeployment": "pause_deployment",
    "PauseDeploymentSource": "pause_deployment_source",
    "PauseWorkPool": "pause_work_pool",
    "PauseWorkPoolSource": "pause_work_pool_source",
    "PauseWorkQueue": "pause_work_queue",
    "PauseWorkQueueSource": "pause_work_queue_source",
    "PluginsSettings": "plugins_settings",
    "QueueFilter": "queue_filter",
    "RRuleSchedule": "r_rule_schedule",
    "ReadAllConcurrencyLimitsV2Body": "read_all_concurrency_limits_v2_body",
    "ReadArtifactsBody": "read_artifacts_body",
    "ReadAutomationsBody": "read_automations_body",
    "ReadBlockDocumentsBody": "read_block_documents_body",
    "ReadBlockSchemasBody": "read_block_schemas_body",
    "ReadBlockTypesBody": "read_block_types_body",
    "ReadConcurrencyLimitsBody": "read_concurrency_limits_body",
    "ReadDashboardTaskRunCountsBody": "read_dashboard_task_run_counts_body",
    "ReadDeploymentsBody": "read_deployments_body",
    "ReadEventsBody": "read_events_body",
    "ReadFlowRunHistoryBody": "read_flow_run_history_body",
    "ReadFlowRunsBody": "read_flow_runs_body",
    "ReadFlowsBody": "read_flows_body",
    "ReadLatestArtifactsBody": "read_latest_artifacts_body",
    "ReadLogsBody": "read_logs_body",
    "ReadSavedSearchesBody": "read_saved_searches_body",
    "ReadTaskRunCountsByStateBody": "read_task_run_counts_by_state_body",
    "ReadTaskRunsBody": "read_task_runs_body",
    "ReadTaskWorkersBody": "read_task_workers_body",
    "ReadVariablesBody": "read_variables_body",
    "ReadWorkPoolConcurrencyStatusBody": "read_work_pool_concurrency_status_body",
    "ReadWorkPoolsBody": "read_work_pools_body",
    "ReadWorkQueueConcurrencyStatusBody": "read_work_queue_concurrency_status_body",
    "ReadWorkQueueRunsBody": "read_work_queue_runs_body",
    "ReadWorkQueuesBody": "read_work_queues_body",
    "ReadWorkersBody": "read_workers_body",
    "ReceivedEvent": "received_event",
    "RelatedResource": "related_resource",
    "RenewConcurrencyLeaseBody": "renew_concurrency_lease_body",
    "ResetConcurrencyLimitByTagBody": "reset_concurrency_limit_by_tag_body",
    "Resource": "resource",
    "ResourceSpecification": "resource_specification",
    "ResultsSettings": "results_settings",
    "ResumeAutomation": "resume_automation",
    "ResumeAutomationSource": "resume_automation_source",
    "ResumeDeployment": "resume_deployment",
    "ResumeDeploymentSource": "resume_deployment_source",
    "ResumeFlowRun": "resume_flow_run",
    "ResumeFlowRunBody": "resume_flow_run_body",
    "ResumeWorkPool": "resume_work_pool",
    "ResumeWorkPoolSource": "resume_work_pool_source",
    "ResumeWorkQueue": "resume_work_queue",
    "ResumeWorkQueueSource": "resume_work_queue_source",
    "RunDeployment": "run_deployment",
    "RunDeploymentSource": "run_deployment_source",
    "RunnerServerSettings": "runner_server_settings",
    "RunnerServerSettingsLogLevel": "runner_server_settings_log_level",
    "RunnerSettings": "runner_settings",
    "SavedSearch": "saved_search",
    "SavedSearchCreate": "saved_search_create",
    "SavedSearchFilter": "saved_search_filter",
    "ScheduleDeploymentBody": "schedule_deployment_body",
    "SchemaValueIndexError": "schema_value_index_error",
    "SchemaValuePropertyError": "schema_value_property_error",
    "SchemaValuesValidationResponse": "schema_values_validation_response",
    "SendNotification": "send_notification",
    "SequenceTrigger": "sequence_trigger",
    "ServerAPISettings": "server_api_settings",
    "ServerConcurrencySettings": "server_concurrency_settings",
    "ServerDatabaseSettings": "server_database_settings",
    "ServerDatabaseSettingsDriverType0": "server_database_settings_driver_type_0",
    "ServerDefaultResultStorage": "server_default_result_storage",
    "ServerDefaultResultStorageUpdate": "server_default_result_storage_update",
    "ServerDeploymentsSettings": "server_deployments_settings",
    "ServerDocketSettings": "server_docket_settings",
    "ServerEphemeralSettings": "server_ephemeral_settings",
    "ServerEventsSettings": "server_events_settings",
    "ServerFlowRunGraphSettings": "server_flow_run_graph_settings",
    "ServerLogsSettings": "server_logs_settings",
    "ServerServicesCancellationCleanupSettings": "server_services_cancellation_cleanup_settings",
    "ServerServicesCleanupReconcilerSettings": "server_services_cleanup_reconciler_settings",
    "ServerServicesDBVacuumSettings": "server_services_db_vacuum_settings",
    "ServerServicesEventLoggerSettings": "server_services_event_logger_settings",
    "ServerServicesEventPersisterSettings": "server_services_event_persister_settings",
    "ServerServicesForemanSettings": "server_services_foreman_settings",
    "ServerServicesLateRunsSettings": "server_services_late_runs_settings",
    "ServerServicesPauseExpirationsSettings": "server_services_pause_expirations_settings",
    "ServerServicesRepossessorSettings": "server_services_repossessor_settings",
    "ServerServicesSchedulerSettings": "server_services_scheduler_settings",
    "ServerServicesSettings": "server_services_settings",
    "ServerServicesTaskRunRecorderSettings": "server_services_task_run_recorder_settings",
    "ServerServicesTriggersSettings": "server_services_triggers_settings",
    "ServerSettings": "server_settings",
    "ServerSettingsLoggingLevel": "server_settings_logging_level",
    "ServerTasksSchedulingSettings": "server_tasks_scheduling_settings",
    "ServerTasksSettings": "server_tasks_settings",
    "ServerUISettings": "server_ui_settings",
    "ServerWorkerChannelSettings": "server_worker_channel_settings",
    "SetFlowRunStateBody": "set_flow_run_state_body",
    "SetStateStatus": "set_state_status",
    "SetTaskRunStateBody": "set_task_run_state_body",
    "Settings": "settings",
    "SimpleFlowRun": "simple_flow_run",
    "SimpleNextFlowRun": "simple_next_flow_run",
    "SQLAlchemyConnectArgsSettings": "sql_alchemy_connect_args_settings",
    "SQLAlchemySettings": "sql_alchemy_settings",
    "SQLAlchemyTLSSettings": "sql_alchemy_tls_settings",
    "State": "state",
    "StateAbortDetails": "state_abort_details",
    "StateAcceptDetails": "state_accept_details",
    "StateCreate": "state_create",
    "StateDetails": "state_details",
    "StateRejectDetails": "state_reject_details",
    "StateType": "state_type",
    "StateWaitDetails": "state_wait_details",
    "SuspendFlowRun": "suspend_flow_run",
    "TaskRun": "task_run",
    "TaskRunCount": "task_run_count",
    "TaskRunCreate": "task_run_create",
    "TaskRunFilter": "task_run_filter",
    "TaskRunFilterEndTime": "task_run_filter_end_time",
    "TaskRunFilterExpectedStartTime": "task_run_filter_expected_start_time",
    "TaskRunFilterFlowRunId": "task_run_filter_flow_run_id",
    "TaskRunFilterId": "task_run_filter_id",
    "TaskRunFilterName": "task_run_filter_name",
    "TaskRunFilterStartTime": "task_run_filter_start_time",
    "TaskRunFilterState": "task_run_filter_state",
    "TaskRunFilterStateName": "task_run_filter_state_name",
    "TaskRunFilterStateType": "task_run_filter_state_type",
    "TaskRunFilterSubFlowRuns": "task_run_filter_sub_flow_runs",
    "TaskRunFilterTags": "task_run_filter_tags",
    "TaskRunHistoryBody": "task_run_history_body",
    "TaskRunPaginationResponse": "task_run_pagination_response",
    "TaskRunPolicy": "task_run_policy",
    "TaskRunResponse": "task_run_response",
    "TaskRunResult": "task_run_result",
    "TaskRunSort": "task_run_sort",
    "TaskRunUpdate": "task_run_update",
    "TaskWorkerFilter": "task_worker_filter",
    "TaskWorkerResponse": "task_worker_response",
    "TasksRunnerSettings": "tasks_runner_settings",
    "TasksSchedulingSettings": "tasks_scheduling_settings",
    "TasksSettings": "tasks_settings",
    "TelemetrySettings": "telemetry_settings",
    "TestingSettings": "testing_settings",
    "TimeUnit": "time_unit",
    "UITaskRun": "ui_task_run",
    "UpdateFlowRunLabelsLabels": "update_flow_run_labels_labels",
    "UpdatedBy": "updated_by",
    "ValidateObjBody": "validate_obj_body",
    "ValidationError": "validation_error",
    "Variable": "variable",
    "VariableCreate": "variable_create",
    "VariableFilter": "variable_filter",
    "VariableFilterId": "variable_filter_id",
    "VariableFilterName": "variable_filter_name",
    "VariableFilterTags": "variable_filter_tags",
    "VariableSort": "variable_sort",
    "VariableUpdate": "variable_update",
    "VersionInfo": "version_info",
    "WorkPoolConcurrencyStatus": "work_pool_concurrency_status",
    "WorkPoolCreate": "work_pool_create",
    "WorkPoolFilter": "work_pool_filter",
    "WorkPoolFilterId": "work_pool_filter_id",
    "WorkPoolFilterName": "work_pool_filter_name",
    "WorkPoolFilterType": "work_pool_filter_type",
    "WorkPoolResponse": "work_pool_response",
    "WorkPoolStatus": "work_pool_status",
    "WorkPoolStorageConfiguration": "work_pool_storage_configuration",
    "WorkPoolUpdate": "work_pool_update",
    "WorkQueueConcurrencyStatus": "work_queue_concurrency_status",
    "WorkQueueConcurrencyStatusDetail": "work_queue_concurrency_status_detail",
    "WorkQueueCreate": "work_queue_create",
    "WorkQueueFilter": "work_queue_filter",
    "WorkQueueFilterId": "work_queue_filter_id",
    "WorkQueueFilterName": "work_queue_filter_name",
    "WorkQueueHealthPolicy": "work_queue_health_policy",
    "WorkQueueResponse": "work_queue_response",
    "WorkQueueStatus": "work_queue_status",
    "WorkQueueStatusDetail": "work_queue_status_detail",
    "WorkQueueUpdate": "work_queue_update",
    "WorkerFilter": "worker_filter",
    "WorkerFilterLastHeartbeatTime": "worker_filter_last_heartbeat_time",
    "WorkerFilterStatus": "worker_filter_status",
    "WorkerFlowRunResponse": "worker_flow_run_response",
    "WorkerHeartbeatBody": "worker_heartbeat_body",
    "WorkerMetadata": "worker_metadata",
    "WorkerResponse": "worker_response",
    "WorkerSettings": "worker_settings",
    "WorkerStatus": "worker_status",
    "WorkerWebserverSettings": "worker_webserver_settings",
}

__all__ = [
    "APISettings",
    "Artifact",
    "ArtifactCollection",
    "ArtifactCollectionFilter",
    "ArtifactCollectionFilterFlowRunId",
    "ArtifactCollectionFilterKey",
    "ArtifactCollectionFilterLatestId",
    "ArtifactCollectionFilterTaskRunId",
    "ArtifactCollectionFilterType",
    "ArtifactCollectionSort",
    "ArtifactCreate",
    "ArtifactFilter",
    "ArtifactFilterFlowRunId",
    "ArtifactFilterId",
    "ArtifactFilterKey",
    "ArtifactFilterTaskRunId",
    "ArtifactFilterType",
    "ArtifactSort",
    "ArtifactUpdate",
    "Automation",
    "AutomationCreate",
    "AutomationFilter",
    "AutomationFilterCreated",
    "AutomationFilterId",
    "AutomationFilterName",
    "AutomationFilterTags",
    "AutomationPartialUpdate",
    "AutomationSort",
    "AutomationUpdate",
    "AverageFlowRunLatenessBody",
    "BlockDocument",
    "BlockDocumentCreate",
    "BlockDocumentFilter",
    "BlockDocumentFilterBlockTypeId",
    "BlockDocumentFilterId",
    "BlockDocumentFilterIsAnonymous",
    "BlockDocumentFilterName",
    "BlockDocumentSort",
    "BlockDocumentUpdate",
    "BlockSchema",
    "BlockSchemaCreate",
    "BlockSchemaFilter",
    "BlockSchemaFilterBlockTypeId",
    "BlockSchemaFilterCapabilities",
    "BlockSchemaFilterId",
    "BlockSchemaFilterVersion",
    "BlockType",
    "BlockTypeCreate",
    "BlockTypeFilter",
    "BlockTypeFilterName",
    "BlockTypeFilterSlug",
    "BlockTypeUpdate",
    "BulkDecrementActiveSlotsBody",
    "BulkDecrementActiveSlotsWithLeaseBody",
    "BulkDeleteDeploymentsBody",
    "BulkDeleteFlowRunsBody",
    "BulkDeleteFlowsBody",
    "BulkIncrementActiveSlotsBody",
    "BulkIncrementActiveSlotsBodyMode",
    "BulkIncrementActiveSlotsWithLeaseBody",
    "BulkIncrementActiveSlotsWithLeaseBodyMode",
    "BulkSetFlowRunStateBody",
    "CallWebhook",
    "CancelFlowRun",
    "ChangeFlowRunState",
    "ClientMetricsSettings",
    "ClientSettings",
    "CLISettings",
    "CloudSettings",
    "CompoundTrigger",
    "CompoundTriggerRequireType1",
    "ConcurrencyLeaseHolder",
    "ConcurrencyLeaseHolderType",
    "ConcurrencyLimit",
    "ConcurrencyLimitCreate",
    "ConcurrencyLimitStrategy",
    "ConcurrencyLimitV2",
    "ConcurrencyLimitV2Create",
    "ConcurrencyLimitV2Update",
    "ConcurrencyLimitWithLeaseResponse",
    "ConcurrencyOptions",
    "Constant",
    "Countable",
    "CountAccountEventsBody",
    "CountArtifactsBody",
    "CountAutomationsBody",
    "CountBlockDocumentsBody",
    "CountByState",
    "CountDeploymentsBody",
    "CountDeploymentsByFlowBody",
    "CountFlowRunsBody",
    "CountFlowsBody",
    "CountLatestArtifactsBody",
    "CountTaskRunsBody",
    "CountTaskRunsByFlowRunBody",
    "CountVariablesBody",
    "CountWorkPoolsBody",
    "CreatedBy",
    "CreateFlowRunInputBody",
    "CronSchedule",
    "CsrfToken",
    "DecrementConcurrencyLimitsV1Body",
    "DeleteFlowRun",
    "DependencyResult",
    "DeploymentBulkDeleteResponse",
    "DeploymentCreate",
    "DeploymentFilter",
    "DeploymentFilterConcurrencyLimit",
    "DeploymentFilterId",
    "DeploymentFilterName",
    "DeploymentFilterPaused",
    "DeploymentFilterTags",
    "DeploymentFilterWorkQueueName",
    "DeploymentFlowRunCreate",
    "DeploymentOrFlowNameFilter",
    "DeploymentPaginationResponse",
    "DeploymentResponse",
    "DeploymentSchedule",
    "DeploymentScheduleCreate",
    "DeploymentScheduleUpdate",
    "DeploymentSort",
    "DeploymentsSettings",
    "DeploymentStatus",
    "DeploymentUpdate",
    "DoNothing",
    "Edge",
    "Event",
    "EventAnyResourceFilter",
    "EventCount",
    "EventFilter",
    "EventIDFilter",
    "EventNameFilter",
    "EventOccurredFilter",
    "EventOrder",
    "EventPage",
    "EventRelatedFilter",
    "EventResourceFilter",
    "EventsSettings",
    "EventTextFilter",
    "EventTrigger",
    "EventTriggerPosture",
    "ExperimentsSettings",
    "FilterFlowRunInputBody",
    "Flow",
    "FlowBulkDeleteResponse",
    "FlowCreate",
    "FlowFilter",
    "FlowFilterDeployment",
    "FlowFilterId",
    "FlowFilterName",
    "FlowFilterTags",
    "FlowPaginationResponse",
    "FlowRunBulkCreateResponse",
    "FlowRunBulkDeleteResponse",
    "FlowRunBulkSetStateResponse",
    "FlowRunCreate",
    "FlowRunCreateResult",
    "FlowRunCreateResultStatus",
    "FlowRunFilter",
    "FlowRunFilterCreatedBy",
    "FlowRunFilterDeploymentId",
    "FlowRunFilterEndTime",
    "FlowRunFilterExpectedStartTime",
    "FlowRunFilterFlowVersion",
    "FlowRunFilterId",
    "FlowRunFilterIdempotencyKey",
    "FlowRunFilterName",
    "FlowRunFilterNextScheduledStartTime",
    "FlowRunFilterParentFlowRunId",
    "FlowRunFilterParentTaskRunId",
    "FlowRunFilterStartTime",
    "FlowRunFilterState",
    "FlowRunFilterStateName",
    "FlowRunFilterStateType",
    "FlowRunFilterTags",
    "FlowRunFilterWorkQueueName",
    "FlowRunHistoryBody",
    "FlowRunInput",
    "FlowRunOrchestrationResult",
    "FlowRunPaginationResponse",
    "FlowRunPolicy",
    "FlowRunPolicyRetryTypeType0",
    "FlowRunResponse",
    "FlowRunResult",
    "FlowRunSlotSummary",
    "FlowRunSort",
    "FlowRunUpdate",
    "FlowSort",
    "FlowsSettings",
    "FlowUpdate",
    "GetScheduledFlowRunsBody",
    "GetScheduledFlowRunsForDeploymentsBody",
    "GlobalConcurrencyLimitResponse",
    "Graph",
    "GraphArtifact",
    "GraphState",
    "HistoryResponse",
    "HistoryResponseState",
    "HTTPValidationError",
    "IncrementConcurrencyLimitsV1Body",
    "Integration",
    "InternalSettings",
    "InternalSettingsLoggingLevel",
    "IntervalSchedule",
    "Log",
    "LogCreate",
    "LogFilter",
    "LogFilterFlowRunId",
    "LogFilterLevel",
    "LogFilterTaskRunId",
    "LogFilterTextSearch",
    "LogFilterTimestamp",
    "LoggingSettings",
    "LoggingSettingsLevel",
    "LoggingToAPISettings",
    "LoggingToAPISettingsWhenMissingFlow",
    "LogSort",
    "MinimalConcurrencyLimitResponse",
    "NextRunsByFlowBody",
    "Node",
    "NodeKind",
    "Operator",
    "OrchestrationResult",
    "PaginateDeploymentsBody",
    "PaginateFlowRunsBody",
    "PaginateFlowsBody",
    "PaginateTaskRunsBody",
    "Parameter",
    "PauseAutomation",
    "PauseAutomationSource",
    "PauseDeployment",
    "PauseDeploymentSource",
    "PauseWorkPool",
    "PauseWorkPoolSource",
    "PauseWorkQueue",
    "PauseWorkQueueSource",
    "PluginsSettings",
    "QueueFilter",
    "ReadAllConcurrencyLimitsV2Body",
    "ReadArtifactsBody",
    "ReadAutomationsBody",
    "ReadBlockDocumentsBody",
    "ReadBlockSchemasBody",
    "ReadBlockTypesBody",
    "ReadConcurrencyLimitsBody",
    "ReadDashboardTaskRunCountsBody",
    "ReadDeploymentsBody",
    "ReadEventsBody",
    "ReadFlowRunHistoryBody",
    "ReadFlowRunsBody",
    "ReadFlowsBody",
    "ReadLatestArtifactsBody",
    "ReadLogsBody",
    "ReadSavedSearchesBody",
    "ReadTaskRunCountsByStateBody",
    "ReadTaskRunsBody",
    "ReadTaskWorkersBody",
    "ReadVariablesBody",
    "ReadWorkersBody",
    "ReadWorkPoolConcurrencyStatusBody",
    "ReadWorkPoolsBody",
    "ReadWorkQueueConcurrencyStatusBody",
    "ReadWorkQueueRunsBody",
    "ReadWorkQueuesBody",
    "ReceivedEvent",
    "RelatedResource",
    "RenewConcurrencyLeaseBody",
    "ResetConcurrencyLimitByTagBody",
    "Resource",
    "ResourceSpecification",
    "ResultsSettings",
    "ResumeAutomation",
    "ResumeAutomationSource",
    "ResumeDeployment",
    "ResumeDeploymentSource",
    "ResumeFlowRun",
    "ResumeFlowRunBody",
    "ResumeWorkPool",
    "ResumeWorkPoolSource",
    "ResumeWorkQueue",
    "ResumeWorkQueueSource",
    "RRuleSchedule",
    "RunDeployment",
    "RunDeploymentSource",
    "RunnerServerSettings",
    "RunnerServerSettingsLogLevel",
    "RunnerSettings",
    "SavedSearch",
    "SavedSearchCreate",
    "SavedSearchFilter",
    "ScheduleDeploymentBody",
    "SchemaValueIndexError",
    "SchemaValuePropertyError",
    "SchemaValuesValidationResponse",
    "SendNotification",
    "SequenceTrigger",
    "ServerAPISettings",
    "ServerConcurrencySettings",
    "ServerDatabaseSettings",
    "ServerDatabaseSettingsDriverType0",
    "ServerDefaultResultStorage",
    "ServerDefaultResultStorageUpdate",
    "ServerDeploymentsSettings",
    "ServerDocketSettings",
    "ServerEphemeralSettings",
    "ServerEventsSettings",
    "ServerFlowRunGraphSettings",
    "ServerLogsSettings",
    "ServerServicesCancellationCleanupSettings",
    "ServerServicesCleanupReconcilerSettings",
    "ServerServicesDBVacuumSettings",
    "ServerServicesEventLoggerSettings",
    "ServerServicesEventPersisterSettings",
    "ServerServicesForemanSettings",
    "ServerServicesLateRunsSettings",
    "ServerServicesPauseExpirationsSettings",
    "ServerServicesRepossessorSettings",
    "ServerServicesSchedulerSettings",
    "ServerServicesSettings",
    "ServerServicesTaskRunRecorderSettings",
    "ServerServicesTriggersSettings",
    "ServerSettings",
    "ServerSettingsLoggingLevel",
    "ServerTasksSchedulingSettings",
    "ServerTasksSettings",
    "ServerUISettings",
    "ServerWorkerChannelSettings",
    "SetFlowRunStateBody",
    "SetStateStatus",
    "SetTaskRunStateBody",
    "Settings",
    "SimpleFlowRun",
    "SimpleNextFlowRun",
    "SQLAlchemyConnectArgsSettings",
    "SQLAlchemySettings",
    "SQLAlchemyTLSSettings",
    "State",
    "StateAbortDetails",
    "StateAcceptDetails",
    "StateCreate",
    "StateDetails",
    "StateRejectDetails",
    "StateType",
    "StateWaitDetails",
    "SuspendFlowRun",
    "TaskRun",
    "TaskRunCount",
    "TaskRunCreate",
    "TaskRunFilter",
    "TaskRunFilterEndTime",
    "TaskRunFilterExpectedStartTime",
    "TaskRunFilterFlowRunId",
    "TaskRunFilterId",
    "TaskRunFilterName",
    "TaskRunFilterStartTime",
    "TaskRunFilterState",
    "TaskRunFilterStateName",
    "TaskRunFilterStateType",
    "TaskRunFilterSubFlowRuns",
    "TaskRunFilterTags",
    "TaskRunHistoryBody",
    "TaskRunPaginationResponse",
    "TaskRunPolicy",
    "TaskRunResponse",
    "TaskRunResult",
    "TaskRunSort",
    "TaskRunUpdate",
    "TasksRunnerSettings",
    "TasksSchedulingSettings",
    "TasksSettings",
    "TaskWorkerFilter",
    "TaskWorkerResponse",
    "TelemetrySettings",
    "TestingSettings",
    "TimeUnit",
    "UITaskRun",
    "UpdatedBy",
    "UpdateFlowRunLabelsLabels",
    "ValidateObjBody",
    "ValidationError",
    "Variable",
    "VariableCreate",
    "VariableFilter",
    "VariableFilterId",
    "VariableFilterName",
    "VariableFilterTags",
    "VariableSort",
    "VariableUpdate",
    "VersionInfo",
    "WorkerFilter",
    "WorkerFilterLastHeartbeatTime",
    "WorkerFilterStatus",
    "WorkerFlowRunResponse",
    "WorkerHeartbeatBody",
    "WorkerMetadata",
    "WorkerResponse",
    "WorkerSettings",
    "WorkerStatus",
    "WorkerWebserverSettings",
    "WorkPoolConcurrencyStatus",
    "WorkPoolCreate",
    "WorkPoolFilter",
    "WorkPoolFilterId",
    "WorkPoolFilterName",
    "WorkPoolFilterType",
    "WorkPoolResponse",
    "WorkPoolStatus",
    "WorkPoolStorageConfiguration",
    "WorkPoolUpdate",
    "WorkQueueConcurrencyStatus",
    "WorkQueueConcurrencyStatusDetail",
    "WorkQueueCreate",
    "WorkQueueFilter",
    "WorkQueueFilterId",
    "WorkQueueFilterName",
    "WorkQueueHealthPolicy",
    "WorkQueueResponse",
    "WorkQueueStatus",
    "WorkQueueStatusDetail",
    "WorkQueueUpdate",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
