"""The handler -> store seam is typed: mypy checks the arguments given to Store.reading and Store.writing.

Runs the project's mypy (its configuration in pyproject.toml, its cache in .mypy_cache) on a small module with
correct calls and wrong ones, and expects an error on exactly the wrong lines.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]
SNIPPET = '''\
from jobgate.store import definitions, flow
from jobgate.store.engine import Store
from jobgate.store.flow import Wake
from jobgate.store.model import InstanceView


async def calls(store: Store) -> None:
    wake: Wake = await store.writing(flow.set_retries, key=1, retries=2)
    view: InstanceView = await store.reading(definitions.get_instance, key=1)
    await store.writing(flow.set_retries, key=1, retires=2)  # error: misspelt keyword
    await store.reading(definitions.get_instance, kye=1)  # error: misspelt keyword
    await store.writing(flow.set_retries, key=1)  # error: a required keyword is missing
    await store.reading(definitions.get_instance, key="1")  # error: wrong type
    bad: Wake = await store.reading(definitions.get_instance, key=1)  # error: wrong result type
'''


def test_mypy_checks_store_call_arguments(tmp_path: Path) -> None:
    module = tmp_path / "store_calls.py"
    module.write_text(SNIPPET)
    limit = sys.getrecursionlimit()
    try:
        stdout, stderr, _status = api.run([
            "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"),
            "--no-error-summary", "--show-error-codes", str(module),
        ])
    finally:
        sys.setrecursionlimit(limit)  # mypy raises it for the whole process; the JSON depth tests rely on it
    errors = [line for line in stdout.splitlines() if ": error: " in line]
    lines = sorted({int(m.group(1)) for e in errors if (m := re.search(r"store_calls\.py:(\d+): error", e))})
    expected = [n for n, text in enumerate(SNIPPET.splitlines(), start=1) if "# error" in text]
    assert lines == expected, f"mypy reported errors on lines {lines}, expected {expected}:\n{stdout}{stderr}"
    assert any('Unexpected keyword argument "retires"' in e for e in errors), stdout
    assert any('Unexpected keyword argument "kye"' in e for e in errors), stdout
