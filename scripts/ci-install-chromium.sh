#!/usr/bin/env bash
# Install Debian's chromium for the documentation site's browser test
# (tests/test_docs_site.py), if missing. Idempotent; needs root (or sudo) for apt-get.
set -euo pipefail

for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null; then
        echo "ci-install-chromium: already installed: $(command -v "$name")"
        exit 0
    fi
done

if ! command -v apt-get >/dev/null; then
    echo "ci-install-chromium: no apt-get here; install chromium and set" \
        "PREFECT_REST_CHROMIUM to its path" >&2
    exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "ci-install-chromium: need root or sudo" >&2; exit 1; }
    sudo=(sudo)
fi
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0)
"${apt[@]}" update >/dev/null
"${apt[@]}" install --no-install-recommends chromium >/dev/null
echo "ci-install-chromium: installed $(command -v chromium)"
