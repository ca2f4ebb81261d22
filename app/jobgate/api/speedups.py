"""Caches for pure work that Connexion 3.3 repeats: per request, and per spec load.

Per request, Connexion builds its parameter decorator anew: it calls `inspect.signature` on the handler and runs
the `inflection`-based name conversion (three regexes plus a camel-case split) on every parameter name, each time.
All of these are pure functions of the handler or the name, so memoising them changes no behaviour; together
they were ~0.7 ms of CPU per Camunda 7 list request (cProfile, 30 declared query parameters).

Per spec load, Connexion renders the file as a Jinja template, parses it with PyYAML's pure-Python loader and
validates it against the OpenAPI schema; an app loads each of its five specs three times (the start-up check, the
index page, add_api), so one app took ~2 s to build (1.3 s of parsing, 0.7 s of validation) and every test module,
every `jobgate serve` worker paid it. Here a file's parsed document is kept per path (read again when its
modification time or size changes), parsed by libyaml when PyYAML has it (the same safe loader in C: the same
document, tests/api/test_speedups.py), each load gets its own deep copy (Connexion mutates it), and a document that
passed validation once is not validated again (keyed by its content). Loads with Jinja arguments, and documents
whose content has no canonical JSON form, take Connexion's own path. The permissions table (jobgate.auth) reads the
specs through the same cache.
"""

from __future__ import annotations

import copy
import functools
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import connexion.decorators.parameter as parameter
import connexion.utils as utils
import jinja2
import orjson
import yaml  # type: ignore[import-untyped]
from connexion.spec import Specification

_applied = False
SAFE_LOADER: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's when PyYAML was built with it
_documents: dict[str, tuple[tuple[int, int], Any]] = {}  # path -> ((mtime, size), document)
_validated: set[tuple[type, bytes]] = set()


def apply() -> None:
    """Install the caches once per process (idempotent)."""
    global _applied
    if _applied:
        return
    inspect_args: Callable[..., Any] = functools.lru_cache(maxsize=1024)(utils.inspect_function_arguments)
    parameter.inspect_function_arguments = inspect_args
    for name in ("pythonic", "sanitized", "snake_and_shadow"):
        setattr(parameter, name, functools.lru_cache(maxsize=4096)(getattr(parameter, name)))
    load, validate = Specification._load_spec_from_file, Specification._validate_spec.__func__
    Specification._load_spec_from_file = staticmethod(functools.partial(_load_spec, load))
    Specification._validate_spec = classmethod(functools.partial(_validate_once, validate))
    _applied = True


def parse(path: Path) -> Any:
    """A spec file as Connexion reads it (rendered as a Jinja template without arguments), parsed by SAFE_LOADER."""
    contents = path.read_bytes()
    try:
        text = contents.decode()
    except UnicodeDecodeError:
        text = contents.decode("utf-8", "replace")
    return yaml.load(jinja2.Template(text).render(), Loader=SAFE_LOADER)


def _load_spec(load: Callable[[Any, Path], Any], arguments: dict[str, Any] | None, specification: Path) -> Any:
    if arguments:
        return load(arguments, specification)
    return load_document(Path(specification))


def load_document(path: Path) -> Any:
    """A spec file's document as Connexion loads it without arguments: parsed once per version of the file (its
    modification time and size), a deep copy of it each call."""
    stat = path.stat()
    version = (stat.st_mtime_ns, stat.st_size)
    name = str(path.resolve())
    kept = _documents.get(name)
    if kept is None or kept[0] != version:
        kept = _documents[name] = (version, parse(path))  # a changed file replaces its older document
    return copy.deepcopy(kept[1])


def _validate_once(validate: Callable[[type, Any], None], cls: type, spec: Any) -> None:
    try:
        digest = hashlib.sha256(orjson.dumps(spec, option=orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME
                                             )).digest()
    except TypeError:  # a YAML date or another type without one JSON form: validate every time
        validate(cls, spec)
        return
    if (cls, digest) not in _validated:
        validate(cls, spec)  # raises for an invalid document, which is never recorded
        _validated.add((cls, digest))
