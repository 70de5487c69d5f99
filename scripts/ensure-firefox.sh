#!/usr/bin/env bash
# The Firefox e2e subset drives a system Firefox (never a downloaded one), in English and in
# Japanese (the add-on speaks the browser's language, so Japanese needs Firefox's language pack).
# On a fresh Debian machine run as root (CI, containers) install what is missing; elsewhere say
# exactly what is missing.
set -euo pipefail

can_install() { [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; }
install() {
  echo "Installing Debian's $*."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$@" >/dev/null
}
has_japanese_pack() { compgen -G '/usr/lib/firefox*/browser/extensions/langpack-ja@*.xpi' >/dev/null; }

if [ -n "${FIREFOX_PATH:-}" ]; then
  [ -x "$FIREFOX_PATH" ] && exit 0
  echo "FIREFOX_PATH=$FIREFOX_PATH is not an executable browser." >&2
  exit 1
fi
if [ ! -x /usr/bin/firefox-esr ] && [ ! -x /usr/bin/firefox ]; then
  if ! can_install; then
    echo "No Firefox found. Install it (Debian/Ubuntu: sudo apt-get install firefox-esr firefox-esr-l10n-ja) or set FIREFOX_PATH." >&2
    exit 1
  fi
  install firefox-esr firefox-esr-l10n-ja
fi
if ! has_japanese_pack; then
  if can_install && [ -x /usr/bin/firefox-esr ]; then
    install firefox-esr-l10n-ja
  else
    echo "Firefox has no Japanese language pack: the Japanese Firefox tests will fail (Debian: sudo apt-get install firefox-esr-l10n-ja)." >&2
  fi
fi
