# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

JobFilterKind = Literal["AD_HOC_SUB_PROCESS", "BPMN_ELEMENT", "EXECUTION_LISTENER", "TASK_LISTENER"]

JOB_FILTER_KIND_VALUES: set[JobFilterKind] = {
    "AD_HOC_SUB_PROCESS",
    "BPMN_ELEMENT",
    "EXECUTION_LISTENER",
    "TASK_LISTENER",
}


def check_job_filter_kind(value: str) -> JobFilterKind:
    if value in JOB_FILTER_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_FILTER_KIND_VALUES!r}")
