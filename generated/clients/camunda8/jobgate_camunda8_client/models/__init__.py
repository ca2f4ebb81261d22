# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .activated_job_result import ActivatedJobResult
from .activated_job_result_custom_headers import ActivatedJobResultCustomHeaders
from .activated_job_result_kind import ActivatedJobResultKind
from .activated_job_result_listener_event_type import ActivatedJobResultListenerEventType
from .activated_job_result_user_task_type_0 import ActivatedJobResultUserTaskType0
from .activated_job_result_variables import ActivatedJobResultVariables
from .broker_info import BrokerInfo
from .job_activation_request import JobActivationRequest
from .job_activation_request_tenant_filter import JobActivationRequestTenantFilter
from .job_activation_result import JobActivationResult
from .job_changeset_type_0 import JobChangesetType0
from .job_changeset_type_1 import JobChangesetType1
from .job_changeset_type_2 import JobChangesetType2
from .job_completion_request import JobCompletionRequest
from .job_completion_request_result_type_0 import JobCompletionRequestResultType0
from .job_error_request import JobErrorRequest
from .job_error_request_variables_type_0 import JobErrorRequestVariablesType0
from .job_fail_request import JobFailRequest
from .job_fail_request_variables_type_0 import JobFailRequestVariablesType0
from .job_filter import JobFilter
from .job_filter_kind import JobFilterKind
from .job_search_query import JobSearchQuery
from .job_search_query_result import JobSearchQueryResult
from .job_search_result import JobSearchResult
from .job_search_result_custom_headers import JobSearchResultCustomHeaders
from .job_search_result_kind import JobSearchResultKind
from .job_search_result_listener_event_type import JobSearchResultListenerEventType
from .job_search_sort import JobSearchSort
from .job_search_sort_field import JobSearchSortField
from .job_search_sort_order import JobSearchSortOrder
from .job_state import JobState
from .job_update_request import JobUpdateRequest
from .partition import Partition
from .partition_health import PartitionHealth
from .partition_role import PartitionRole
from .partition_state import PartitionState
from .problem_detail import ProblemDetail
from .search_query_page import SearchQueryPage
from .search_query_page_response import SearchQueryPageResponse
from .topology_response import TopologyResponse
from .variables_type_0 import VariablesType0

__all__ = (
    "ActivatedJobResult",
    "ActivatedJobResultCustomHeaders",
    "ActivatedJobResultKind",
    "ActivatedJobResultListenerEventType",
    "ActivatedJobResultUserTaskType0",
    "ActivatedJobResultVariables",
    "BrokerInfo",
    "JobActivationRequest",
    "JobActivationRequestTenantFilter",
    "JobActivationResult",
    "JobChangesetType0",
    "JobChangesetType1",
    "JobChangesetType2",
    "JobCompletionRequest",
    "JobCompletionRequestResultType0",
    "JobErrorRequest",
    "JobErrorRequestVariablesType0",
    "JobFailRequest",
    "JobFailRequestVariablesType0",
    "JobFilter",
    "JobFilterKind",
    "JobSearchQuery",
    "JobSearchQueryResult",
    "JobSearchResult",
    "JobSearchResultCustomHeaders",
    "JobSearchResultKind",
    "JobSearchResultListenerEventType",
    "JobSearchSort",
    "JobSearchSortField",
    "JobSearchSortOrder",
    "JobState",
    "JobUpdateRequest",
    "Partition",
    "PartitionHealth",
    "PartitionRole",
    "PartitionState",
    "ProblemDetail",
    "SearchQueryPage",
    "SearchQueryPageResponse",
    "TopologyResponse",
    "VariablesType0",
)
