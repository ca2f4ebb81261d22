"""Generate generated/ from openapi/<dialect>.yaml.

- generated/jobgate_models/<dialect>.py: pydantic v2 models (datamodel-code-generator), shipped in the server wheel;
- generated/clients/<dialect>/: one installable distribution per dialect (openapi-python-client), named
  jobgate-<dialect>-client, import name jobgate_<dialect>_client, versioned with the spec's info.version.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "openapi"
DIALECTS = ("camunda7", "zeebe", "opa", "camunda8", "admin")
TEMPLATES = ROOT / "scripts" / "client-templates"
HEADER = "# Generated from openapi/{d}.yaml by scripts/generate. Do not edit."
MODEL_FLAGS = [
    "--input-file-type", "openapi", "--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11",
    "--use-annotated", "--field-constraints", "--use-standard-collections", "--use-union-operator",
    "--snake-case-field", "--allow-population-by-field-name", "--strict-nullable", "--collapse-root-models",
    "--use-schema-description", "--enum-field-as-literal", "one", "--use-subclass-enum", "--use-double-quotes",
    "--formatters", "builtin", "--disable-timestamp", "--set-default-enum-member",
]


def run(cmd: list[str], cwd: Path | None = None) -> None:
    # The generators' post-hooks call `ruff` by name: take the pinned one beside this Python, whatever PATH says.
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(cmd)}")


def generate(out: Path) -> None:
    models = out / "jobgate_models"
    models.mkdir(parents=True)
    (out / "clients").mkdir(parents=True)
    (models / "__init__.py").write_text('"""Pydantic models generated from openapi/. Do not edit."""\n')
    (models / "py.typed").write_text("")
    bindir = Path(sys.executable).parent
    for d in DIALECTS:
        spec = SPECS / f"{d}.yaml"
        validate(yaml.safe_load(spec.read_text()))
        header = HEADER.format(d=d)
        run([str(bindir / "datamodel-codegen"), "--input", str(spec), "--output", str(models / f"{d}.py"),
             "--custom-file-header", header, *MODEL_FLAGS])
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "config.yaml"
            config.write_text((ROOT / "scripts" / "client-config.yaml").read_text()
                              + f"package_name_override: jobgate_{d}_client\n"
                              + f"project_name_override: jobgate-{d}-client\n")
            target = out / "clients" / d
            run([str(bindir / "openapi-python-client"), "generate", "--path", str(spec), "--config", str(config),
                 "--meta", "uv", "--custom-template-path", str(TEMPLATES), "--output-path", str(target),
                 "--overwrite"], cwd=Path(tmp))
            (target / ".gitignore").unlink(missing_ok=True)
            package = target / f"jobgate_{d}_client"
            for py in sorted(package.rglob("*.py")):
                py.write_text(f"{header}\n{py.read_text()}")
            (package / "py.typed").write_text("")


IGNORED = ("__pycache__", ".ruff_cache", "build")  # plus *.egg-info: what pip install -e leaves in a client's folder


def ignored(name: str) -> bool:
    return name in IGNORED or name.endswith(".egg-info")


def diff(a: Path, b: Path) -> list[str]:
    """Paths that differ between two trees (ignoring caches and build artefacts)."""
    problems: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in cmp.left_only + cmp.right_only:
            if not ignored(name):
                problems.append(prefix + name)
        for name in cmp.diff_files:
            problems.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            if not ignored(name):
                walk(sub, f"{prefix}{name}/")

    cmp = filecmp.dircmp(a, b)
    walk(cmp, "generated/")
    # dircmp compares shallowly (size + mtime); confirm candidates and catch same-size edits byte by byte.
    for path in sorted(a.rglob("*")):
        rel = path.relative_to(a)
        other = b / rel
        if path.is_file() and other.is_file() and not any(ignored(part) for part in rel.parts):
            if path.read_bytes() != other.read_bytes() and f"generated/{rel}" not in problems:
                problems.append(f"generated/{rel}")
    return sorted(set(problems))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        generate(fresh)
        target = ROOT / "generated"
        if args.check:
            problems = diff(fresh, target) if target.exists() else ["generated/ is missing"]
            if problems:
                print("generated/ is out of date with openapi/ (run scripts/generate):", *problems, sep="\n  ")
                return 1
            print("generated/ matches openapi/")
            return 0
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target, ignore=lambda _dir, names: [n for n in names if ignored(n)])
        print("generated/ written from openapi/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
