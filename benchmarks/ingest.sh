#!/usr/bin/env bash
# Ingest benchmark: loads one phase of the national-scale generated set (~130,000 grassroots unions)
# with a 512 MB heap and prints, in the same run, the equal-work anchor — psql \copy of the rows it stored
# into copies of unit_submission (jsonb) and initiative (key) — and the floor, psql \copy of the CSV text
# into a plain text table, with the ratios.
#   benchmarks/ingest.sh [DATA_DIR]      (generated there first when missing; default /tmp/thidua-national)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-/tmp/thidua-national}"
work="$(mktemp -d /tmp/thidua-bench-XXXX)"
command -v psql >/dev/null 2>&1 || { echo "cài postgresql-client (psql) cho đường cơ sở COPY"; apt-get install -y -qq postgresql-client >/dev/null; }
[ -d "$data/inbox" ] || "$here/thidua" generate --scale national --out "$data"
THIDUA_JAVA_OPTS="-Xmx512m" "$here/benchmarks/run.sh" ingest --data "$data" --workdir "$work" --year 2024 --phase 1 2>&1 \
  | grep -v -E "^[0-9]{4}-[0-9]{2}-[0-9]{2}T"
rm -rf "$work"
