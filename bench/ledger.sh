#!/usr/bin/env bash
# The ledger with LINES journal lines (default 1000000): the application starts on a fresh database with the demo
# network and its year of books, then LedgerQuery.java posts LINES more lines (two per entry) dated over the last ten
# years, straight into its tables (on PostgreSQL through the ledger's own guards). Then, for the last full year (about
# a tenth of the lines) and for the whole ledger, one at a time and under CONCURRENCY threads or connections:
# median, p95 and throughput of the raw SQL aggregate the trial balance is made of (LedgerQuery.java, by JDBC on the
# same database) and of the treasurer's trial balance page (LoadDriver.java, signed in), and for the year of the
# public account page (/transparency/YEAR: budget against actual, income by kind, dues by tier, named grants; read by
# the same treasurer, since a new installation shows it to members only); the p95 ratio of each page to its raw aggregate; then the heap.
# The database is the embedded H2 in a fresh data directory (opened with AUTO_SERVER so that the benchmark's JDBC
# connections reach the running application's database, and QUERY_CACHE_SIZE=0: H2 would otherwise answer a
# repeated identical query from a result it kept, on both sides, and measure nothing of the ledger), or PostgreSQL
# when JDBC_URL (an empty database), JDBC_USER and JDBC_PASSWORD are set. HEAP caps the application's heap (default 1g).
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${LINES:-1000000}
concurrency=${CONCURRENCY:-8}
requests=${REQUESTS:-100}
heap=${HEAP:-1g}
port=${PORT:-18085}
tmp=$(mktemp -d /tmp/harambee-bench.XXXXXX)
data=$tmp/data
mkdir -p "$data"
[ -f target/harambee.jar ] || mvn -B -q package -DskipTests
if [ -n "${JDBC_URL:-}" ]; then
  url=$JDBC_URL user=${JDBC_USER:-harambee} password=${JDBC_PASSWORD:-}
  export SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=$url SPRING_DATASOURCE_USERNAME=$user \
    SPRING_DATASOURCE_PASSWORD=$password HARAMBEE_DEMO_ENABLED=true  # the demo network and its books, as on H2
  driver='postgresql-'
else
  url="jdbc:h2:file:$data/h2/harambee;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=0"
  user=harambee password=''
  export SPRING_DATASOURCE_URL=$url
  driver='h2-'
fi
HARAMBEE_DATA_DIR="$data" SERVER_PORT=$port java -Xmx"$heap" -jar target/harambee.jar > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null && break
  kill -0 "$app" || { tail -20 "$data/app.log"; exit 1; }
  sleep 1
done
jar=$PWD/target/harambee.jar
(cd "$tmp" && jar xf "$jar" $(jar tf "$jar" | grep "^BOOT-INF/lib/$driver"))
driver_jar=$(ls "$tmp"/BOOT-INF/lib/"$driver"*.jar)
this_year=$(date +%Y)
year=$((this_year - 1))
first="$((this_year - 10))-01-01"
today=$(date +%F)
bench/java.sh -cp "$driver_jar" LedgerQuery.java seed "$url" "$user" "$password" "$lines" "$first" "$today"

base="http://localhost:$port"
curl -s -c "$tmp/jar" "$base/login" > "$tmp/login.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$tmp/login.html" | head -1 | sed 's/.*value="//; s/"$//')
email=$(grep -o "DEMO ACCOUNT treasurer [^ ]*" "$data/app.log" | awk '{print $4}')
secret=$(grep "DEMO ACCOUNT treasurer" "$data/app.log" | awk '{print $NF}')
key=$(grep "DEMO AUTHENTICATOR treasurer" "$data/app.log" | awk '{print $NF}')
curl -s -b "$tmp/jar" -c "$tmp/jar" -o /dev/null --data-urlencode "username=$email" \
  --data-urlencode "password=$secret" --data-urlencode "_csrf=$csrf" "$base/login"
# The treasurer's role requires a second factor: the demo's authenticator key gives the code of the second step.
curl -s -b "$tmp/jar" -c "$tmp/jar" "$base/login/code" > "$tmp/code.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$tmp/code.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -s -b "$tmp/jar" -c "$tmp/jar" -o /dev/null --data-urlencode "code=$(bench/java.sh TotpCode.java "$key")" \
  --data-urlencode "_csrf=$csrf" "$base/login/code"
session=$(awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$tmp/jar")
[ -n "$session" ] || { echo "the treasurer could not sign in" >&2; exit 1; }
year_page="$base/treasury/trial-balance?from=$year-01-01&to=$year-12-31"
whole_page="$base/treasury/trial-balance?from=$first&to=$today"
public_page="$base/transparency/$year"
status=$(curl -s -o "$tmp/check.html" -w '%{http_code}' -H "Accept-Language: en" -H "Cookie: $session" "$year_page")
grep -q 'Trial balance' "$tmp/check.html" || { echo "the trial balance page answered the treasurer $status:" >&2;
  grep -o '<title>[^<]*' "$tmp/check.html" >&2; tail -30 "$data/app.log" >&2; exit 1; }

bench() {  # CONCURRENCY REQUESTS
  bench/java.sh -cp "$driver_jar" LedgerQuery.java query "$url" "$user" "$password" "$1" "$2" \
    "$year-01-01" "$year-12-31" "$first" "$today" "$year-01-01" "$year-12-31" | tee "$tmp/raw"
  COOKIE=$session bench/java.sh LoadDriver.java "$1" "$2" "$year_page" "$whole_page" "$public_page" | tee "$tmp/pages"
  paste -d' ' <(awk '$2 == "to" {print $5, $7}' "$tmp/raw") <(awk '$1 ~ /^http/ {print $3, $1}' "$tmp/pages") \
    | awk '{printf "p95 page / raw SQL aggregate %6.1f   (%s lines)   %s\n", $3 / $1, $2, $4}'
}
echo "one at a time (no queueing):"
bench 1 "$((requests / 2))"
echo "$concurrency threads / connections:"
bench "$concurrency" "$requests"
echo "heap after load: $(jcmd $app GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1) of $heap"
