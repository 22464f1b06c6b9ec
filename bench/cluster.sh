#!/usr/bin/env bash
# Search in the cluster shape (docs/operations.md): two OpenSearch nodes (cluster/opensearch-node), Harambee nodes
# from the packaged jar on the PostgreSQL database DATABASE (a JDBC URL of an empty database, e.g.
# jdbc:postgresql://127.0.0.1:5432/harambee_bench, for DB_USER / DB_PASSWORD) seeded with a demo network of ORGS
# organizations and RESOURCES library resources (defaults 20000 each), and haproxy in front. Directory search and
# library search through the balancer with one node and then with two, each against a static file through the same
# balancer in the same run (bench/LoadDriver.java: CONCURRENCY connections, REQUESTS requests); then the indexing lag
# from a write on one node to a hit on the other, under WRITERS threads writing through the balancer
# (bench/ClusterLag.java). Needs java, curl, haproxy; builds the jar and the OpenSearch launcher if needed.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE:?DATABASE=jdbc:postgresql://host:port/empty_database}"
orgs=${ORGS:-20000}
resources=${RESOURCES:-20000}
concurrency=${CONCURRENCY:-32}
requests=${REQUESTS:-2000}
writers=${WRITERS:-4}
tmp=$(mktemp -d /tmp/harambee-cluster-bench.XXXXXX)
pids=()
logs=target/cluster-bench  # the nodes' and search nodes' logs of the last run are kept here
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
  rm -rf "$logs"; mkdir -p "$logs"; cp "$tmp"/*.log "$logs"/ 2>/dev/null || true; rm -rf "$tmp"' EXIT
[ -f target/harambee.jar ] || mvn -B -q package -DskipTests
[ -d cluster/opensearch-node/target/lib ] || mvn -B -q -f cluster/opensearch-node/pom.xml package
cp=cluster/opensearch-node/target/classes:cluster/opensearch-node/target/lib/*
for i in 0 1; do
  java -Xms512m -Xmx512m -cp "$cp" org.harambee.opensearch.OpenSearchNode --name "s$i" --cluster harambee-bench \
    --http $((19200 + i)) --transport $((19300 + i)) --home "$tmp/search-$i" \
    --seeds 127.0.0.1:19300,127.0.0.1:19301 --managers s0,s1 > "$tmp/search-$i.log" 2>&1 &
  pids+=($!)
done
until curl -sf "http://127.0.0.1:19200/_cluster/health?wait_for_nodes=2&timeout=1s" > /dev/null; do sleep 1; done
node() {  # node NUMBER: starts a Harambee node on port 1808NUMBER
  SPRING_PROFILES_ACTIVE=postgres,cluster SPRING_DATASOURCE_URL="$DATABASE" SPRING_DATASOURCE_USERNAME="${DB_USER:-harambee}" \
    SPRING_DATASOURCE_PASSWORD="${DB_PASSWORD:-harambee}" HARAMBEE_SEARCH_URIS=http://127.0.0.1:19200,http://127.0.0.1:19201 \
    HARAMBEE_DEMO_ENABLED=true HARAMBEE_DEMO_ORGANIZATIONS=$orgs HARAMBEE_DEMO_RESOURCES=$resources \
    HARAMBEE_SECRET_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= HARAMBEE_DATA_DIR="$tmp/node-$1" SERVER_PORT=1808$1 \
    java -Xmx1g -jar target/harambee.jar > "$tmp/node-$1.log" 2>&1 &
  pids+=($!)
  until curl -sf "http://127.0.0.1:1808$1/actuator/health/readiness" > /dev/null; do sleep 1; done
}
balancer() {  # balancer SERVERS...: (re)starts haproxy on port 18090 in front of the given node numbers
  { printf 'defaults\n  mode http\n  timeout connect 2s\n  timeout client 60s\n  timeout server 60s\n  retries 3\n'
    printf '  option redispatch\nfrontend web\n  bind 127.0.0.1:18090\n  default_backend harambee\n'
    printf 'backend harambee\n  balance roundrobin\n  option httpchk GET /actuator/health/readiness\n'
    for n in "$@"; do printf '  server n%s 127.0.0.1:1808%s check inter 1s\n' "$n" "$n"; done; } > "$tmp/haproxy.cfg"
  [ -f "$tmp/haproxy.pid" ] && kill "$(cat "$tmp/haproxy.pid")" 2>/dev/null && sleep 1
  haproxy -D -p "$tmp/haproxy.pid" -f "$tmp/haproxy.cfg"
  until curl -sf http://127.0.0.1:18090/actuator/health/readiness > /dev/null; do sleep 0.2; done
}
echo "seeding $orgs organizations and $resources resources through node 0..."
start=$(date +%s)
node 0
indexed() { curl -s "http://127.0.0.1:19200/$1-read/_count" | grep -o '"count":[0-9]*' | cut -d: -f2; }
until [ "$(indexed organization)" -ge "$orgs" ] && [ "$(indexed resource)" -ge "$resources" ]; do sleep 2; done
echo "seeded and indexed in $(( $(date +%s) - start )) s: $(indexed organization) organizations, $(indexed resource) resources"
base=http://127.0.0.1:18090
urls=("$base/css/harambee.css" "$base/directory?q=rights&issue=housing&language=es"
  "$base/library?q=Memphis+city+council&issue=housing" "$base/library?q=audiencias+comunitarias")
balancer 0
echo "one node behind the balancer, $concurrency connections (the first line is the baseline):"
bench/java.sh LoadDriver.java "$concurrency" "$requests" "${urls[@]}"
node 1
balancer 0 1
echo "two nodes behind the balancer, $concurrency connections:"
bench/java.sh LoadDriver.java "$concurrency" "$requests" "${urls[@]}"
staff=$(grep -o 'DEMO ACCOUNT staff .*' "$tmp/node-0.log" | awk '{print $4, $5}')
key=$(grep -o 'DEMO AUTHENTICATOR staff .*' "$tmp/node-0.log" | awk '{print $NF}')
bench/java.sh ClusterLag.java "$base" http://127.0.0.1:18080 http://127.0.0.1:18081 $staff \
  "$(bench/java.sh TotpCode.java "$key")" "$writers" "${SAMPLES:-100}"
