#!/usr/bin/env bash
# Makes sure Debian's Chromium and its driver are installed for the back-office browser tests
# (headless). Installs them when absent (needs root, as on CI).
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
echo "test-browser: installing Debian's chromium and chromium-driver"
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
