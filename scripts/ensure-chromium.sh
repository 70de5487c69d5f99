#!/usr/bin/env bash
# The e2e suite drives a system Chromium (never a downloaded one). On a fresh Debian machine run as
# root (CI, containers) install it; elsewhere say exactly what is missing.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ]; then
  [ -x "$CHROME_PATH" ] && exit 0
  echo "CHROME_PATH=$CHROME_PATH is not an executable browser." >&2
  exit 1
fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  [ -x "$candidate" ] && exit 0
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium (and CJK fonts for Japanese screenshots)."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH." >&2
exit 1
