#!/usr/bin/env bash
# Analytics benchmark: the Spark job beside DuckDB and PostgreSQL computing the same published indicator_value
# (every indicator, level and phase, the year, previous-year values and changes: the same rows, checked by
# IndicatorAnchorsTest) from the same data, at national scale (generated on demand; ~130,000 grassroots unions,
# 2023 and 2024). Loads the data once, then measures RUNS times (default 3) and prints each run and the medians.
#   benchmarks/analytics.sh [DATA_DIR] [RUNS]   (default /tmp/thidua-national; generated there when missing)
#   benchmarks/analytics.sh sample-data 3       the provincial figures (the bundled sample)
#   benchmarks/analytics.sh sample-data 5 --warm-driver   Spark in the schedule's warm JVM (run 1 starts it; 2.. repeat)
# Driver heap 2 GB (THIDUA_ANALYTICS_DRIVER_MEMORY), local[2]. Spark's own stage metrics: THIDUA_ANALYTICS_JAVAOPTIONS=
#   "-Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file:/tmp/events -Dspark.eventLog.compress=false", then benchmarks/spark-stages.sh FILE.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-/tmp/thidua-national}"
runs="${2:-3}"
work="$(mktemp -d /tmp/thidua-bench-XXXX)"
trap 'rm -rf "$work"' EXIT
[ -d "$data/inbox" ] || "$here/thidua" generate --scale national --out "$data"
"$here/benchmarks/run.sh" analytics --data "$data" --workdir "$work" --year 2024 --runs "$runs" "${@:3}" 2>&1 \
  | grep -v -E "^[0-9]{4}-[0-9]{2}-[0-9]{2}T|^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]+ WARN|incubator"
