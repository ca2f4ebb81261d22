"""Reading a `jobgate load` file: JSON lines in the admin API's shapes, and the hashes that make loads resumable.

A line with `tasks` is a process definition (the body of POST /admin/process-definitions, a DeployRequest);
any other non-blank line is an instance template (an item of POST /admin/load's `instances`, a LoadInstance).
Blank lines are skipped. Lines are hashed without their line ending, so appending a line to a file whose last
line had no newline keeps the hash of the lines before it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from pydantic import BaseModel, ValidationError

from jobgate.api.admin_format import definition_spec, has_nul, instance_spec
from jobgate.store.errors import JobgateError
from jobgate.store.file_load import Item
from jobgate.store.model import InstanceSpec
from jobgate_models.admin import DeployRequest, LoadInstance


class LineInvalid(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


def hashed(raw: bytes) -> bytes:
    """The bytes of a line as they enter the prefix hash: without its line ending, plus one newline."""
    return raw.rstrip(b"\r\n") + b"\n"


@dataclass(frozen=True)
class FileScan:
    sha256: str  # of the whole file, byte for byte: the identity of a new load
    lines: int
    prefix_hashes: dict[int, str] = field(default_factory=dict)  # line count -> hash of that many first lines


def scan(path: Path, checkpoints: Iterable[int]) -> FileScan:
    """Hash the file and count its lines; also hash its first n lines for each n in checkpoints."""
    wanted = set(checkpoints)
    whole, prefix = hashlib.sha256(), hashlib.sha256()
    hashes: dict[int, str] = {}
    lines = 0
    with path.open("rb") as f:
        for raw in f:
            whole.update(raw)
            prefix.update(hashed(raw))
            lines += 1
            if lines in wanted:
                hashes[lines] = prefix.hexdigest()
    return FileScan(sha256=whole.hexdigest(), lines=lines, prefix_hashes=hashes)


def parse_line(number: int, raw: bytes) -> Item | None:
    """The definition or instance template of one line (None for a blank line); LineInvalid says what is wrong."""
    text = raw.strip()
    if not text:
        return None
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise LineInvalid(number, f"not valid JSON ({exc})") from None
    if not isinstance(value, dict):
        raise LineInvalid(number, "expected a JSON object: a process definition (with `tasks`) or an instance")
    if has_nul(value):
        raise LineInvalid(number, "texts must not contain NUL characters (\\u0000)")
    model: type[BaseModel] = DeployRequest if "tasks" in value else LoadInstance
    what = "process definition" if "tasks" in value else "instance"
    try:
        # Strict JSON validation, as the admin API's schema check: no "5" for 5, date-times with an offset.
        parsed = model.model_validate_json(text, strict=True)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "line"
        raise LineInvalid(number, f"invalid {what}: {where}: {first.get('msg', 'invalid value')}") from None
    try:
        return definition_spec(parsed) if isinstance(parsed, DeployRequest) else instance_spec(parsed)
    except JobgateError as exc:
        raise LineInvalid(number, f"invalid {what}: {exc.message}") from None


def weight(item: Item) -> int:
    """How much of a batch an item fills: an instance template its count, a definition 1."""
    return item.count if isinstance(item, InstanceSpec) else 1
