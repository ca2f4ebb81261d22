"""A SQLite server loads no PostgreSQL driver and no JWT library (~17 MB of RSS), yet every outage is still one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from jobgate.store.guard import outages


def test_sqlite_app_without_jwt_loads_neither_psycopg_nor_pyjwt(tmp_path: Path) -> None:
    """Built in a fresh interpreter, as `jobgate serve` builds it: psycopg, PyJWT and cryptography stay unloaded."""
    code = ("import sys\n"
            "from jobgate.main import create_app\n"
            "from jobgate.settings import Settings\n"
            f"create_app(Settings(database_url='sqlite:///{tmp_path / 'jobgate.db'}'))\n"
            "print(sorted(m for m in ('psycopg', 'jwt', 'cryptography') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr[-2000:]


def test_psycopg_errors_are_outages_once_it_is_loaded() -> None:
    import psycopg

    found = outages()
    assert psycopg.OperationalError in found and psycopg.InterfaceError in found
    assert sa.exc.OperationalError in found
