# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .link import Link
from .list_process_instance_jobs_sort_by import ListProcessInstanceJobsSortBy
from .list_process_instance_jobs_sort_order import ListProcessInstanceJobsSortOrder
from .list_process_instance_jobs_state import ListProcessInstanceJobsState
from .oracle_error import OracleError
from .process_instance_job_item import ProcessInstanceJobItem
from .process_instance_jobs import ProcessInstanceJobs

__all__ = (
    "Link",
    "ListProcessInstanceJobsSortBy",
    "ListProcessInstanceJobsSortOrder",
    "ListProcessInstanceJobsState",
    "OracleError",
    "ProcessInstanceJobItem",
    "ProcessInstanceJobs",
)
