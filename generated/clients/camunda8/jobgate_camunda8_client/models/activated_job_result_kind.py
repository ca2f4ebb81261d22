# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

ActivatedJobResultKind = Literal["AD_HOC_SUB_PROCESS", "BPMN_ELEMENT", "EXECUTION_LISTENER", "TASK_LISTENER"]

ACTIVATED_JOB_RESULT_KIND_VALUES: set[ActivatedJobResultKind] = {
    "AD_HOC_SUB_PROCESS",
    "BPMN_ELEMENT",
    "EXECUTION_LISTENER",
    "TASK_LISTENER",
}


def check_activated_job_result_kind(value: str) -> ActivatedJobResultKind:
    if value in ACTIVATED_JOB_RESULT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTIVATED_JOB_RESULT_KIND_VALUES!r}")
