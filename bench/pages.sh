#!/usr/bin/env bash
# Page speed against a static file served by the same server, on a demo network of ORGS
# organizations (default 100000), seeded into a fresh data directory. Prints the seeding time and,
# for each page, median and p95 latency under CONCURRENCY connections, as a ratio to the baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
orgs=${ORGS:-100000}
concurrency=${CONCURRENCY:-32}
requests=${REQUESTS:-4000}
port=${PORT:-18080}
data=$(mktemp -d /tmp/harambee-bench.XXXXXX)
[ -f target/harambee.jar ] || mvn -B -q package -DskipTests
HARAMBEE_DATA_DIR="$data" SERVER_PORT=$port HARAMBEE_DEMO_ORGANIZATIONS=$orgs \
  java -Xmx2g -jar target/harambee.jar > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do
  grep -q "Demo network seeded" "$data/app.log" && break
  sleep 1
done
grep -o "Demo network seeded.*" "$data/app.log"
slug=$(curl -s "http://localhost:$port/organizations" | grep -o 'href="/organizations/[a-z0-9-]*"' | head -1 | sed 's/.*organizations\/\(.*\)"/\1/')
bench/java.sh LoadDriver.java "$concurrency" "$requests" \
  "http://localhost:$port/css/harambee.css" \
  "http://localhost:$port/" \
  "http://localhost:$port/organizations" \
  "http://localhost:$port/organizations?page=40" \
  "http://localhost:$port/organizations/$slug"
echo "heap after load: $(jcmd $app GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1)"
