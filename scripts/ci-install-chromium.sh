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

source "$(dirname "$0")/apt-setup.sh"
apt_setup ci-install-chromium "install chromium and set PREFECT_REST_CHROMIUM to its path"
"${sudo[@]}" apt-get update -q >/dev/null
"${apt[@]}" install --no-install-recommends chromium >/dev/null
echo "ci-install-chromium: installed $(command -v chromium)"
