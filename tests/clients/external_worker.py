"""A Camunda 7 external-task worker written as the camunda-external-task-client-python3 README writes one, run
unchanged by tests/clients/test_external_task_client.py in a subprocess.

argv: engine-rest base URL, topic, worker id, log file. Each task's `action` variable says what to do: complete
(with typed and untyped variables), fail (the library's retry count-down) or bpmn (a BPMN error). Each call of the
handler appends one JSON line to the log file.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from camunda.external_task.external_task import ExternalTask, TaskResult
from camunda.external_task.external_task_worker import ExternalTaskWorker


def main() -> None:
    base_url, topic, worker_id, log = sys.argv[1:5]
    config = {"maxTasks": 1, "lockDuration": 10_000, "asyncResponseTimeout": 5_000, "sleepSeconds": 1}

    def handle(task: ExternalTask) -> TaskResult:
        action = task.get_variable("action")
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps({"id": task.get_task_id(), "action": action, "worker": task.get_worker_id(),
                                "business_key": task.get_business_key(), "items": task.get_variable("items"),
                                "retries": task._context.get("retries")}) + "\n")
        if action == "complete":
            variables: dict[str, Any] = {"charged": True, "receipt": "R-1", "amount": {"value": "42", "type": "Long"}}
            return task.complete(variables)
        if action == "fail":
            return task.failure("Card declined", "CardDeclinedException: code 51", max_retries=3, retry_timeout=50)
        return task.bpmn_error("CARD_STOLEN", "Card reported stolen", {"reason": "stolen"})

    ExternalTaskWorker(worker_id=worker_id, base_url=base_url, config=config).subscribe([topic], handle)


if __name__ == "__main__":
    main()
