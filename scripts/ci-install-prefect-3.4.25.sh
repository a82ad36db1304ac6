#!/usr/bin/env bash
# A Prefect 3.4.25 server in its own virtualenv, for the version-skew tests and the
# drift run against an older live server (.ci/run).  Made once; later runs reuse it.
#   scripts/ci-install-prefect-3.4.25.sh [VENV_DIR]   (default .venv-prefect-3.4.25)
# 3.4.25 runs only on fastapi<0.120 (0.150 fails at request time) and needs
# importlib_metadata, which it does not declare.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${1:-.venv-prefect-3.4.25}
PY=${PYTHON:-python3}
stamp="$VENV/.installed-prefect-3.4.25"
if [ -e "$stamp" ]; then
    exit 0
fi
echo "ci: installing prefect 3.4.25 into $VENV (once) ..." >&2
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet "prefect==3.4.25" "fastapi<0.120" importlib_metadata 2>&1 \
    | { grep -v "^WARNING: Location" || true; } >&2
"$VENV/bin/prefect" version >/dev/null
touch "$stamp"
