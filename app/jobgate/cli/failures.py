"""Store problems as one line on stderr and a non-zero exit, never a traceback; passwords never printed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, quote_plus

import sqlalchemy as sa
from sqlalchemy.engine import URL

from jobgate.cli.options import env_name, fail

_USERINFO = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")
EXAMPLES = "e.g. sqlite:///./jobgate.db or postgresql+psycopg://user@host:5432/db"


def _secrets(url: str) -> list[str]:
    """The password of a URL (user info or a `password` query parameter) in the forms a message may show it."""
    try:
        parsed = sa.make_url(url)
        found = [parsed.password, *_as_list(parsed.query.get("password"))]
    except sa.exc.ArgumentError:
        match = _USERINFO.search(url)
        found = [url[match.end(1):match.end() - 1]] if match else []
    forms = {form for p in found if p for form in (str(p), quote(str(p), safe=""), quote_plus(str(p)))}
    return sorted(forms, key=len, reverse=True)


def _as_list(value: str | tuple[str, ...] | None) -> list[str]:
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def mask_url(url: str) -> str:
    """The URL with its password replaced by ***; also for strings that are not valid URLs."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        return _USERINFO.sub(r"\1***@", url)
    text = parsed.render_as_string(hide_password=True)
    for secret in _secrets(url):  # a `password` query parameter
        text = text.replace(secret, "***")
    return text


def mask_text(text: str, url: str) -> str:
    """An error text without the URL's password (drivers may quote the URL or its parts), on one line."""
    text = text.replace(url, mask_url(url))
    for secret in _secrets(url):
        text = text.replace(secret, "***")
    return " ".join(text.split())


def check_url(command: str, url: str) -> URL:
    """Parse the URL and check its driver (and, for a SQLite file, its directory) before anything connects."""
    where = mask_url(url)
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        fail(command, f"the database URL {where!r} is not a valid SQLAlchemy URL ({EXAMPLES}; "
                      f"--database-url or {env_name('database_url')})")
    try:
        dialect = parsed.get_dialect()
    except sa.exc.NoSuchModuleError:
        fail(command, f"unknown database driver {parsed.drivername!r} in {where} "
                      "(jobgate supports sqlite and postgresql+psycopg)")
    try:
        dialect.import_dbapi()
    except ImportError as exc:
        fail(command, f"the driver of {where} is not installed ({exc})")
    database = parsed.database
    if parsed.get_backend_name() == "sqlite" and database and database != ":memory:" and "uri" not in parsed.query:
        directory = Path(database).resolve().parent
        if not directory.is_dir():
            fail(command, f"cannot use the store at {where}: the directory {directory} does not exist")
    return parsed


@contextmanager
def store_errors(command: str, url: str) -> Iterator[None]:
    """Check the URL, then turn any store failure inside the block into one masked line and exit 1."""
    from jobgate.store import migrate
    from jobgate.store.engine import StoreOutdated
    from jobgate.store.errors import StoreUnavailable  # here: the store modules are slow to import for `--help`

    check_url(command, url)
    where = mask_url(url)
    try:
        yield
    except (StoreOutdated, migrate.Outdated) as exc:
        text = mask_text(str(exc), url)
        fail(command, f"the store at {where} is outdated: {text[:1].lower()}{text[1:]}")
    except StoreUnavailable as exc:
        fail(command, f"cannot use the store at {where}: {mask_text(exc.message, url)}")
    except sa.exc.DBAPIError as exc:
        fail(command, f"cannot use the store at {where}: {mask_text(str(exc.orig), url)}")
    except (sa.exc.SQLAlchemyError, ImportError, OSError) as exc:
        fail(command, f"cannot use the store at {where}: {mask_text(str(exc), url)}")
