#!/usr/bin/env bash
# Runs one benchmark (ingest | analytics) from the benchmarks module's build, building it when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$here/benchmarks/target"
if [ ! -f "$target/thidua-benchmarks.jar" ] || [ ! -d "$target/lib" ] \
   || [ -n "$(find "$here"/*/src/main "$here"/*/pom.xml -newer "$target/thidua-benchmarks.jar" -type f -print -quit)" ]; then
  (cd "$here" && ./mvnw -q -B -DskipTests -Dthidua.skipSystemPackages=true package) >&2
fi
java_bin="java"; [ -n "${JAVA_HOME:-}" ] && java_bin="$JAVA_HOME/bin/java"
exec "$java_bin" ${THIDUA_JAVA_OPTS:--Xmx1g} -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
  -Dthidua.analytics.home="$here/analytics/target" -cp "$target/thidua-benchmarks.jar:$target/lib/*" \
  vn.thidua.benchmarks.BenchmarkCli "$@"
