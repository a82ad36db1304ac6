#!/usr/bin/env bash
# Install the PostgreSQL server binaries the load tests start (tests/pg.py), if missing.
#
# Idempotent: does nothing when /usr/lib/postgresql/<version>/bin/initdb exists.
# Otherwise installs the Debian package `postgresql` with apt-get (as root, or via
# sudo), without letting the package create and start its own `main` cluster: the
# tests start a private server on a free loopback port and stop it again.
set -euo pipefail

have_initdb() {
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

if have_initdb; then
    echo "ci-install-postgres: already installed: $(compgen -G '/usr/lib/postgresql/*/bin/initdb' | tr '\n' ' ')"
    exit 0
fi

source "$(dirname "$0")/apt-setup.sh"
apt_setup ci-install-postgres "install PostgreSQL server binaries (initdb, pg_ctl, createdb) and set PREFECT_REST_PG_BIN to their directory"

"${sudo[@]}" apt-get update -q
# postgresql-common first, so its createcluster.conf can say: no `main` cluster.
"${apt[@]}" install --no-install-recommends postgresql-common
conf=/etc/postgresql-common/createcluster.conf
if [ -f "$conf" ]; then
    "${sudo[@]}" sed -i -E 's/^#?[[:space:]]*create_main_cluster[[:space:]]*=.*/create_main_cluster = false/' "$conf"
fi
"${apt[@]}" install --no-install-recommends postgresql

if ! have_initdb; then
    echo "ci-install-postgres: installed, but no /usr/lib/postgresql/*/bin/initdb" >&2
    exit 1
fi
echo "ci-install-postgres: installed: $(compgen -G '/usr/lib/postgresql/*/bin/initdb' | tr '\n' ' ')"
