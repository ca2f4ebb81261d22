# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .deploy_request import DeployRequest
from .deployed_job_definition import DeployedJobDefinition
from .deployed_process_definition import DeployedProcessDefinition
from .instance_job import InstanceJob
from .job_fixture import JobFixture
from .job_fixture_custom_headers import JobFixtureCustomHeaders
from .job_state import JobState
from .load_instance import LoadInstance
from .load_instance_variables import LoadInstanceVariables
from .load_request import LoadRequest
from .load_result import LoadResult
from .problem import Problem
from .process_instance_state import ProcessInstanceState
from .process_instance_view import ProcessInstanceView
from .process_instance_view_variables import ProcessInstanceViewVariables
from .role import Role
from .start_instance_request import StartInstanceRequest
from .start_instance_request_variables import StartInstanceRequestVariables
from .started_job import StartedJob
from .started_process_instance import StartedProcessInstance
from .task_kind import TaskKind
from .task_spec import TaskSpec
from .user import User
from .user_update import UserUpdate

__all__ = (
    "DeployedJobDefinition",
    "DeployedProcessDefinition",
    "DeployRequest",
    "InstanceJob",
    "JobFixture",
    "JobFixtureCustomHeaders",
    "JobState",
    "LoadInstance",
    "LoadInstanceVariables",
    "LoadRequest",
    "LoadResult",
    "Problem",
    "ProcessInstanceState",
    "ProcessInstanceView",
    "ProcessInstanceViewVariables",
    "Role",
    "StartedJob",
    "StartedProcessInstance",
    "StartInstanceRequest",
    "StartInstanceRequestVariables",
    "TaskKind",
    "TaskSpec",
    "User",
    "UserUpdate",
)
