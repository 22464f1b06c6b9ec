#!/usr/bin/env bash
# UN recommendations tracker: import and search speed on the UPR file UPR_FILE (default the 30,257 recommendations
# of sessions 1 to 16), on the embedded default (H2 and the Lucene index in a fresh data directory), with the heap
# capped at HEAP (default 1g). First the command-line import (import-upr): its wall time, the start-up cost (JVM,
# Spring, migrations: the same command on the file's header and first row, in another fresh directory), the import
# itself (the difference) and its rows per second; then the same file imported again (nothing changes). Then the
# application on that directory, the recommendation index's size on disk, and, for two searches over every state
# (state=) with words and two facets, one at a time and under CONCURRENCY threads or connections: median, p95 and
# throughput of the raw Lucene query on the index (RecommendationIndexQuery.java: the page's query, top 20 and
# facet counts, nothing else), of the page and of the JSON API (LoadDriver.java), the p95 ratio of each to the raw
# index query, and the hits of all three; then the heap. DATA=dir PORT=port reuses an instance imported there.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${UPR_FILE:-data/upr/upr-recommendations-sessions-01-16.csv.gz}
concurrency=${CONCURRENCY:-32}
requests=${REQUESTS:-3000}
heap=${HEAP:-1g}
port=${PORT:-18084}
tmp=$(mktemp -d /tmp/harambee-bench.XXXXXX)
data=${DATA:-$tmp/data}

timed_import() {  # DATA_DIR FILE LOG: the command-line import on a data directory; prints its wall seconds
  local t0 t1
  t0=$(date +%s.%N)
  HARAMBEE_DATA_DIR="$1" HARAMBEE_DEMO=false timeout 900 java -Xmx"$heap" -jar target/harambee.jar import-upr "$2" \
    > "$3" 2>&1 || { echo "import-upr of $2 failed (exit $?):" >&2; tail -20 "$3" >&2; return 1; }
  t1=$(date +%s.%N)
  grep -q "Imported recommendations" "$3" || { echo "import-upr printed no summary:" >&2; tail -20 "$3" >&2; return 1; }
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
}
summary() { grep -o "Imported recommendations:.*" "$1" | tail -1; }
rows() {  # new + updated + unchanged of an import's summary
  summary "$1" | grep -o '[0-9]* \(new\|updated\|unchanged\)' | awk '{ n += $1 } END { print n + 0 }'
}

if [ -n "${DATA:-}" ]; then
  app=$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
  trap 'rm -rf "$tmp"' EXIT
else
  [ -f target/harambee.jar ] || mvn -B -q package -DskipTests
  [ -f "$file" ] || { echo "no UPR file at $file (set UPR_FILE)" >&2; exit 1; }
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$data" "$tmp/tiny"
  { gzip -cdf "$file" | head -2 > "$tmp/tiny.csv"; } || true  # the header and first row (gzip -f passes a CSV through)
  full=$(timed_import "$data" "$file" "$tmp/import.log")
  startup=$(timed_import "$tmp/tiny" "$tmp/tiny.csv" "$tmp/tiny.log")
  again=$(timed_import "$data" "$file" "$tmp/again.log")
  n=$(rows "$tmp/import.log")
  echo "import of $(basename "$file") on the embedded default (fresh H2 and index), heap $heap:"
  echo "  $(summary "$tmp/import.log")"
  awk -v full="$full" -v s="$startup" -v n="$n" 'BEGIN {
    printf "  whole command %.1f s; start-up (JVM, Spring, migrations: a 1-row file) %.1f s;", full, s
    printf " the import itself %.1f s, %.0f rows/s (whole command: %.0f rows/s)\n", full - s,
      (full > s ? n / (full - s) : 0), n / full }'
  echo "re-import of the same file:"
  echo "  $(summary "$tmp/again.log")"
  awk -v t="$again" -v s="$startup" 'BEGIN { printf "  whole command %.1f s, %.1f s beyond start-up\n", t, t - s }'
  rm -rf "$tmp/tiny"
  HARAMBEE_DATA_DIR="$data" HARAMBEE_DEMO=false SERVER_PORT=$port HARAMBEE_API_RATE_PER_MINUTE_ANONYMOUS=100000000 \
    java -Xmx"$heap" -jar target/harambee.jar > "$tmp/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$tmp"' EXIT
fi
base="http://localhost:$port"
for i in $(seq 1 300); do
  [ "$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$base/un/recommendations")" = 200 ] && break
  if [ "$i" = 300 ] || { [ -n "$app" ] && ! kill -0 "$app" 2>/dev/null; }; then
    echo "no answer from $base/un/recommendations" >&2
    [ -f "$tmp/app.log" ] && tail -20 "$tmp/app.log" >&2
    exit 1
  fi
  sleep 1
