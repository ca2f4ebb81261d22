"""The four generated clients over one jobgate, a record of the operations they called, and a runtime type check.

`assert_typed` checks a parsed result against the generated attrs classes' own annotations, recursively: the
generated `from_dict` copies JSON values as they come, so a key sent as a string would otherwise pass as an int.
"""

from __future__ import annotations

import importlib
import re
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import attrs
import httpx
import jobgate_admin_client as admin_client
import jobgate_camunda7_client as camunda7_client
import jobgate_opa_client as opa_client
import jobgate_zeebe_client as zeebe_client
import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[2]
# The dialects the exhaustive client tests walk; /v2 shares operationIds with /zeebe and has its own walk
# (tests/clients/test_camunda8_client.py).
BASES = {"camunda7": "/engine-rest", "zeebe": "/zeebe", "opa": "/process/api/v1", "admin": "/admin"}


def spec_operations() -> dict[str, tuple[str, str, str]]:
    """operationId -> (dialect, method, path template with the base path) for every operation of every spec."""
    found: dict[str, tuple[str, str, str]] = {}
    for dialect, base in BASES.items():
        spec = yaml.safe_load((ROOT / "openapi" / f"{dialect}.yaml").read_text())
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    found[operation["operationId"]] = (dialect, method.upper(), base + path)
    return found


def client_operations() -> set[str]:
    """The operation modules of the generated clients (generated/clients/<dialect>/jobgate_<dialect>_client/api/...)."""
    root = ROOT / "generated" / "clients"
    return {p.stem for d in BASES for p in root.glob(f"{d}/jobgate_*_client/api/*/*.py") if p.stem != "__init__"}


@dataclass
class Calls:
    """Which operations were called, with which statuses (fed by httpx response hooks)."""

    seen: dict[str, set[int]] = field(default_factory=dict)
    routes: list[tuple[str, re.Pattern[str], str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for op, (_, method, path) in spec_operations().items():
            self.routes.append((method, re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), op))

    def record(self, response: httpx.Response) -> None:
        for method, pattern, op in self.routes:
            if response.request.method == method and pattern.match(response.request.url.path):
                self.seen.setdefault(op, set()).add(response.status_code)

    async def arecord(self, response: httpx.Response) -> None:
        self.record(response)

    def with_status(self, predicate: Callable[[int], bool]) -> set[str]:
        return {op for op, statuses in self.seen.items() if any(predicate(s) for s in statuses)}


@dataclass
class Clients:
    """One generated client per dialect, all on the same server."""

    camunda7: camunda7_client.Client
    zeebe: zeebe_client.Client
    opa: opa_client.Client
    admin: admin_client.Client
    calls: Calls

    def close(self) -> None:
        """Close the httpx.Client each sync client opened."""
        for client in (self.camunda7, self.zeebe, self.opa, self.admin):
            client.get_httpx_client().close()


def async_clients(app: Any, calls: Calls) -> tuple[Clients, list[httpx.AsyncClient]]:
    """Clients that call the ASGI app in-process; the caller closes the httpx clients returned alongside."""
    opened: list[httpx.AsyncClient] = []

    def http(base: str) -> httpx.AsyncClient:
        opened.append(httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=f"http://testserver{base}",
                                        event_hooks={"response": [calls.arecord]}, timeout=30))
        return opened[-1]

    b = BASES
    clients = Clients(
        camunda7=camunda7_client.Client(base_url=f"http://testserver{b['camunda7']}", raise_on_unexpected_status=True)
        .set_async_httpx_client(http(b["camunda7"])),
        zeebe=zeebe_client.Client(base_url=f"http://testserver{b['zeebe']}", raise_on_unexpected_status=True)
        .set_async_httpx_client(http(b["zeebe"])),
        opa=opa_client.Client(base_url=f"http://testserver{b['opa']}", raise_on_unexpected_status=True)
        .set_async_httpx_client(http(b["opa"])),
        admin=admin_client.Client(base_url=f"http://testserver{b['admin']}", raise_on_unexpected_status=True)
        .set_async_httpx_client(http(b["admin"])),
        calls=calls,
    )
    return clients, opened


def sync_clients(url: str, calls: Calls) -> Clients:
    """Plain generated clients on a real server (their own httpx.Client, as a user would make them)."""
    args: dict[str, Any] = {"event_hooks": {"response": [calls.record]}}
    timeout = httpx.Timeout(30)
    b = BASES
    return Clients(
        camunda7=camunda7_client.Client(base_url=url + b["camunda7"], timeout=timeout, httpx_args=args,
                                        raise_on_unexpected_status=True),
        zeebe=zeebe_client.Client(base_url=url + b["zeebe"], timeout=timeout, httpx_args=args,
                                  raise_on_unexpected_status=True),
        opa=opa_client.Client(base_url=url + b["opa"], timeout=timeout, httpx_args=args,
                              raise_on_unexpected_status=True),
        admin=admin_client.Client(base_url=url + b["admin"], timeout=timeout, httpx_args=args,
                                  raise_on_unexpected_status=True),
        calls=calls,
    )


def _namespace(obj: object) -> dict[str, Any]:
    """Names the annotations of a generated model refer to: its package's models, Unset, datetime."""
    package = type(obj).__module__.split(".models.")[0]
    models = importlib.import_module(f"{package}.models")
    unset = importlib.import_module(f"{package}.types").Unset
    return {**vars(models), "Unset": unset, "datetime": importlib.import_module("datetime")}


def _conforms(value: Any, hint: Any) -> bool:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return True
    if hint is None or hint is type(None):
        return value is None
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, a) for a in args)
    if origin is Literal:
        return value in args
    if origin is list:
        return isinstance(value, list) and all(_conforms(v, args[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict) and all(_conforms(k, args[0]) and _conforms(v, args[1])
                                               for k, v in value.items())
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, hint)


def _nested(value: Any) -> Iterator[Any]:
    if attrs.has(type(value)):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _nested(item)


def assert_typed(obj: Any, cls: type[Any]) -> None:
    """`obj` is a `cls`, and every field of it (and of the models inside it) has its annotated type."""
    assert isinstance(obj, cls), f"expected {cls.__name__}, got {obj!r}"
    hints = typing.get_type_hints(type(obj), localns=_namespace(obj))
    for f in attrs.fields(type(obj)):
        value = getattr(obj, f.name)
        assert _conforms(value, hints[f.name]), f"{cls.__name__}.{f.name} = {value!r} is not {hints[f.name]}"
        for inner in _nested(value):
            assert_typed(inner, type(inner))


T = typing.TypeVar("T")


def typed(obj: object, cls: type[T]) -> T:
    """`obj`, checked by assert_typed to be a fully typed `cls` (and narrowed to it for mypy)."""
    assert_typed(obj, cls)
    assert isinstance(obj, cls)
    return obj


def typed_list(obj: object, cls: type[T]) -> list[T]:
    """`obj`, checked to be a list of fully typed `cls` items."""
    assert isinstance(obj, list), f"expected a list of {cls.__name__}, got {obj!r}"
    return [typed(item, cls) for item in obj]
