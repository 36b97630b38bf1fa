#!/usr/bin/env bash
# Socius benchmark: builds the release binary, generates a data set, starts the server and drives key
# pages with wrk. Each public page is also served by nginx as a static file of the very same bytes, in
# the same run, so its line reads as a ratio that a noisy machine does not move much. Writes the table
# (requests/s, the ratio to nginx, p50 and p99), varied searches no page cache can answer, signed-in
# pages, the sessions anonymous reads left behind and peak memory to bench/results/.
# Run by hand (never in CI):
#   bench/run.sh [people per coordination] [audit entries per coordination] [organisations in the region] [invitees] [signals]
# The defaults (200, 20000, 5000, 500, 200000) give the regional data set: 5,000 organisations and about
# 5,900 public services across the 19 municipalities, a plenary of 500 contacts in Anderlecht, and 200,000
# observatory signals across the 19 coordinations.
# Environment: BENCH_SECONDS (default 10), BENCH_CONCURRENCY (public pages, default 64),
# BENCH_SIGNED_IN_CONCURRENCY (default 16), SOCIUS_DATABASE_URL (default: a fresh SQLite file; a
# PostgreSQL URL must name an empty database). wrk and nginx are installed from Debian when missing.
# On PostgreSQL a second Socius process serves the same database and nginx spreads requests over both
# (round-robin): the table gets their lines and how long a change made through one process takes to be
# served by the other.
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-200}
audit=${2:-20000}
organisations=${3:-5000}
invitees=${4:-500}
signals=${5:-200000}
seconds=${BENCH_SECONDS:-10}
concurrency=${BENCH_CONCURRENCY:-64}
signed_in_concurrency=${BENCH_SIGNED_IN_CONCURRENCY:-16}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null || ! [ -x /usr/sbin/nginx ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi
cargo build --release --locked

bin="${CARGO_TARGET_DIR:-target}/release/socius"
work=$(mktemp -d)
db=${SOCIUS_DATABASE_URL:-sqlite://$work/bench.db}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
second_port=$(free_port)
base="http://127.0.0.1:$port"
export SOCIUS_LISTEN="127.0.0.1:$port" SOCIUS_BASE_URL="$base" RUST_LOG=warn,socius::app=info

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
backend=${db%%:*}

# nginx serves each public page's bytes, fetched from Socius as a visitor gets them.
static="$work/static"
mkdir -p "$static"
nginx_port=$(free_port)
round_robin_port=$(free_port)
cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx.log;
events { worker_connections 4096; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    root $static;
    default_type "text/html; charset=utf-8";
  }
  # Two Socius processes on one PostgreSQL (started only on that backend).
  upstream socius { server 127.0.0.1:$port; server 127.0.0.1:$second_port; keepalive 64; }
  server {
    listen 127.0.0.1:$round_robin_port;
    location / {
      proxy_pass http://socius;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host:\$server_port;
    }
  }
}
NGINX
/usr/sbin/nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
trap 'kill $pid $nginx_pid 2>/dev/null || true; rm -rf "$work"' EXIT

sql() {
  case "$db" in
    sqlite:*) sqlite3 -separator ' ' "${db#sqlite://}" "$1" ;;
    *) psql -tA -F ' ' "$db" -c "$1" ;;
  esac
}
sessions() { sql "SELECT COUNT(*) FROM sessions"; }

# wrk's report as JSON: requests/s, p50 and p99 in ms, errors (non-2xx/3xx answers and socket errors).
measure() {
  local connections=$1; shift
  wrk --latency -t2 -c"$connections" -d"${seconds}s" "$@" >"$work/wrk.txt" 2>&1 || true
  python3 - "$work/wrk.txt" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]
pct = {m.group(1): ms(m.group(2), m.group(3)) for m in re.finditer(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)}
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
errors = (int(bad.group(1)) if bad else 0) + (sum(int(g) for g in sock.groups()) if sock else 0)
print(json.dumps({"rps": float(rps.group(1)) if rps else 0.0, "p50": pct.get("50", 0.0), "p99": pct.get("99", 0.0), "errors": errors}))
PY
}

