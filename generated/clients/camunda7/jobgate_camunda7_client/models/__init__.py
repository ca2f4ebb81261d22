# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .authorization_exception_dto import AuthorizationExceptionDto
from .count_result_dto import CountResultDto
from .exception_dto import ExceptionDto
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
from .missing_authorization_dto import MissingAuthorizationDto
from .priority_dto import PriorityDto

__all__ = (
    "AuthorizationExceptionDto",
    "CountResultDto",
    "ExceptionDto",
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
    "MissingAuthorizationDto",
    "PriorityDto",
)
