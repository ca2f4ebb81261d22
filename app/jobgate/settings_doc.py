"""Render docs/configuration.md from the Settings model (every field's env var, default, type and description).

    python -m jobgate.settings_doc                 print the page
    python -m jobgate.settings_doc PATH            write it to PATH
    python -m jobgate.settings_doc --check PATH    exit 1 when PATH differs from what the model gives

`scripts/docs` runs it for docs/configuration.md; tests/test_docs.py fails when the page is stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotated_types import Ge, Le
from pydantic.fields import FieldInfo

from jobgate.settings import Settings

HEADER = """\
# Configuration

<!-- Generated from the Settings model in app/jobgate/settings.py by scripts/docs: do not edit by hand. -->

jobgate reads its settings from environment variables named `JOBGATE_<SETTING>` (upper or lower case; nothing
else in jobgate reads the environment). The command line wins over the environment: `jobgate serve --host H
--port P --database-url URL` and the `--database-url` of `jobgate seed` and `jobgate db` override the matching
variable. Booleans accept `true`/`false`, `1`/`0`, `yes`/`no` and `on`/`off`; a value outside the range shown is
refused at start-up with a message naming the setting.

```bash
JOBGATE_DATABASE_URL=postgresql+psycopg://jobgate@db-host:5432/jobgate JOBGATE_LOG_LEVEL=warning \\
  .venv/bin/jobgate serve --port 9000
```

| environment variable | default | type | meaning |
|---|---|---|---|
"""

FOOTER = """
Operating these settings (PostgreSQL, several processes, proxies): [operations.md](operations.md).
"""


def env_name(name: str) -> str:
    """The environment variable of a setting."""
    prefix = str(Settings.model_config.get("env_prefix", ""))
    return f"{prefix}{name}".upper()


def _type(field: FieldInfo) -> str:
    names: dict[object, str] = {int: "integer", bool: "boolean", str: "string", float: "number"}
    kind = names.get(field.annotation, str(field.annotation))
    low = next((m.ge for m in field.metadata if isinstance(m, Ge)), None)
    high = next((m.le for m in field.metadata if isinstance(m, Le)), None)
    if low is not None and high is not None:
        return f"{kind}, {low} to {high}"
    if low is not None:
        return f"{kind}, at least {low}"
    if high is not None:
        return f"{kind}, at most {high}"
    return kind


def _default(value: object) -> str:
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    return f"`{value}`"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render() -> str:
    """The whole page."""
    rows = []
    for name, field in Settings.model_fields.items():
        if not field.description:
            raise ValueError(f"setting {name} has no description: add one to its Field in app/jobgate/settings.py")
        rows.append(f"| `{env_name(name)}` | {_default(field.default)} | {_type(field)} | {_cell(field.description)} |")
    return HEADER + "\n".join(rows) + "\n" + FOOTER


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jobgate.settings_doc", description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="the page to write (default: print it)")
    parser.add_argument("--check", action="store_true", help="exit 1 when PATH is not what the model gives")
    args = parser.parse_args(argv)
    page = render()
    if args.path is None:
        if args.check:
            parser.error("--check needs a PATH")
        sys.stdout.write(page)
        return 0
    path: Path = args.path
    if args.check:
        if not path.is_file() or path.read_text(encoding="utf-8") != page:
            print(f"{path} is stale: run scripts/docs to regenerate it from app/jobgate/settings.py", file=sys.stderr)
            return 1
        print(f"{path} is up to date")
        return 0
    path.write_text(page, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
