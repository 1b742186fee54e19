#!/usr/bin/env bash
# Makes sure the programs the back-office tests look through are installed: Debian's Chromium and
# its driver for the browser tests (headless), and pdftoppm (poppler-utils), with which the licence
# test renders the PDF to read its QR code back. Installs what is absent (needs root, as on CI).
set -euo pipefail
missing=()
command -v chromium >/dev/null && command -v chromedriver >/dev/null || missing+=(chromium chromium-driver)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
echo "test-browser: installing ${missing[*]}"
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
