"""Safe defaults for `jobgate serve`: without authentication, only loopback addresses are served."""

from __future__ import annotations

import ipaddress

import typer

from jobgate.settings import Settings


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def refuse_insecure_bind(settings: Settings) -> None:
    """Exit with a one-line message when asked to serve a non-loopback address with authentication off."""
    if settings.auth or settings.insecure_no_auth or is_loopback(settings.host):
        return
    typer.echo(f"jobgate serve: refusing to serve {settings.host} without authentication: use --auth "
               "(JOBGATE_AUTH=on) with users (jobgate user add), or --insecure-no-auth if you really mean it",
               err=True)
    raise typer.Exit(2)
