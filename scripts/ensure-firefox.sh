#!/usr/bin/env bash
# The Firefox e2e subset drives a system Firefox (never a downloaded one). On a fresh Debian machine
# run as root (CI, containers) install firefox-esr; elsewhere say exactly what is missing.
set -euo pipefail
if [ -n "${FIREFOX_PATH:-}" ]; then
  [ -x "$FIREFOX_PATH" ] && exit 0
  echo "FIREFOX_PATH=$FIREFOX_PATH is not an executable browser." >&2
  exit 1
fi
for candidate in /usr/bin/firefox-esr /usr/bin/firefox; do
  [ -x "$candidate" ] && exit 0
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Firefox found: installing Debian's firefox-esr."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq firefox-esr >/dev/null
  exit 0
fi
echo "No Firefox found. Install it (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH." >&2
exit 1
