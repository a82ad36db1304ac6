# Sourced by the scripts/ci-install-*.sh scripts: `apt_setup NAME HINT` checks that
# apt-get exists (else prints HINT and exits 1) and that we are root or have sudo,
# then sets the arrays `sudo` (empty or `sudo`) and `apt` (a quiet, non-interactive
# apt-get: "${apt[@]}" install PACKAGE).
apt_setup() {
    local name=$1 hint=$2
    if ! command -v apt-get >/dev/null; then
        echo "$name: no apt-get here; $hint" >&2
        exit 1
    fi
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "$name: need root or sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0)
}