done
index=$data/index/recommendation
echo "recommendation index: $(du -sh "$index" | cut -f1) on disk"
jar=$PWD/target/harambee.jar
(cd "$tmp" && jar xf "$jar" $(jar tf "$jar" | grep '^BOOT-INF/lib/lucene-'))
jars=$(ls "$tmp"/BOOT-INF/lib/*.jar | tr '\n' :)
# Over every state (state= empty; without it the page keeps to the network's country), words and two facets.
searches=("state=&q=women+violence&region=WEOG&response=ACCEPTED" "state=&q=torture&issue=Detention&cycle=1")
urls=()
: > "$tmp/totals"
for s in "${searches[@]}"; do
  curl -s --max-time 30 -o "$tmp/body" -w '%{http_code}' "$base/un/recommendations?$s" | grep -q '^200$' \
    || { echo "the page answers $base/un/recommendations?$s with an error" >&2; exit 1; }
  urls+=("$base/un/recommendations?$s")
  total=$(grep -o 'class="results-count"[^>]*>[^<]*' "$tmp/body" | head -1 | tr -dc '0-9' || true)
  echo "${total:-0}" >> "$tmp/totals"
done
api=yes
for s in "${searches[@]}"; do
  [ "$(curl -s --max-time 30 -o "$tmp/body" -w '%{http_code}' "$base/api/v1/recommendations?$s")" = 200 ] || api=
done
if [ -n "$api" ]; then
  n=0
  for s in "${searches[@]}"; do
    n=$((n + 1))
    curl -s --max-time 30 -o "$tmp/body" "$base/api/v1/recommendations?$s"
    urls+=("$base/api/v1/recommendations?$s")
    total=$(grep -o '"total":[0-9]*' "$tmp/body" | tail -1 | tr -dc '0-9' || true)
    echo "${total:-0}" >> "$tmp/totals"
    grep -o '"id":[0-9]*' "$tmp/body" | head -20 | tr -dc '0-9\n' | paste -sd' ' > "$tmp/ids.$n" || true
  done
else
  echo "(no JSON API at $base/api/v1/recommendations: the pages alone)"
fi
compare_ids() {  # the API's first page against the raw index query's top 20, when the API's items carry "id"
  local n=0 raw
  for s in "${searches[@]}"; do
    n=$((n + 1))
    [ -s "$tmp/ids.$n" ] || continue
    raw=$(grep -F "top 20 of $s: " "$tmp/raw" | sed 's/^[^:]*: //')
    if [ "$raw" = "$(cat "$tmp/ids.$n")" ]; then
      echo "top 20 of $s: the API's ids and order are the raw index query's"
    else
      echo "top 20 of $s: DIFFERENT: API $(cat "$tmp/ids.$n"), raw index $raw"
    fi
  done
}
bench() {  # CONCURRENCY REQUESTS: the raw index query, the page and API, then per address the ratio and the hits
  bench/java.sh -cp "$jars" RecommendationIndexQuery.java "$index" "$1" "$2" "${searches[@]}" | tee "$tmp/raw"
  bench/java.sh LoadDriver.java "$1" "$2" "${urls[@]}" | tee "$tmp/http"
  awk -v n=${#searches[@]} '
    FILENAME == ARGV[1] && NF == 5 && $1 ~ /=/ { r++; rm[r] = $2; rp[r] = $3; rq[r] = $4; rh[r] = $5 }
    FILENAME == ARGV[2] && $1 ~ /^http/ { h++; u[h] = $1; hm[h] = $2; hp[h] = $3; hq[h] = $4; hf[h] = $7 }
    FILENAME == ARGV[3] { t++; total[t] = $1 }
    END {
      for (i = 1; i <= h; i++) {
        s = (i - 1) % n + 1
        what = u[i] ~ /\/api\// ? "API" : "page"
        printf "%-4s %s\n  raw index %.2f / %.2f ms, %.0f/s   %s %.2f / %.2f ms, %.0f/s   p95 %s / raw index %.1f" \
          "   hits: %s %s, index %s%s%s\n", what, u[i], rm[s], rp[s], rq[s], what, hm[i], hp[i], hq[i], what,
          (rp[s] > 0 ? hp[i] / rp[s] : 0), what, total[i], rh[s], (total[i] == rh[s] ? "" : " MISMATCH"),
          (hf[i] > 0 ? "   FAILURES " hf[i] : "")
      }
    }' "$tmp/raw" "$tmp/http" "$tmp/totals"
}
bench/java.sh LoadDriver.java 2 1000 "${urls[@]}" > /dev/null  # warms the server's search as the raw query does its own
echo "one at a time (no queueing):"
bench 1 300
compare_ids
echo "$concurrency threads / connections:"
bench "$concurrency" "$requests"
echo "heap after load: $(jcmd $app GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1) of $heap"
