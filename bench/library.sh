#!/usr/bin/env bash
# Library search speed on a demo library of RESOURCES resources (default 100000) and the default demo network,
# seeded into a fresh data directory, with the heap capped at HEAP (default 1g). Prints the seeding line (its
# resources per second are the indexing throughput) and the resource index's size on disk; then, for two
# searches with words and two facets (English, Spanish), one at a time and under CONCURRENCY threads or
# connections: median, p95 and throughput of the raw Lucene query on the index (LibraryIndexQuery.java: the
# page's query, top 20 and facet counts, nothing else) and of the page (LoadDriver.java), the p95 ratio page /
# raw index query, and the hits of both; then the heap. DATA=dir PORT=port reuses an instance seeded there.
set -euo pipefail
cd "$(dirname "$0")/.."
resources=${RESOURCES:-100000}
concurrency=${CONCURRENCY:-32}
requests=${REQUESTS:-3000}
heap=${HEAP:-1g}
port=${PORT:-18083}
tmp=$(mktemp -d /tmp/harambee-bench.XXXXXX)
data=${DATA:-$tmp/data}
if [ -n "${DATA:-}" ]; then
  app=$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  trap 'rm -rf "$tmp"' EXIT
else
  [ -f target/harambee.jar ] || mvn -B -q package -DskipTests
  mkdir -p "$data"
  HARAMBEE_DATA_DIR="$data" SERVER_PORT=$port HARAMBEE_DEMO_RESOURCES=$resources \
    java -Xmx"$heap" -jar target/harambee.jar > "$data/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$tmp"' EXIT
fi
for _ in $(seq 1 1800); do  # ready: the demo library is seeded (first start) or the index check is done
  curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null && break
  kill -0 "$app" || { tail -20 "$data/app.log"; exit 1; }
  sleep 1
done
grep -o "Demo library seeded.*" "$data/app.log" || echo "the demo library was seeded by an earlier start"
index=$data/index/resource
echo "resource index: $(du -sh "$index" | cut -f1) on disk"
jar=$PWD/target/harambee.jar
(cd "$tmp" && jar xf "$jar" $(jar tf "$jar" | grep '^BOOT-INF/lib/lucene-'))
jars=$(ls "$tmp"/BOOT-INF/lib/*.jar | tr '\n' :)
base="http://localhost:$port"
searches=("q=Memphis+city+council&type=TOOLKIT&issue=housing" "q=audiencias+comunitarias&issue=housing&instrument=CEDAW")
pages=() raw=()
for s in "${searches[@]}"; do
  pages+=("$base/library?$s")
  raw+=("${s/issue=housing/issue=5}")  # the index holds issue areas by id: housing is the 5th of V1__taxonomy.sql
  total=$(curl -s "$base/library?$s" | grep -o 'class="results-count">[^<]*' | tr -dc '0-9')
  echo "${total:-0}" >> "$tmp/totals"
done
bench() {  # CONCURRENCY REQUESTS: the raw index query, the pages, then per search the p95 ratio and the hits
  bench/java.sh -cp "$jars" LibraryIndexQuery.java "$index" "$1" "$2" "${raw[@]}" | tee "$tmp/raw"
  bench/java.sh LoadDriver.java "$1" "$2" "${pages[@]}" | tee "$tmp/pages"
  paste -d' ' <(awk '$1 ~ /^q=/ {print $3, $5}' "$tmp/raw") <(awk '$1 ~ /^http/ {print $3, $1}' "$tmp/pages") \
    "$tmp/totals" | awk '{printf "p95 page / raw index query %6.1f   hits: page %s, index %s%s   %s\n",
      $3 / $1, $5, $2, ($5 == $2 ? "" : " MISMATCH"), $4}'
}
bench/java.sh LoadDriver.java 2 1000 "${pages[@]}" > /dev/null  # warms the server's search as LibraryIndexQuery does its own
echo "one at a time (no queueing):"
bench 1 300
echo "$concurrency threads / connections:"
bench "$concurrency" "$requests"
echo "heap after load: $(jcmd $app GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1) of $heap"
