#!/usr/bin/env bash
# Casting ballots under VOTERS concurrent voters (default 32), each of ELECTIONS questions (default 20) receiving
# its VOTERS ballots at once, against one row written in its own transaction from the same threads in the same run
# (bench/CastingBench.java: the application starts in the benchmark's process on a fresh embedded database in a
# temporary data directory, or on PostgreSQL when JDBC_URL, an empty database, JDBC_USER and JDBC_PASSWORD are set).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/harambee.jar ] || mvn -B -q package -DskipTests
tmp=$(mktemp -d /tmp/harambee-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && jar xf "$OLDPWD/target/harambee.jar")
if [ -n "${JDBC_URL:-}" ]; then
  export SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=$JDBC_URL SPRING_DATASOURCE_USERNAME=${JDBC_USER:-harambee} \
    SPRING_DATASOURCE_PASSWORD=${JDBC_PASSWORD:-}
fi
HARAMBEE_DATA_DIR="$tmp/data" bench/java.sh -cp "$tmp/BOOT-INF/classes:$(ls "$tmp"/BOOT-INF/lib/*.jar | tr '\n' :)" \
  CastingBench.java "${VOTERS:-32}" "${ELECTIONS:-20}"
