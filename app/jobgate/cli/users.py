"""`jobgate user ...`: manage the users of HTTP Basic authentication in the store.

Passwords come from stdin (`--password-stdin`, as `docker login` takes them), so they never show in the process
list or the shell history; they are hashed (argon2id) and never printed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from jobgate.cli.failures import store_errors
from jobgate.cli.options import DatabaseUrl, settings_from

users_cli = typer.Typer(help="Users for HTTP Basic authentication (JOBGATE_AUTH=on).", no_args_is_help=True)

PasswordStdin = Annotated[bool, typer.Option("--password-stdin", help="read the password from stdin (required)")]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"jobgate user: {message}", err=True)
    return typer.Exit(1)


def _read_password(password_stdin: bool) -> str:
    if not password_stdin:
        raise _fail("give the password on stdin with --password-stdin (e.g. `printf %s \"$PW\" | jobgate user ...`)")
    password = sys.stdin.readline()
    password = password[:-1] if password.endswith("\n") else password
    password = password[:-1] if password.endswith("\r") else password
    from jobgate.auth.passwords import PasswordError, hash_password

    try:
        return hash_password(password)
    except PasswordError as exc:
        raise _fail(str(exc)) from None


@contextmanager
def _store(database_url: str | None) -> Iterator[object]:
    """The store (its schema created when empty); any store failure is one masked line and exit 1."""
    from jobgate.store.engine import Store

    url = settings_from("user", database_url=database_url).database_url
    with store_errors("user", url):
        store = Store(url, pool_size=1, threads=1)
        try:
            store.prepare()
            yield store
        finally:
            store.dispose()


@users_cli.command("add")
def add(
    name: Annotated[str, typer.Argument(help="user name")],
    role: Annotated[list[str], typer.Option("--role", help="reader | worker | operator | admin (repeatable)")],
    tenant: Annotated[list[str] | None, typer.Option("--tenant", help="a tenant the user sees (repeatable)")] = None,
    all_tenants: Annotated[bool, typer.Option("--all-tenants", help="the user sees every tenant")] = False,
    password_stdin: PasswordStdin = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Add a user. Without --tenant or --all-tenants it sees only jobs without a tenant."""
    from jobgate.auth import users
    from jobgate.store.clock import now_ms
    from jobgate.store.engine import Store

    if all_tenants and tenant:
        raise _fail("give --tenant or --all-tenants, not both")
    try:
        users.check_name(name)
        roles = users.check_roles(role)
        tenants = None if all_tenants else users.check_tenants(tenant or ())
    except users.UserError as exc:
        raise _fail(str(exc)) from None
    password_hash = _read_password(password_stdin)
    with _store(database_url) as store:
        assert isinstance(store, Store)
        try:
            with store.write() as conn:
                users.put_user(conn, name=name, password_hash=password_hash, roles=roles, tenants=tenants,
                               now=now_ms(), create_only=True)
        except users.UserError as exc:
            raise _fail(str(exc)) from None
    typer.echo(f"user {name} added: roles {', '.join(sorted(roles))}; tenants {_tenants(tenants)}")


@users_cli.command("passwd")
def passwd(
    name: Annotated[str, typer.Argument(help="user name")],
    password_stdin: PasswordStdin = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Set a user's password (read from stdin)."""
    from jobgate.auth import users
    from jobgate.store.clock import now_ms
    from jobgate.store.engine import Store

    password_hash = _read_password(password_stdin)
    with _store(database_url) as store:
        assert isinstance(store, Store)
        with store.write() as conn:
            found = users.set_password(conn, name=name, password_hash=password_hash, now=now_ms())
    if not found:
        raise _fail(f"no user named {name!r}")
    typer.echo(f"user {name}: password changed")


@users_cli.command("remove")
def remove(name: Annotated[str, typer.Argument(help="user name")], database_url: DatabaseUrl = None) -> None:
    """Remove a user (its requests stop within JOBGATE_AUTH_CACHE_SECONDS)."""
    from jobgate.auth import users
    from jobgate.store.engine import Store

    with _store(database_url) as store:
        assert isinstance(store, Store)
        with store.write() as conn:
            found = users.remove_user(conn, name=name)
    if not found:
        raise _fail(f"no user named {name!r}")
    typer.echo(f"user {name} removed")


@users_cli.command("list")
def list_(database_url: DatabaseUrl = None) -> None:
    """List users with their roles and tenants (never their password hashes)."""
    from jobgate.auth import users
    from jobgate.store.engine import Store

    with _store(database_url) as store:
        assert isinstance(store, Store)
        with store.read() as conn:
            found = users.list_users(conn)
    for user in found:
        typer.echo(f"{user.name}\troles={','.join(sorted(user.roles))}\ttenants={_tenants(user.tenants)}")


def _tenants(tenants: frozenset[str] | None) -> str:
    if tenants is None:
        return "*"
    return ",".join(sorted(tenants)) if tenants else "(none: only jobs without a tenant)"
