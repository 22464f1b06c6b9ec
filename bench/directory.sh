#!/usr/bin/env bash
# Directory search speed on a demo network of ORGS organizations (default 100000), seeded into a fresh data
# directory, with the heap capped at HEAP (default 1g). The baseline is a static file of the same size as the
# directory page, served by the same application in the same run. Prints median, p95, requests per second and
# their ratios to the baseline, one request at a time (server time) and under CONCURRENCY connections, for: the
# directory with text and three facets (two queries), the same through the JSON API, the map, and the whole
# directory (nothing chosen: its counts are kept a few seconds); then the heap.
set -euo pipefail
cd "$(dirname "$0")/.."
orgs=${ORGS:-100000}
concurrency=${CONCURRENCY:-32}
requests=${REQUESTS:-4000}
heap=${HEAP:-1g}
port=${PORT:-18081}
data=$(mktemp -d /tmp/harambee-bench.XXXXXX)
[ -f target/harambee.jar ] || mvn -B -q package -DskipTests
mkdir -p "$data/static/img"
HARAMBEE_DATA_DIR="$data" SERVER_PORT=$port HARAMBEE_DEMO_ORGANIZATIONS=$orgs \
  HARAMBEE_API_RATE_PER_MINUTE_ANONYMOUS=100000000 \
  java -Xmx"$heap" -jar target/harambee.jar \
  --spring.web.resources.static-locations=classpath:/static/,file:"$data"/static/ > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 900); do
  grep -q "Demo network seeded" "$data/app.log" && break
  sleep 1
done
grep -o "Demo network seeded.*" "$data/app.log"
base="http://localhost:$port"
search="q=rights&issue=housing&language=es&grassroots=true"
curl -s -o "$data/static/img/directory-copy.html" "$base/directory?$search"
echo "directory page: $(wc -c < "$data/static/img/directory-copy.html") bytes, $(grep -o 'class="results-count"[^>]*>[^<]*' "$data/static/img/directory-copy.html" | cut -d'>' -f2)"
urls=("$base/img/directory-copy.html" \
  "$base/directory?$search" \
  "$base/directory?q=tenants&state=TX&type=GRASSROOTS&right=25" \
  "$base/api/v1/organizations?$search" \
  "$base/directory/map?issue=housing&founding=true&language=es" \
  "$base/directory")
bench/java.sh LoadDriver.java 2 1000 "${urls[@]}" > /dev/null  # warms the compiler: it is busy for a minute after seeding
echo "one request at a time (server time, no queueing):"
bench/java.sh LoadDriver.java 1 300 "${urls[@]}"
echo "$concurrency connections:"
bench/java.sh LoadDriver.java "$concurrency" "$requests" "${urls[@]}"
echo "heap after load: $(jcmd $app GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1) of $heap"
