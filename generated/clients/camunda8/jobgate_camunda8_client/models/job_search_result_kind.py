# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

JobSearchResultKind = Literal["AD_HOC_SUB_PROCESS", "BPMN_ELEMENT", "EXECUTION_LISTENER", "TASK_LISTENER"]

JOB_SEARCH_RESULT_KIND_VALUES: set[JobSearchResultKind] = {
    "AD_HOC_SUB_PROCESS",
    "BPMN_ELEMENT",
    "EXECUTION_LISTENER",
    "TASK_LISTENER",
}


def check_job_search_result_kind(value: str) -> JobSearchResultKind:
    if value in JOB_SEARCH_RESULT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_SEARCH_RESULT_KIND_VALUES!r}")
