"""Demo data for `jobgate seed` and `scripts/serve`: definitions, tenants and jobs in every state.

Deterministic: the same specs in the same order on a fresh store give the same keys (the sequence starts at
2**51 + 1), and a seeded random.Random picks every value. Times are offsets from "now", so some due dates are
past and some future whenever the data is loaded.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import replace

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.settings import Settings
from jobgate.store.clock import now_ms
from jobgate.store.definitions import deploy, start_instances
from jobgate.store.engine import Store
from jobgate.store.model import DefinitionSpec, InstanceSpec, JobFixture, TaskSpec
from jobgate.store.tables import ACTIVATABLE, ACTIVATED, COMPLETED, ERROR_THROWN, FAILED, PROCESS_DEFINITION

SEED = 42
MINUTE = 60_000
HOUR = 60 * MINUTE
DAY = 24 * HOUR
TENANTS = ("tenant-a", "tenant-b")

_LOAN_TASKS = [
    TaskSpec(element_id="check-credit", name="Check credit score", type="credit-check"),
    TaskSpec(element_id="approval-reminder", name="Remind approver", type="approval-reminder", kind="timer",
             job_configuration="DURATION: P1D"),
    TaskSpec(element_id="notify-applicant", name="Notify applicant", type="notify-applicant",
             job_configuration="async-after"),
]
_RESERVE = TaskSpec(element_id="reserve-stock", name="Reserve stock", type="reserve-stock")
# (definition, number of instances); order-fulfilment is deployed twice, so it has versions 1 and 2.
PLAN: list[tuple[DefinitionSpec, int]] = [
    (DefinitionSpec(bpmn_process_id="invoice", name="Invoice payment", tasks=[
        TaskSpec(element_id="charge-card", name="Charge card", type="charge-card"),
        TaskSpec(element_id="send-receipt", name="Send receipt", type="send-receipt"),
    ]), 100),
    (DefinitionSpec(bpmn_process_id="order-fulfilment", name="Order fulfilment", tasks=[
        _RESERVE, TaskSpec(element_id="ship-parcel", name="Ship parcel", type="ship-parcel"),
    ]), 30),
    (DefinitionSpec(bpmn_process_id="order-fulfilment", name="Order fulfilment", tasks=[
        _RESERVE,
        TaskSpec(element_id="await-pickup", name="Wait for courier pickup", type="pickup-timer", kind="timer",
                 job_configuration="DURATION: PT2H"),
        TaskSpec(element_id="ship-parcel", name="Ship parcel", type="ship-parcel", overriding_job_priority=50),
    ]), 60),
    (DefinitionSpec(bpmn_process_id="loan-approval", name="Loan approval", tenant_id="tenant-a",
                    tasks=_LOAN_TASKS), 40),
    # tenant-b's notify-applicant job definition is suspended, and so are its jobs.
    (DefinitionSpec(bpmn_process_id="loan-approval", name="Loan approval", tenant_id="tenant-b", tasks=[
        *_LOAN_TASKS[:2], replace(_LOAN_TASKS[2], suspended=True),
    ]), 30),
]
HEADERS: dict[str, dict[str, str]] = {
    "charge-card": {"paymentProvider": "stripe", "captureMode": "immediate"},
    "send-receipt": {"template": "receipt-v3", "channel": "email"},
    "reserve-stock": {"warehouse": "fra-1"},
    "pickup-timer": {"carrier": "dhl"},
    "ship-parcel": {"carrier": "dhl", "labelFormat": "pdf"},
    "credit-check": {"bureau": "schufa", "scoreModel": "v2"},
    "approval-reminder": {"escalateTo": "loan-officers"},
    "notify-applicant": {"channel": "sms"},
}
FAILURES: dict[str, tuple[str, str]] = {  # job type -> (exception message, Java class that threw it)
    "charge-card": ("Card declined: insufficient funds (code 51)", "com.acme.payment.ChargeCardWorker"),
    "send-receipt": ("SMTP 421 4.7.0 Try again later, closing connection", "com.acme.mail.ReceiptSender"),
    "reserve-stock": ("SKU out of stock in warehouse fra-1", "com.acme.stock.ReservationService"),
    "pickup-timer": ("Courier API timeout after 30000 ms", "com.acme.shipping.PickupScheduler"),
    "ship-parcel": ("Label service returned HTTP 503", "com.acme.shipping.LabelClient"),
    "credit-check": ("Credit bureau rejected request: invalid tax id", "com.acme.loans.CreditBureauClient"),
    "approval-reminder": ("No approver assigned to the application", "com.acme.loans.ReminderJob"),
    "notify-applicant": ("SMS gateway quota exceeded", "com.acme.notify.SmsGateway"),
}
WORKERS = ("worker-eu-1", "worker-eu-2", "worker-us-1")
PRIORITIES = (0, 0, 0, 0, 10, 20, 50, 100)


def _trace(job_type: str) -> str:
    message, cls = FAILURES[job_type]
    method = cls.rsplit(".", 1)[1]
    return (f"org.camunda.bpm.engine.ProcessEngineException: {message}\n"
            f"\tat {cls}.execute({method}.java:87)\n"
            "\tat org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper.executeJob(ExecuteJobHelper.java:57)\n"
            "\tat java.base/java.lang.Thread.run(Thread.java:840)")


def _current_job(rng: random.Random, task: TaskSpec, now: int) -> JobFixture:
    """The job an instance waits on: activatable, retrying, activated, incident or error_thrown."""
    timer = task.kind == "timer"
    ago, future = rng.randint(MINUTE, 6 * HOUR), now + rng.randint(5 * MINUTE, 2 * DAY)
    later = rng.random() < 0.7
    headers = dict(HEADERS[task.type], region=rng.choice(("eu-west-1", "eu-central-1", "us-east-1")))
    created = now - rng.randint(10 * MINUTE, 3 * DAY)
    past = max(now - ago, created + MINUTE)  # overdue, but never due before it was created
    due = (future if later else past) if timer else (None if later else past)
    message, _ = FAILURES[task.type]
    base = JobFixture(
        element_id=task.element_id, create_time=created,
        priority=rng.choice(PRIORITIES) if task.overriding_job_priority is None else None,
        custom_headers=headers, suspended=True if rng.random() < 0.06 else None,
        batch_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)) if rng.random() < 0.08 else None,
    )
    roll = rng.random()
    if roll < 0.50:
        return replace(base, state=ACTIVATABLE, retries=3, due_date=due)
    if roll < 0.62:  # failed before, retries left, waiting for its back-off
        return replace(base, state=ACTIVATABLE, retries=rng.randint(1, 2), due_date=rng.choice((past, future)),
                       exception_message=message, exception_trace=_trace(task.type))
    if roll < 0.77:  # held by a worker; one in eight leases has expired
        lease = rng.randint(MINUTE, 30 * MINUTE) * (-1 if rng.random() < 0.125 else 1)
        return replace(base, state=ACTIVATED, retries=3, due_date=past if timer else None, suspended=None,
                       worker=rng.choice(WORKERS), deadline=now + lease)
    if roll < 0.90:  # incident
        return replace(base, state=FAILED, retries=0, due_date=past if timer else None,
                       exception_message=message, exception_trace=_trace(task.type))
    return replace(base, state=ERROR_THROWN, retries=rng.randint(1, 3), due_date=None, suspended=None,
                   exception_message=f"Business error {task.type.upper().replace('-', '_')}_REJECTED")


def _variables(rng: random.Random, bpmn_process_id: str, n: int) -> tuple[str, dict[str, object]]:
    """A business key and instance variables that look like the process's domain."""
    if bpmn_process_id == "invoice":
        return f"INV-{n:05d}", {"invoiceId": f"INV-{n:05d}", "amount": round(rng.uniform(9, 2500), 2),
                                "currency": rng.choice(("EUR", "USD", "GBP")),
                                "customerId": f"C-{rng.randint(1000, 9999)}"}
    if bpmn_process_id == "order-fulfilment":
        items = [{"sku": f"SKU-{rng.randint(100, 999)}", "quantity": rng.randint(1, 4)}
                 for _ in range(rng.randint(1, 3))]
        return f"ORD-{n:05d}", {"orderId": f"ORD-{n:05d}", "items": items, "express": rng.random() < 0.3,
                                "country": rng.choice(("DE", "FR", "NL", "US"))}
    return f"LOAN-{n:05d}", {"applicationId": f"LOAN-{n:05d}", "amount": rng.randrange(5_000, 250_000, 500),
                             "termMonths": rng.choice((12, 24, 36, 60)), "applicant": rng.choice(("Ada", "Bo", "Cy"))}


