#!/bin/sh
# System packages the test suite needs beyond Python: Debian's chromium (browser tests) and
# redis-server. Idempotent: installs only what is missing, and only when running as root with
# apt-get; otherwise it says what is missing and leaves the machine alone.
set -eu

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"

if [ -z "$missing" ]; then
    echo "system-deps: chromium and redis-server present"
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: missing:$missing (install them as root with apt-get)" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086 # one word per package
apt-get install -y -q --no-install-recommends $missing
echo "system-deps: installed$missing"
