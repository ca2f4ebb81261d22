"""The module structure of app/jobgate: no import cycles, and a store (with the services around it) free of HTTP.

The import graph is read from the source (every `import`, also those inside functions and TYPE_CHECKING blocks),
so a cycle fails here even when a local import would hide it at run time (as the local import of the Hub in
runtime.py did for longpoll -> middleware -> runtime -> longpoll).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import jobgate

PACKAGE_DIR = Path(jobgate.__file__).resolve().parent
HTTP_LIBRARIES = ("connexion", "starlette", "httpx", "uvicorn")
# Modules that must not load an HTTP library: the store, and the services around it that the CLI uses.
HTTP_FREE = ("jobgate.limits", "jobgate.longpoll", "jobgate.metrics", "jobgate.pubsub", "jobgate.seed",
             "jobgate.settings")
# Alembic runs this one itself, in its migration context.
NOT_IMPORTABLE_ALONE = {"jobgate.store.migrations.env"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def _is_package(name: str) -> bool:
    return MODULES.get(name, Path()).name == "__init__.py"


def _imported(name: str, tree: ast.AST) -> set[str]:
    """The jobgate modules that `name` imports, anywhere in its source.

    `from pkg import mod` depends on pkg.mod; `from pkg import name` on pkg itself. Importing a module also runs
    its parent packages, except those that contain `name` (a package importing its own submodules is no cycle).
    """
    package = name if _is_package(name) else name.rpartition(".")[0]
    explicit: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            explicit.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            explicit.update(f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names)
    found = {target for target in explicit if target in MODULES and target != name}
    for target in explicit:
        parent = target.rpartition(".")[0]
        while parent:
            if parent in MODULES and not (name == parent or name.startswith(parent + ".")):
                found.add(parent)
            parent = parent.rpartition(".")[0]
    return found


def import_graph() -> dict[str, set[str]]:
    return {name: _imported(name, ast.parse(path.read_text(), str(path))) for name, path in MODULES.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path [a, b, ..., a], or None."""
    done: set[str] = set()
    for root in sorted(graph):
        if root in done:
            continue
        path: list[str] = []
        on_path: set[str] = set()
        stack: list[tuple[str, list[str]]] = [(root, sorted(graph[root]))]
        path.append(root)
        on_path.add(root)
        while stack:
            node, todo = stack[-1]
            if not todo:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
                continue
            nxt = todo.pop(0)
            if nxt in on_path:
                return [*path[path.index(nxt):], nxt]
            if nxt not in done:
                stack.append((nxt, sorted(graph.get(nxt, ()))))
                path.append(nxt)
                on_path.add(nxt)
    return None


def test_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_graph_sees_local_imports() -> None:
    graph = import_graph()
    assert "jobgate.store.migrate" in graph["jobgate.store.engine"]  # imported inside Store.prepare
    assert "jobgate.store.errors" in graph["jobgate.store.flow"]


def test_no_import_cycles() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle in app/jobgate: " + " -> ".join(cycle or [])


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_store_loads_no_http_library() -> None:
    store = sorted(n for n in set(MODULES) - NOT_IMPORTABLE_ALONE if n == "jobgate.store" or
                   n.startswith("jobgate.store."))
    assert "jobgate.store.engine" in store and "jobgate.store.errors" in store
    out = _run(f"import importlib, json, sys\n"
               f"for name in {[*store, *HTTP_FREE]!r}: importlib.import_module(name)\n"
               f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {HTTP_LIBRARIES!r})))")
    loaded = json.loads(out.strip().splitlines()[-1])
    assert loaded == [], f"importing the store loads HTTP libraries: {loaded}"