def _load(conn: Connection, *, now: int) -> tuple[int, int, int]:
    rng = random.Random(SEED)
    definitions = instances = jobs = 0
    for spec, count in PLAN:
        deployed = deploy(conn, spec=spec, now=now - 30 * DAY + definitions * DAY)
        definitions += 1
        for _ in range(count):
            instances += 1
            position = rng.randrange(len(spec.tasks))  # tasks before it are done
            current = _current_job(rng, spec.tasks[position], now)
            done = [JobFixture(element_id=t.element_id, state=COMPLETED, worker=rng.choice(WORKERS),
                               create_time=(current.create_time or now) - (position - i) * rng.randint(HOUR, DAY))
                    for i, t in enumerate(spec.tasks[:position])]
            business_key, variables = _variables(rng, spec.bpmn_process_id, instances)
            started, _ = start_instances(conn, now=now, spec=InstanceSpec(
                process_definition_key=deployed.key, business_key=business_key, variables=variables,
                jobs=[*done, current]))
            jobs += sum(len(s.jobs) for s in started)
    return definitions, instances, jobs


def _where(settings: Settings) -> str:
    return sa.engine.make_url(settings.database_url).render_as_string(hide_password=True)


def _run(settings: Settings, *, now: int | None, only_if_empty: bool) -> str:
    store = Store(settings.database_url, pool_size=1, threads=1)
    try:
        store.create_schema()
        with store.write() as conn:  # check and load in one transaction, so concurrent seeders load once
            if store.is_postgres:  # (SQLite's BEGIN IMMEDIATE already serialises writers)
                conn.execute(sa.text("LOCK TABLE process_definition IN SHARE ROW EXCLUSIVE MODE"))
            existing = conn.execute(sa.select(sa.func.count()).select_from(PROCESS_DEFINITION)).scalar_one()
            if only_if_empty and existing:
                return (f"not seeding: {_where(settings)} already has {existing} process definitions "
                        "(`jobgate seed --force` loads anyway)")
            definitions, instances, jobs = _load(conn, now=now_ms() if now is None else now)
    finally:
        store.dispose()
    return (f"seeded {definitions} process definitions, {instances} process instances and {jobs} jobs "
            f"(tenants {', '.join(TENANTS)} and none) into {_where(settings)}")


def seed(settings: Settings, *, now: int | None = None) -> str:
    """Load the demo data (always, also into a store that has data) and return a one-line summary."""
    return _run(settings, now=now, only_if_empty=False)


def seed_if_empty(settings: Settings, *, now: int | None = None) -> str:
    """Load the demo data only into a store without process definitions; a one-line summary either way."""
    return _run(settings, now=now, only_if_empty=True)
