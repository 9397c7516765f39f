#!/bin/sh
# Installs the Debian packages listed in installer/debian-packages.txt that are missing.
# Quiet and quick when everything is present; needs root (or sudo) only when something is missing.
set -eu
here=$(dirname "$0")
list=${1:-"$here/debian-packages.txt"}
command -v dpkg-query >/dev/null 2>&1 || { echo "install-debian-deps: not a Debian system, skipping" >&2; exit 0; }
missing=""
for pkg in $(grep -v '^\s*#' "$list" | grep -v '^\s*$'); do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *" installed") ;;
        *) missing="$missing $pkg" ;;
    esac
done
[ -z "$missing" ] && exit 0
echo "install-debian-deps: installing:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "install-debian-deps: run as root to install:$missing" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