{
  echo "# Socius benchmark — $(date -u +%Y-%m-%d) — $(git rev-parse --short HEAD 2>/dev/null || echo unknown) — $backend"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)."
  echo "Data: $organisations organisations ($(sql "SELECT COUNT(*) FROM services WHERE status <> 'inactive'") public services) across the 19 municipalities; $people people and $audit audit entries per demo coordination; $invitees more contacts in Anderlecht's plenary; $signals observatory signals; ${seconds}s per line; database $backend."
  echo
  echo "## Public pages, as a visitor reads them ($concurrency connections), and nginx serving the same bytes"
  echo
  echo "| page | Socius req/s | nginx req/s | ratio | Socius p50 / p99 ms | nginx p99 ms | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
} >"$out"

sessions_before=$(sessions)
page_number=0
public() {
  local label=$1 path=$2
  page_number=$((page_number + 1))
  curl -fsS -o "$static/p$page_number.html" "$base$path"
  local socius nginx
  socius=$(measure "$concurrency" "$base$path")
  nginx=$(measure "$concurrency" "http://127.0.0.1:$nginx_port/p$page_number.html")
  python3 - "$label" "$socius" "$nginx" >>"$out" <<'PY'
import json, sys
label, s, n = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
ratio = s["rps"] / n["rps"] if n["rps"] else 0
print(f"| {label} | {s['rps']:.0f} | {n['rps']:.0f} | {ratio:.3f} | {s['p50']:.2f} / {s['p99']:.2f} | {n['p99']:.2f} | {s['errors']} |")
PY
}

signed_in() {
  local label=$1 path=$2; shift 2
  python3 - "$label" "$(measure "$signed_in_concurrency" "$@" "$base$path")" >>"$out" <<'PY'
import json, sys
s = json.loads(sys.argv[2])
print(f"| {sys.argv[1]} | {s['rps']:.0f} | {s['p50']:.2f} | {s['p99']:.2f} | {s['errors']} |")
PY
}

public "coordinations list" /fr/
public "coordination home" /nl/anderlecht/
public "login form" /fr/login
public "social map: all services" /fr/anderlecht/map
public "social map: search 'aide'" "/fr/anderlecht/map?q=aide"
public "social map: search + facets" "/nl/anderlecht/map?q=hulp&theme=housing&open=1"
public "social map: service page" /fr/anderlecht/services/1
public "social map: organisation page" /nl/anderlecht/organizations/1
public "observatory public page" /fr/anderlecht/observatory/public
sessions_after=$(sessions)

# Searches no page cache can answer: a different coordination, language, word and facet each time
# (and a nonce, as a stream of different people's searches would be).
cat >"$work/varied.lua" <<'LUA'
local coordinations = {"anderlecht", "auderghem", "berchem-sainte-agathe", "bruxelles", "etterbeek",
  "evere", "forest", "ganshoren", "ixelles", "jette", "koekelberg", "molenbeek-saint-jean",
  "saint-gilles", "saint-josse-ten-noode", "schaerbeek", "uccle", "watermael-boitsfort",
  "woluwe-saint-lambert", "woluwe-saint-pierre"}
local words = {fr = {"aide", "logement", "emploi", "santé", "alimentaire", "juridique", "jeunes", "femmes"},
  nl = {"hulp", "huisvesting", "werk", "gezondheid", "voedsel", "juridisch", "jongeren", "vrouwen"}}
