# Sourced by the scripts: create .venv if missing and (re)install jobgate, its typed clients and the dev tools when
# pyproject.toml, constraints.txt or a client's pyproject changed. Versions come from constraints.txt (scripts/lock).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv with $PY" >&2
  "$PY" -m venv .venv
fi
STAMP=.venv/.jobgate-installed
WANT="$(cat pyproject.toml constraints.txt generated/clients/*/pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  echo "bootstrap: installing jobgate, its clients and its dev tools into .venv" >&2
  pip_install() { .venv/bin/python -m pip install --quiet --disable-pip-version-check "$@"; }
  pip_install --upgrade pip
  clients=()
  for dir in generated/clients/*/; do clients+=(-e "$dir"); done
  pip_install -c constraints.txt -e ".[dev]" "${clients[@]}"
  echo "$WANT" > "$STAMP"
fi
export PATH="$ROOT/.venv/bin:$PATH"
