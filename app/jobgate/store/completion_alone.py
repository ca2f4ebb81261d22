"""A batch of completes as one self-committing statement (PostgreSQL): no BEGIN, no COMMIT, no store thread.

Each round trip to PostgreSQL cost about 50 us of client and 30 us of server CPU, and BEGIN and COMMIT together
cost more than the batch's own statement; on a store thread the GIL hand-offs with the busy event loop cost more
again. So group commit first offers a batch of completes to this statement, sent from the event loop
(jobgate.store.loop_pg) on a connection in autocommit mode. It locks the jobs in key order, checks what the set
path checks (each job can complete and is visible to its complete's tenants, one job per instance, its instance
exists, the merged variables fit their limit), and only when every check holds it ends the jobs, starts each one's
next task (keys allocated in the order of the completes, as jobgate.store.completion_steps.start_next does),
merges each complete's variables into its instance's (top-level names, as completion_steps.merged does; the
instances are locked first) and ends the instances whose last runtime job this was. A single statement is atomic:
when a check fails it changes nothing, and the batch runs as jobgate.store.completion.complete_many in a
transaction instead, with that path's answers and errors.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

import orjson
import sqlalchemy as sa

from jobgate.store.completion_pg import joined, last_runtime_job, quoted
from jobgate.store.completion_steps import COMMANDABLE, Completion, padded, wakes
from jobgate.store.group_batch import Fetch
from jobgate.store.jobs import DEFAULT_RETRIES
from jobgate.store.keys import MAX_KEY
from jobgate.store.tables import ACTIVATABLE
from jobgate.store.wake import Wake

_COLUMNS = ("ok", "key", "type", "next_type", "next_suspended")


def _statement(size: int, with_variables: bool) -> sa.TextualSelect:
    """`with_variables`: each row also carries the variables to merge (JSONB, NULL for none) and their limit, the
    instances are locked (their variables are read, checked and merged under the lock) and `done` merges them."""
    extra = ", vars, vlimit" if with_variables else ""  # the columns of v that `locked` carries on
    carried = ", v.vars, v.vlimit" if with_variables else ""
    values = ", ".join(f"({i}, CAST(:k{i} AS BIGINT), CAST(:t{i} AS BIGINT), CAST(:r{i} AS BOOLEAN), "
                       f"CAST(:a{i} AS TEXT[])"
                       + (f", CAST(:v{i} AS JSONB), CAST(:l{i} AS BIGINT)" if with_variables else "") + ")"
                       for i in range(size))
    instances = """
instances AS MATERIALIZED (
    SELECT pi.key, pi.variables FROM process_instance pi
    WHERE pi.key IN (SELECT process_instance_key FROM locked) ORDER BY pi.key FOR UPDATE
),""" if with_variables else ""
    merged = ", (SELECT i.variables FROM instances i WHERE i.key = locked.process_instance_key) AS stored" \
        if with_variables else ""
    # The merged variables' JSONB text is never shorter than the compact JSON that limits.json_size counts (it
    # adds a space after each colon and comma, writes strings alike, and numbers at least as long), so within the
    # limit here means within it there; a batch beyond is left to the transaction path, which counts exactly.
    fits = " AND (vars IS NULL OR vlimit IS NULL OR octet_length(CAST(stored || vars AS TEXT)) <= vlimit)" \
        if with_variables else ""
    sql = f"""
