# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .authorization_exception_dto import AuthorizationExceptionDto
from .count_result_dto import CountResultDto
from .exception_dto import ExceptionDto
from .get_jobs_count_sort_by import GetJobsCountSortBy
from .get_jobs_count_sort_order import GetJobsCountSortOrder
from .get_jobs_sort_by import GetJobsSortBy
from .get_jobs_sort_order import GetJobsSortOrder
from .job_definition_dto import JobDefinitionDto
from .job_definition_query_dto import JobDefinitionQueryDto
from .job_definition_sorting_dto import JobDefinitionSortingDto
from .job_dto import JobDto
from .missing_authorization_dto import MissingAuthorizationDto

__all__ = (
    "AuthorizationExceptionDto",
    "CountResultDto",
    "ExceptionDto",
    "GetJobsCountSortBy",
    "GetJobsCountSortOrder",
    "GetJobsSortBy",
    "GetJobsSortOrder",
    "JobDefinitionDto",
    "JobDefinitionQueryDto",
    "JobDefinitionSortingDto",
    "JobDto",
    "MissingAuthorizationDto",
)
