#!/usr/bin/env bash
# The STV count of a large election (BALLOTS distinct ballot lines, default 50000, of CANDIDATES candidates,
# default 30, for SEATS seats, default 9) against reading every ballot once for its first preference, in the same
# run (bench/StvCountBench.java, RUNS timings of each, default 30). The count's classes come from the application's
# jar; nothing else of it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/harambee.jar ] || mvn -B -q package -DskipTests
tmp=$(mktemp -d /tmp/harambee-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && jar xf "$OLDPWD/target/harambee.jar" BOOT-INF/classes/org/harambee/governance \
  $(jar tf "$OLDPWD/target/harambee.jar" | grep '^BOOT-INF/lib/spring-modulith-api'))
bench/java.sh -cp "$tmp/BOOT-INF/classes:$(ls "$tmp"/BOOT-INF/lib/*.jar | tr '\n' :)" StvCountBench.java \
  "${BALLOTS:-50000}" "${CANDIDATES:-30}" "${SEATS:-9}" "${RUNS:-30}"
