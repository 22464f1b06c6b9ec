#!/usr/bin/env bash
# Start-up of the jar on the embedded default: time from `java -jar` to the first page (GET / answers 200) and to
# readiness (/actuator/health/readiness answers 200: the first start's demo seeding is done), for a cold data
# directory (first start: schema, demo network, indexes) and a warm one (a restart), median of RUNS (default 5)
# each. The baseline is `java -version` in the same run; every figure is also printed as a ratio to it. Measured
# for the plain jar (the README's first command) and for bin/fast-start (unpacked jar, class-data-sharing archive,
# quick compiler only); VARIANTS="fast" measures one of them.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
port=${PORT:-18083}
[ -f target/harambee.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d /tmp/harambee-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR+1)/2; print (NR%2 ? a[int(m)] : (a[NR/2]+a[NR/2+1])/2)}'; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

baseline=()
for _ in $(seq 1 "$runs"); do t0=$(now); java -version 2>/dev/null; baseline+=($(ms "$t0" "$(now)")); done
base=$(printf '%s\n' "${baseline[@]}" | median)
echo "baseline: java -version, median of $runs: ${base} ms"

# One start of the command given: prints "<ms to first page> <ms to readiness>", then stops the application.
start() {
  local data=$1; shift
  local t0 first="" ready="" app
  t0=$(now)
  HARAMBEE_DATA_DIR="$data" SERVER_PORT=$port "$@" > "$data.log" 2>&1 &
  app=$!
  for _ in $(seq 1 3000); do
    if [ -z "$first" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ]; then
      first=$(ms "$t0" "$(now)")
    fi
    if [ -n "$first" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; then
      ready=$(ms "$t0" "$(now)")
      break
    fi
    sleep 0.05
  done
  pkill -P "$app" 2>/dev/null || true; kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true
  echo "${first:-none} ${ready:-none}"
}

measure() {
  local label=$1; shift
  local cold_first=() cold_ready=() warm_first=() warm_ready=()
  for i in $(seq 1 "$runs"); do
    local data="$work/data-$label-$i"
    read -r f r < <(start "$data" "$@"); cold_first+=("$f"); cold_ready+=("$r")
    read -r f r < <(start "$data" "$@"); warm_first+=("$f"); warm_ready+=("$r")
    rm -rf "$data" "$data.log"
  done
  for kind in cold_first cold_ready warm_first warm_ready; do
    local -n values=$kind
    local m; m=$(printf '%s\n' "${values[@]}" | median)
    printf '%-10s %-11s median %6s ms  (%s x java -version)  runs: %s\n' "$label" "$kind" "$m" \
      "$(awk -v a="$m" -v b="$base" 'BEGIN {printf "%.1f", a / b}')" "${values[*]}"
  done
}

variants=${VARIANTS:-plain fast}
if [[ " $variants " == *" plain "* ]]; then measure plain java -jar target/harambee.jar; fi
if [[ " $variants " == *" fast "* ]]; then bin/fast-start --prepare; measure fast bin/fast-start; fi
