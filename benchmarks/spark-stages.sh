#!/usr/bin/env bash
# Where the Spark job's time goes, stage by stage, from Spark's own event log.
#   THIDUA_ANALYTICS_JAVAOPTIONS="-Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file:/tmp/events -Dspark.eventLog.compress=false" \
#     benchmarks/analytics.sh DIR 1          (or ./thidua analyze with the same variable)
#   benchmarks/spark-stages.sh /tmp/events/local-*
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
exec java -cp "$here/benchmarks/target/thidua-benchmarks.jar:$here/benchmarks/target/lib/*" vn.thidua.benchmarks.SparkStages "$@"