local facets = {"", "&theme=housing", "&theme=food-aid", "&open=1"}
local n = 0
request = function()
  n = n + 1
  local lang = (n % 2 == 0) and "fr" or "nl"
  local list = words[lang]
  local path = "/" .. lang .. "/" .. coordinations[math.random(#coordinations)] .. "/map?q=" ..
    list[math.random(#list)] .. facets[math.random(#facets)] .. "&r=" .. n .. math.random(1000000)
  return wrk.format("GET", path)
end
LUA
varied=$(measure "$concurrency" -s "$work/varied.lua" "$base/")

# Service pages a visitor has not asked for yet in this run: each rendered from the database (the
# page cache's miss path), 2,000 public services drawn across the region, each once in both languages.
{
  echo "local pages = {"
  sql "SELECT c.slug, s.id FROM services s JOIN coordinations c ON c.id = s.coordination_id \
       WHERE s.status <> 'inactive' ORDER BY s.id DESC LIMIT 2000" | awk '{ printf "\"/%s/services/%s\",\n", $1, $2 }'
  echo "}"
  cat <<'LUA'
local n = 0
request = function()
  n = n + 1
  local lang = (n % 2 == 0) and "fr" or "nl"
  return wrk.format("GET", "/" .. lang .. pages[math.random(#pages)] .. "?r=" .. n .. math.random(1000000))
end
LUA
} >"$work/services.lua"
first_renders=$(measure "$concurrency" -s "$work/services.lua" "$base/")

# A change to one service reloads its coordination's catalogue and index at the next search: the
# change is made in the database as another process would make it, and the first search after
# this process sees it (within a second) is timed, five times.
change_service=$(sql "SELECT id FROM services WHERE coordination_id = (SELECT id FROM coordinations WHERE slug = 'anderlecht') AND status <> 'inactive' ORDER BY id LIMIT 1")
for n in 1 2 3 4 5; do
  sql "UPDATE services SET name_fr = name_fr WHERE id = $change_service" >/dev/null
  sleep 1.2
  curl -sS -o /dev/null -w '%{time_total}\n' "$base/fr/anderlecht/map?q=aide&r=change$n" >>"$work/reload.times"
done

{
  echo
  python3 - "$varied" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
print(f"Varied map searches across the 19 coordinations (FR/NL words, facets; no page cache helps): {s['rps']:.0f} req/s, p50 {s['p50']:.2f} ms, p99 {s['p99']:.2f} ms, {s['errors']} errors.")
PY
  echo
  python3 - "$first_renders" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
print(f"Service pages rendered from the database (2,000 across the region, FR/NL, no page cache helps): {s['rps']:.0f} req/s, p50 {s['p50']:.2f} ms, p99 {s['p99']:.2f} ms, {s['errors']} errors.")
PY
  echo
  python3 - "$work/reload.times" "$work/serve.log" <<'PY'
import re, statistics, sys
times = sorted(float(t) * 1000 for t in open(sys.argv[1]) if t.strip())
print(f"First search after a service changed (its coordination's catalogue and index loaded again): median {statistics.median(times):.1f} ms, max {max(times):.1f} ms over {len(times)} changes.")
log = re.sub(r"\x1b\[[0-9;]*m", "", open(sys.argv[2]).read())
built = re.search(r"search index built.*?services=(\d+).*?elapsed_ms=(\d+)", log)
if built:
    print(f"\nThe whole search index at start: {built.group(1)} services in {int(built.group(2)) / 1000:.2f} s (while the server already answered).")
PY
  echo
  echo "Sessions written by the anonymous reads above: $((sessions_after - sessions_before)) (rows in \`sessions\` before: $sessions_before, after: $sessions_after)."
  echo
  echo "## Signed-in pages ($signed_in_concurrency connections)"
  echo
  echo "| page | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---:|---:|---:|---:|"
} >>"$out"

signed_in "audit log, page 1 (coordinator)" /fr/anderlecht/audit -H "Cookie: $cookie"
signed_in "audit log, page 40 (coordinator)" "/fr/anderlecht/audit?page=40" -H "Cookie: $cookie"
signed_in "people and roles (coordinator)" /fr/anderlecht/people -H "Cookie: $cookie"
signed_in "coordinator dashboard" /fr/anderlecht/dashboard -H "Cookie: $cookie"
signed_in "observatory dashboard, all rounds (coordinator)" /fr/anderlecht/observatory -H "Cookie: $cookie"
signed_in "observatory export XLSX (coordinator)" /fr/anderlecht/observatory/export/xlsx -H "Cookie: $cookie"
signed_in "regional observatory (regional staff)" /fr/region/observatory -H "Cookie: $region_cookie"
signed_in "HSDS: services page" "/api/hsds/anderlecht/services?per_page=50"
signed_in "API: coordinations" /api/v1/coordinations
signed_in "health check" /healthz

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
print(f"| publish a plenary to its {sys.argv[2]} bench contacts and the demo's ({len(times)} meetings, one at a time) | {1000 / statistics.mean(times):.1f} | {statistics.median(times):.2f} | {max(times):.2f} (max) | 0 |")
PY
  first=${meetings%% *}
  signed_in "meeting page, 500+ invited (coordinator)" "/fr/anderlecht/meetings/$first" -H "Cookie: $cookie"
  signed_in "attendance sheet, 500+ invited (coordinator)" "/fr/anderlecht/meetings/$first/attendance" -H "Cookie: $cookie"
  signed_in "meetings list (coordinator)" "/fr/anderlecht/meetings" -H "Cookie: $cookie"
fi

peak=$(awk '/VmHWM/ { print $2 " " $3 }' "/proc/$pid/status")
{ echo; echo "Peak server memory (VmHWM): $peak"; } >>"$out"

# Two processes on one PostgreSQL, nginx sending each request to the next one.
if [ "$backend" = postgres ] || [ "$backend" = postgresql ]; then
  SOCIUS_LISTEN="127.0.0.1:$second_port" SOCIUS_DATABASE_URL="$db" "$bin" serve >"$work/second.log" 2>&1 &
  second_pid=$!
  trap 'kill $pid $second_pid $nginx_pid 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 1 300); do curl -fsS "http://127.0.0.1:$second_port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  # Measured once it has built its search index, as the first process was.
  for _ in $(seq 1 300); do grep -q "search index built" "$work/second.log" && break; sleep 0.2; done
  round_robin="http://127.0.0.1:$round_robin_port"
  {
    echo
    echo "## Two Socius processes on one PostgreSQL, behind nginx round-robin ($concurrency connections)"
    echo
    echo "| line | req/s | p50 ms | p99 ms | errors |"
    echo "|---|---:|---:|---:|---:|"
  } >>"$out"
  both() {
    python3 - "$1" "$(measure "$concurrency" "${@:3}" "$round_robin$2")" >>"$out" <<'PY'
import json, sys
s = json.loads(sys.argv[2])
print(f"| {sys.argv[1]} | {s['rps']:.0f} | {s['p50']:.2f} | {s['p99']:.2f} | {s['errors']} |")
PY
  }
  both "coordination home" /nl/anderlecht/
  both "social map: service page" /fr/anderlecht/services/1
  both "observatory public page" /fr/anderlecht/observatory/public
  both "varied map searches" / -s "$work/varied.lua"
  # A coordinator changes the accessibility statement through the first process; a visitor of the
  # second one reads it: how long until the second serves the new text (its cached page included)?
  python3 - "$base" "http://127.0.0.1:$second_port" "$cookie" >>"$out" <<'PY'
import re, sys, time, urllib.parse, urllib.request
first, second, cookie = sys.argv[1:4]
def get(url, headers={}):
    return urllib.request.urlopen(urllib.request.Request(url, headers=headers)).read().decode()
page = "/fr/anderlecht/accessibility"
get(second + page)  # the second process has the page in memory, as after any visit
form = get(first + page + "/edit", {"Cookie": cookie})
fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
marker = f"Bench change {time.time_ns()}"
fields.update(body_fr=marker, body_nl=marker)
request = urllib.request.Request(first + page + "/edit", data=urllib.parse.urlencode(fields).encode(),
                                 headers={"Cookie": cookie, "Origin": first})
saved = time.monotonic()
urllib.request.urlopen(request).read()
waits = 0
while marker not in get(second + page) and time.monotonic() - saved < 10:
    waits += 1
    time.sleep(0.01)
elapsed = (time.monotonic() - saved) * 1000
seen = marker in get(second + page)
print(f"\nA change saved through the first process was served by the second after {elapsed:.0f} ms"
      f" ({'seen' if seen else 'NOT seen within 10 s'}; target: within a second).")
PY
  second_peak=$(awk '/VmHWM/ { print $2 " " $3 }' "/proc/$second_pid/status")
  echo "Peak memory of the second process (VmHWM): $second_peak" >>"$out"
fi
cat "$out"
