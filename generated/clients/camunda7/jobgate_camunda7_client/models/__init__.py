# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .authorization_exception_dto import AuthorizationExceptionDto
from .complete_external_task_dto import CompleteExternalTaskDto
from .count_result_dto import CountResultDto
from .exception_dto import ExceptionDto
from .extend_lock_on_external_task_dto import ExtendLockOnExternalTaskDto
from .external_task_bpmn_error_dto import ExternalTaskBpmnErrorDto
from .external_task_dto import ExternalTaskDto
from .external_task_failure_dto import ExternalTaskFailureDto
from .external_task_query_dto import ExternalTaskQueryDto
from .fetch_external_task_topic_dto import FetchExternalTaskTopicDto
from .fetch_external_task_topic_dto_process_variables_type_0 import FetchExternalTaskTopicDtoProcessVariablesType0
from .fetch_external_tasks_dto import FetchExternalTasksDto
from .get_external_tasks_count_sort_by import GetExternalTasksCountSortBy
from .get_external_tasks_count_sort_order import GetExternalTasksCountSortOrder
from .get_external_tasks_sort_by import GetExternalTasksSortBy
from .get_external_tasks_sort_order import GetExternalTasksSortOrder
from .get_jobs_count_sort_by import GetJobsCountSortBy
from .get_jobs_count_sort_order import GetJobsCountSortOrder
from .get_jobs_sort_by import GetJobsSortBy
from .get_jobs_sort_order import GetJobsSortOrder
from .job_condition_query_parameter_dto import JobConditionQueryParameterDto
from .job_definition_dto import JobDefinitionDto
from .job_definition_priority_dto import JobDefinitionPriorityDto
from .job_definition_query_dto import JobDefinitionQueryDto
from .job_definition_sorting_dto import JobDefinitionSortingDto
from .job_definition_suspension_state_dto import JobDefinitionSuspensionStateDto
from .job_definitions_suspension_state_dto import JobDefinitionsSuspensionStateDto
from .job_dto import JobDto
from .job_duedate_dto import JobDuedateDto
from .job_query_dto import JobQueryDto
from .job_retries_dto import JobRetriesDto
from .job_sorting_dto import JobSortingDto
from .job_suspension_state_dto import JobSuspensionStateDto
from .locked_external_task_dto import LockedExternalTaskDto
from .locked_external_task_dto_extension_properties import LockedExternalTaskDtoExtensionProperties
from .locked_external_task_dto_variables import LockedExternalTaskDtoVariables
from .missing_authorization_dto import MissingAuthorizationDto
from .priority_dto import PriorityDto
from .retries_dto import RetriesDto
from .sorting_dto import SortingDto
from .variable_map_type_0 import VariableMapType0
from .variable_value_dto import VariableValueDto
from .variable_value_dto_value_info_type_0 import VariableValueDtoValueInfoType0

__all__ = (
    "AuthorizationExceptionDto",
    "CompleteExternalTaskDto",
    "CountResultDto",
    "ExceptionDto",
    "ExtendLockOnExternalTaskDto",
    "ExternalTaskBpmnErrorDto",
    "ExternalTaskDto",
    "ExternalTaskFailureDto",
    "ExternalTaskQueryDto",
    "FetchExternalTasksDto",
    "FetchExternalTaskTopicDto",
    "FetchExternalTaskTopicDtoProcessVariablesType0",
    "GetExternalTasksCountSortBy",
    "GetExternalTasksCountSortOrder",
    "GetExternalTasksSortBy",
    "GetExternalTasksSortOrder",
    "GetJobsCountSortBy",
    "GetJobsCountSortOrder",
    "GetJobsSortBy",
    "GetJobsSortOrder",
    "JobConditionQueryParameterDto",
    "JobDefinitionDto",
    "JobDefinitionPriorityDto",
    "JobDefinitionQueryDto",
    "JobDefinitionSortingDto",
    "JobDefinitionsSuspensionStateDto",
    "JobDefinitionSuspensionStateDto",
    "JobDto",
    "JobDuedateDto",
    "JobQueryDto",
    "JobRetriesDto",
    "JobSortingDto",
    "JobSuspensionStateDto",
    "LockedExternalTaskDto",
    "LockedExternalTaskDtoExtensionProperties",
    "LockedExternalTaskDtoVariables",
    "MissingAuthorizationDto",
    "PriorityDto",
    "RetriesDto",
    "SortingDto",
    "VariableMapType0",
    "VariableValueDto",
    "VariableValueDtoValueInfoType0",
)
