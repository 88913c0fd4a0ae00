#!/usr/bin/env bash
# Installs the few system packages thidua needs beyond a JDK, when they are missing:
#   fontconfig + fonts-dejavu-core  Java2D needs fontconfig and one system font before it will use the bundled font
#   util-linux (unshare)             the embedded PostgreSQL runs initdb/pg_ctl in a user namespace when started as root
#   chromium (THIDUA_WITH_TEST_TOOLS=1, set by the Maven build)  the dashboard test opens the pages in a real browser
# Used by ./thidua on first run and by .ci/run. Needs root (or sudo) only when something is missing.
set -euo pipefail

missing=()
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
ls /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
command -v unshare >/dev/null 2>&1 || missing+=(util-linux)
# the tests also open the dashboard in a real headless browser
if [ "${THIDUA_WITH_TEST_TOOLS:-0}" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

echo "thidua: cài gói hệ thống còn thiếu (installing missing system packages): ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "thidua: cần quyền root để cài ${missing[*]} (apt-get install ${missing[*]})" >&2; exit 1
fi
if command -v apt-get >/dev/null 2>&1; then
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "thidua: không có apt-get; hãy tự cài: ${missing[*]}" >&2; exit 1
fi
