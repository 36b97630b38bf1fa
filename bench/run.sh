#!/usr/bin/env bash
# Socius benchmark: builds the release binary, generates a data set, starts the server, drives key pages
# with oha and writes median and p99 latency, throughput and peak memory to bench/results/.
# Run by hand (never in CI):
#   bench/run.sh [people per coordination] [audit entries per coordination] [organisations in the region] [invitees] [signals]
# The defaults (200, 20000, 5000, 500, 200000) give the regional data set: 5,000 organisations and about
# 15,000 services across the 19 municipalities, a plenary of 500 contacts in Anderlecht, and 200,000
# observatory signals across the 19 coordinations.
# Environment: BENCH_SECONDS (default 10), BENCH_CONCURRENCY (default 16), SOCIUS_DATABASE_URL (default:
# a fresh SQLite file; a PostgreSQL URL must name an empty database).
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-200}
audit=${2:-20000}
organisations=${3:-5000}
invitees=${4:-500}
signals=${5:-200000}
seconds=${BENCH_SECONDS:-10}
concurrency=${BENCH_CONCURRENCY:-16}

command -v oha >/dev/null || cargo install oha --locked
cargo build --release --locked

bin="${CARGO_TARGET_DIR:-target}/release/socius"
work=$(mktemp -d)
db=${SOCIUS_DATABASE_URL:-sqlite://$work/bench.db}
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
export SOCIUS_LISTEN="127.0.0.1:$port" SOCIUS_BASE_URL="$base" RUST_LOG=warn

# The demo seeds the coordinations and accounts, then serves: stop it, add the generated data, serve again.
"$bin" demo --database-url "$db" >"$work/demo.log" 2>&1 &
pid=$!
wait_ready() {
  for _ in $(seq 1 300); do
    curl -fsS "$base/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$work"/*.log; echo "the server did not start"; exit 1; }
    sleep 0.2
  done
  echo "the server did not answer within a minute"; exit 1
}
wait_ready
kill "$pid"; wait "$pid" 2>/dev/null || true
SOCIUS_DATABASE_URL="$db" "$bin" bench-data --people "$people" --audit "$audit" --organisations "$organisations" \
  --invitees "$invitees" --signals "$signals" | tee "$work/bench-data.log"
meetings=$(sed -n 's/^bench-meetings: //p' "$work/bench-data.log")
SOCIUS_DATABASE_URL="$db" "$bin" serve >"$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
wait_ready

# A coordinator's session cookie for the pages behind sign-in.
jar="$work/cookies"
token=$(curl -fsS -c "$jar" "$base/fr/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -b "$jar" -c "$jar" -o /dev/null \
  --data-urlencode "_csrf=$token" --data-urlencode "email=coordinator@anderlecht.example" \
  --data-urlencode "password=demo-anderlecht-coordinator" "$base/fr/login"
cookie=$(awk '$6 == "socius_session" { print "socius_session=" $7 }' "$jar")
# The same for the regional staff account (the regional observatory).
region_jar="$work/region-cookies"
token=$(curl -fsS -c "$region_jar" "$base/fr/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -b "$region_jar" -c "$region_jar" -o /dev/null \
  --data-urlencode "_csrf=$token" --data-urlencode "email=region@socius.example" \
  --data-urlencode "password=socius-demo-region" "$base/fr/login"
region_cookie=$(awk '$6 == "socius_session" { print "socius_session=" $7 }' "$region_jar")

mkdir -p bench/results
out="bench/results/$(date -u +%Y-%m-%dT%H%M%SZ).md"
{
  echo "# Socius benchmark — $(date -u +%Y-%m-%d) — $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo
  echo "Data: $organisations organisations (about three services each) across the 19 municipalities; $people people and $audit audit entries per demo coordination; $invitees more contacts in Anderlecht's plenary; $signals observatory signals; ${seconds}s per page, $concurrency connections; database ${db%%:*}."
  echo
  echo "| page | median ms | p99 ms | requests/s | errors |"
  echo "|---|---:|---:|---:|---:|"
} >"$out"

run() {
  local label=$1 path=$2; shift 2
  oha --no-tui --output-format json -z "${seconds}s" -c "$concurrency" "$@" "$base$path" >"$work/oha.json"
  python3 - "$label" "$work/oha.json" >>"$out" <<'PY'
import json, sys
label, path = sys.argv[1], sys.argv[2]
data = json.load(open(path))
pct = data.get("latencyPercentiles", {})
summary = data.get("summary", {})
codes = data.get("statusCodeDistribution", {})
# Requests still in flight when the time is up are reported as errors by oha; they are not.
cut = sum(v for k, v in data.get("errorDistribution", {}).items() if "deadline" not in k)
errors = sum(v for k, v in codes.items() if not k.startswith("2")) + cut
print(f"| {label} | {pct.get('p50', 0) * 1000:.2f} | {pct.get('p99', 0) * 1000:.2f} | {summary.get('requestsPerSec', 0):.0f} | {errors} |")
PY
}

run "coordinations list" /fr/
run "coordination home" /nl/anderlecht/
run "login form" /fr/login
run "audit log, page 1 (coordinator)" /fr/anderlecht/audit -H "Cookie: $cookie"
run "audit log, page 40 (coordinator)" "/fr/anderlecht/audit?page=40" -H "Cookie: $cookie"
run "people and roles (coordinator)" /fr/anderlecht/people -H "Cookie: $cookie"
run "social map: all services" /fr/anderlecht/map
run "social map: search 'aide'" "/fr/anderlecht/map?q=aide"
run "social map: search + facets" "/nl/anderlecht/map?q=hulp&theme=housing&open=1"
run "social map: service page" /fr/anderlecht/services/1
run "social map: organisation page" /nl/anderlecht/organizations/1
run "HSDS: services page" "/api/hsds/anderlecht/services?per_page=50"
run "API: coordinations" /api/v1/coordinations
run "health check" /healthz
run "observatory dashboard, all rounds (coordinator)" /fr/anderlecht/observatory -H "Cookie: $cookie"
run "observatory public page" /nl/anderlecht/observatory/public
run "observatory export XLSX (coordinator)" /fr/anderlecht/observatory/export/xlsx -H "Cookie: $cookie"
run "regional observatory (regional staff)" /fr/region/observatory -H "Cookie: $region_cookie"

# Publishing a plenary to every contact (invitations queued and rendered, one transaction), timed one
# meeting after the other since each can be published once; then the pages of a published meeting.
if [ -n "$meetings" ]; then
  for id in $meetings; do
    csrf=$(curl -fsS -b "$jar" "$base/fr/anderlecht/meetings/$id" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -sS -b "$jar" -o /dev/null -w '%{time_total}\n' --data-urlencode "_csrf=$csrf" \
      "$base/fr/anderlecht/meetings/$id/publish" >>"$work/publish.times"
  done
  python3 - "$work/publish.times" "$invitees" >>"$out" <<'PY'
import statistics, sys
times = sorted(float(t) * 1000 for t in open(sys.argv[1]) if t.strip())
print(f"| publish a plenary to its {sys.argv[2]} bench contacts and the demo's ({len(times)} meetings, one at a time) | {statistics.median(times):.2f} | {max(times):.2f} (max) | {1000 / statistics.mean(times):.1f} | 0 |")
PY
  first=${meetings%% *}
  run "meeting page, 500+ invited (coordinator)" "/fr/anderlecht/meetings/$first" -H "Cookie: $cookie"
  run "attendance sheet, 500+ invited (coordinator)" "/fr/anderlecht/meetings/$first/attendance" -H "Cookie: $cookie"
  run "meetings list (coordinator)" "/fr/anderlecht/meetings" -H "Cookie: $cookie"
fi

peak=$(awk '/VmHWM/ { print $2 " " $3 }' "/proc/$pid/status")
{ echo; echo "Peak server memory (VmHWM): $peak"; } >>"$out"
cat "$out"