WITH v(ord, key, now, restricted, tenants{extra}) AS (VALUES {values}),
locked AS MATERIALIZED (
    SELECT job.key, job.state, job.tenant_id, job.type, job.process_instance_key, job.process_definition_key,
           job.job_definition_id, v.ord, v.now, v.restricted, v.tenants{carried}
    FROM job JOIN v ON job.key = v.key ORDER BY job.key FOR UPDATE OF job
),{instances}
step AS MATERIALIZED (
    SELECT locked.*, pi.tenant_id AS instance_tenant, pd.bpmn_process_id, pd.version, nxt.id AS next_id,
           nxt.type AS next_type, nxt.kind AS next_kind, nxt.element_id AS next_element_id, nxt.name AS next_name,
           nxt.overriding_job_priority AS next_priority, nxt.suspended AS next_suspended{merged}
    FROM locked {joined("locked")}
),
numbered AS MATERIALIZED (
    SELECT step.*, row_number() OVER (ORDER BY step.ord) - 1 AS n FROM step WHERE step.next_id IS NOT NULL
),
gate AS (
    SELECT count(*) = CAST(:n AS INTEGER) AND count(DISTINCT process_instance_key) = count(*)
           AND coalesce(bool_and(state IN ({quoted(COMMANDABLE)})
                                 AND (NOT restricted OR tenant_id IS NULL OR tenant_id = ANY(tenants)){fits}),
                    false) AS ok
    FROM step
),
keys AS (
    UPDATE key_sequence SET next_key = next_key + 2 * (SELECT count(*) FROM numbered)
    WHERE id = 1 AND (SELECT ok FROM gate) AND EXISTS (SELECT 1 FROM numbered)
      AND next_key + 2 * (SELECT count(*) FROM numbered) - 1 <= {MAX_KEY}
    RETURNING next_key - 2 * (SELECT count(*) FROM numbered) AS first
),
go AS (
    SELECT (SELECT ok FROM gate) AND (NOT EXISTS (SELECT 1 FROM numbered) OR EXISTS (SELECT 1 FROM keys)) AS ok
),
started AS (
    INSERT INTO job (key, job_definition_id, process_instance_key, element_instance_key, state, retries, due_date,
                     create_time, priority, suspended, exception_message, exception_trace, failed_activity_id,
                     batch_id, custom_headers, worker, deadline, error_code, type, kind, element_id, element_name,
                     tenant_id, bpmn_process_id, process_definition_key, process_definition_id, version)
    SELECT keys.first + 2 * numbered.n, numbered.next_id, numbered.process_instance_key,
           keys.first + 2 * numbered.n + 1, '{ACTIVATABLE}', {DEFAULT_RETRIES}, NULL, numbered.now,
           coalesce(numbered.next_priority, 0), coalesce(numbered.next_suspended, false), NULL, NULL, NULL, NULL,
           CAST('{{}}' AS JSONB), NULL, NULL, NULL, numbered.next_type, numbered.next_kind, numbered.next_element_id,
           numbered.next_name, numbered.instance_tenant, numbered.bpmn_process_id, numbered.process_definition_key,
           numbered.bpmn_process_id || ':' || numbered.version || ':' || numbered.process_definition_key,
           numbered.version
    FROM numbered CROSS JOIN keys
),
ended AS (
    UPDATE job SET state = 'completed', deadline = NULL FROM step
    WHERE job.key = step.key AND (SELECT ok FROM go)
),
{_VARIABLES_DONE if with_variables else _DONE}
SELECT (SELECT ok FROM go) AS ok, key, type, next_type, next_suspended FROM step"""
    return sa.text(sql).columns(*(sa.column(c) for c in _COLUMNS))


# Each instance whose last runtime job this was ends.
_FINISHED = f"step.next_id IS NULL AND {last_runtime_job('step.process_instance_key', 'step')}"
_DONE = f"""done AS (
    UPDATE process_instance pi SET state = 'completed', end_time = step.now FROM step
    WHERE pi.key = step.process_instance_key AND (SELECT ok FROM go) AND pi.state = 'active'
      AND {_FINISHED}
)"""

# `done` that also merges each complete's variables (one UPDATE: a row updated twice in one statement keeps only one
# of the two).
_VARIABLES_DONE = f"""done AS (
    UPDATE process_instance pi
    SET variables = coalesce(pi.variables || f.vars, pi.variables),
        state = CASE WHEN f.finished AND pi.state = 'active' THEN 'completed' ELSE pi.state END,
        end_time = CASE WHEN f.finished AND pi.state = 'active' THEN f.now ELSE pi.end_time END
    FROM (SELECT step.process_instance_key, step.vars, step.now, {_FINISHED} AS finished FROM step) f
    WHERE pi.key = f.process_instance_key AND (SELECT ok FROM go)
      AND (f.vars IS NOT NULL OR (f.finished AND pi.state = 'active'))
)"""


async def complete_alone(fetch: Fetch, items: Sequence[Completion]) -> list[Wake] | None:
    """The completes of `items` as one statement that commits by itself (`fetch`: Store.fetch_alone): their Wakes,
    in order, once committed. None when the batch needs more than that statement does (a complete that fails, two
    jobs of one instance, variables that may not fit their limit): the statement then changed nothing."""
    if len({item.key for item in items}) != len(items):
        return None
    with_variables = any(item.variables for item in items)
    size = padded(len(items))
    params: dict[str, Any] = {"n": len(items)}
    for i in range(size):  # the padding rows match no job
        item = items[i] if i < len(items) else None
        params[f"k{i}"] = item.key if item else None
        params[f"t{i}"] = item.now if item else None
        params[f"r{i}"] = item is not None and item.tenants is not None
        params[f"a{i}"] = sorted(item.tenants) if item and item.tenants is not None else None  # unused: NULL
        if with_variables:
            try:
                params[f"v{i}"] = orjson.dumps(item.variables).decode() if item and item.variables else None
            except orjson.JSONEncodeError:
                return None  # the transaction path says why
            params[f"l{i}"] = item.max_variables_bytes if item else None
    rows = await fetch(("completion_alone", size, with_variables), lambda: _statement(size, with_variables), params)
    if not rows or not rows[0].ok:
        return None
    by_key = {row.key: row for row in rows}
    ended = [by_key[item.key] for item in items]
    return wakes(ended, [_next_task(row) for row in ended])


def _next_task(row: Any) -> SimpleNamespace | None:
    """The next task of a result row, as completion_steps.wakes reads it (None after the last task)."""
    return None if row.next_type is None else SimpleNamespace(type=row.next_type, suspended=row.next_suspended)
