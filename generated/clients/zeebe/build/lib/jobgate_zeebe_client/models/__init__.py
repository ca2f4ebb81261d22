# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .activate_jobs_data import ActivateJobsData
from .activate_jobs_response import ActivateJobsResponse
from .activated_job import ActivatedJob
from .activated_job_custom_headers import ActivatedJobCustomHeaders
from .activated_job_status import ActivatedJobStatus
from .activated_job_variables import ActivatedJobVariables
from .complete_job import CompleteJob
from .complete_job_status import CompleteJobStatus
from .complete_job_variables import CompleteJobVariables
from .error_response import ErrorResponse
from .fail_job import FailJob
from .fail_job_status import FailJobStatus
from .fail_job_variables import FailJobVariables
from .throw_job_error import ThrowJobError
from .throw_job_error_status import ThrowJobErrorStatus
from .throw_job_error_variables import ThrowJobErrorVariables

__all__ = (
    "ActivatedJob",
    "ActivatedJobCustomHeaders",
    "ActivatedJobStatus",
    "ActivatedJobVariables",
    "ActivateJobsData",
    "ActivateJobsResponse",
    "CompleteJob",
    "CompleteJobStatus",
    "CompleteJobVariables",
    "ErrorResponse",
    "FailJob",
    "FailJobStatus",
    "FailJobVariables",
    "ThrowJobError",
    "ThrowJobErrorStatus",
    "ThrowJobErrorVariables",
)
