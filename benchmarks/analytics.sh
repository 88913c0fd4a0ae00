#!/usr/bin/env bash
# Analytics benchmark: the Spark job beside PostgreSQL SQL and DuckDB computing the same indicators from
# the same data, at national scale (generated on demand; ~130,000 grassroots unions, 2023 and 2024).
#   benchmarks/analytics.sh [DATA_DIR]      (default /tmp/thidua-national; generated there when missing)
# Driver heap 2 GB (THIDUA_ANALYTICS_DRIVER_MEMORY), local[2]. Prints seconds and rows side by side.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-/tmp/thidua-national}"
work="$(mktemp -d /tmp/thidua-bench-XXXX)"
trap 'rm -rf "$work"' EXIT
[ -d "$data/inbox" ] || "$here/thidua" generate --scale national --out "$data"
"$here/benchmarks/run.sh" analytics --data "$data" --workdir "$work" --year 2024 2>&1 \
  | grep -v -E "^[0-9]{4}-[0-9]{2}-[0-9]{2}T|^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]+ WARN|incubator"
java -cp "$here/benchmarks/target/thidua-benchmarks.jar:$here/benchmarks/target/lib/*" \
  vn.thidua.benchmarks.DuckDbIndicators "$work/benchmark/duckdb.sql"
