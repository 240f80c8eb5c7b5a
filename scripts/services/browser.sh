#!/usr/bin/env bash
# Makes headless Chromium and the Chinese fonts available for the browser checks (tests/browser):
# Debian's `chromium` and `fonts-noto-cjk`, installed with apt-get when missing. Playwright drives
# that binary (CHROMIUM_PATH, default /usr/bin/chromium); nothing is downloaded by Playwright. Idempotent.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian packages…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
fi
echo "Chromium ready: $(command -v chromium)"
