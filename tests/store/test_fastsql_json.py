"""JSON columns read on the driver's cursor (fastsql.from_json) give what SQLAlchemy's JSON type gives: for every
value the store may hold, and for the texts orjson refuses that the json module reads."""

from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from jobgate.store import fastsql
from jobgate.store.engine import Store
from jobgate.store.tables import PROCESS_INSTANCE

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_reads_as_the_json_module(value: Any) -> None:
    text = json.dumps(value)  # how SQLAlchemy writes a JSON column on SQLite
    assert fastsql.from_json(text) == json.loads(text)
    assert fastsql.from_json(text.encode()) == json.loads(text)


@pytest.mark.parametrize("text", ["NaN", '{"a": Infinity}', "[-Infinity]", str(2**70), str(-(2**64)), '{"big": -1e999}',
                                  "[18446744073709551615]", "0.123456789012345678901234"])
def test_texts_orjson_refuses_read_as_the_json_module(text: str) -> None:
    assert repr(fastsql.from_json(text)) == repr(json.loads(text))


def test_decoded_values_pass_through() -> None:
    value = {"a": [1, 2]}
    assert fastsql.from_json(value) is value and fastsql.from_json(None) is None


async def test_variables_read_through_fastsql_equal_sqlalchemy(fresh_store: Store) -> None:
    """On each backend: the instance variables as the activation reads them (driver cursor) and as SQLAlchemy
    reads them are equal."""
    from jobgate.store.activation import instance_variables

    variables = {"s": "é\u2028", "n": -(2**63), "f": 0.1, "l": [None, True, {"x": []}], "u": "\U0001f600"}
    with fresh_store.write() as conn:
        conn.execute(sa.insert(PROCESS_INSTANCE).values(
            key=7, process_definition_key=1, bpmn_process_id="p", version=1, variables=variables,
            state="active", tenant_id=None, start_time=0, end_time=None))
    with fresh_store.read() as conn:
        orm = conn.execute(sa.select(PROCESS_INSTANCE.c.variables).where(PROCESS_INSTANCE.c.key == 7)).scalar_one()
        assert instance_variables(conn, [7, 8]) == {7: orm} and orm == variables
