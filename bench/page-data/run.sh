#!/usr/bin/env bash
# Two published builds side by side (issue 12, page data): each on its own database in one PostgreSQL, one person
# made through the real pages (bench/healing/seed.py) with a talk plan, grown to 5,000 incidents in SQL (copies of
# the person's own encrypted rows, four check-ins each). Every page is warmed, then wrk runs A B A B ... per page;
# beside req/s and p50/p99 it prints the app's and PostgreSQL's CPU per request (from /proc, user + system).
# Usage: [PAGES="home list ..."] bench/page-data/run.sh PUBLISHED_A PUBLISHED_B [SECONDS=10] [PAIRS=3]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../../scripts/lib.sh
source "$root/scripts/lib.sh"
seconds="${3:-10}"; pairs="${4:-3}"
command -v wrk >/dev/null || die "wrk is needed (apt-get install wrk)"
declare -A dir=([A]="$(cd "$1" && pwd)" [B]="$(cd "$2" && pwd)")

work="$(mktemp -d /tmp/hh-page-data-XXXX)"; chmod 755 "$work"
pgport="$(free_port 57600)"
password="bench-$RANDOM$RANDOM"
ensure_postgres
init_cluster "$work/pg" "$password"
start_cluster "$work/pg" "$pgport" -c fsync=off -c synchronous_commit=off -c full_page_writes=off
declare -A pid=() port=()
cleanup() { for p in "${pid[@]}"; do kill "$p" 2>/dev/null || true; done; stop_cluster "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT
psql() { pg_run "$PG_BIN/psql" -h "$work/pg" -p "$pgport" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

for build in A B; do
  psql -c "CREATE DATABASE bench_$build" postgres
  port[$build]="$(free_port $((5300 + RANDOM % 500)))"
  (cd "${dir[$build]}" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:${port[$build]}" \
    ConnectionStrings__Default="Host=127.0.0.1;Port=$pgport;Database=bench_$build;Username=postgres;Password=$password" \
    Database__MigrateAtStartup=true DataProtection__CertificatePath="$work/keys-$build/dp.crt" DataProtection__KeyPath="$work/keys-$build/dp.key" \
    DataProtection__CreateCertificateIfMissing=true Email__PickupDirectory="$work/mail-$build" Email__PublicBaseUrl="http://localhost" \
    AllowedHosts="127.0.0.1;localhost" Limits__PerIp__Burst=1000000 Limits__PerIp__PerMinute=1000000 Limits__PerAccount__Burst=1000000 \
    Limits__PerAccount__PerMinute=1000000 Serilog__MinimumLevel__Default=Warning dotnet HurtHealing.Web.dll >"$work/app-$build.log" 2>&1) &
  pid[$build]=$!
done
for build in A B; do
  started=$SECONDS
  until curl -fs -H "X-Forwarded-Proto: https" "http://127.0.0.1:${port[$build]}/health/ready" >/dev/null; do
    sleep 0.2; [ $((SECONDS - started)) -lt 300 ] || { cat "$work/app-$build.log"; die "build $build did not start"; }
  done
done

tls="X-Forwarded-Proto: https"
declare -A cookie=() incident=() plan=()
for build in A B; do
  say "Seeding build $build"
  read -r cookie[$build] incident[$build] _ _ < <(python3 "$root/bench/healing/seed.py" "http://127.0.0.1:${port[$build]}" "$work/mail-$build")
  # A talk plan for the incident: the start form posted with its antiforgery token.
  plan[$build]="$(python3 - "http://127.0.0.1:${port[$build]}" "${cookie[$build]}" "${incident[$build]}" <<'PY'
import re, sys, requests
base, cookie, incident = sys.argv[1:4]
s = requests.Session(); s.headers.update({"X-Forwarded-Proto": "https", "Cookie": cookie})
got = s.get(f"{base}/Plans/Start/{incident}")
page = got.text
# The antiforgery cookie the form pairs with (a Cookie header set by hand replaces the jar, so it is added here).
s.headers["Cookie"] = "; ".join([cookie] + [f"{k}={v}" for k, v in got.cookies.items()])
token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page) or re.search(r'value="([^"]+)"[^>]*name="__RequestVerificationToken"', page)
r = s.post(f"{base}/Plans/Start/{incident}", data={"__RequestVerificationToken": token.group(1)}, allow_redirects=False)
print(r.headers["Location"].split("?")[0].rstrip("/").split("/")[2])
PY
)"
  psql -d "bench_$build" <<SQL
INSERT INTO incidents ("Id", "OwnerId", "IdempotencyKey", "OccurredOn", "OccurredAt", "TimeZoneId", "Title", "WhatHappened", "Category", "CategoryIndex", "Hurt", "Status", "StatusIndex", "CreatedAt", "UpdatedAt")
SELECT gen_random_uuid(), "OwnerId", gen_random_uuid(), "OccurredOn" - (g / 24), "OccurredAt", "TimeZoneId", "Title", "WhatHappened", "Category", "CategoryIndex", 3 + g % 7, "Status", "StatusIndex",
       "CreatedAt" - g * interval '1 hour', "UpdatedAt"
FROM incidents, generate_series(1, 4999) g WHERE "Id" = '${incident[$build]}';
INSERT INTO check_ins ("Id", "OwnerId", "IncidentId", "IdempotencyKey", "CheckedInAt", "Intensity", "ResentmentGrip", "Retriggered")
SELECT gen_random_uuid(), i."OwnerId", i."Id", gen_random_uuid(), LEAST(i."CreatedAt" + g * interval '9 days', now() - g * interval '1 minute'),
       (i."Hurt" + g * 2) % 11, (i."Hurt" + g) % 11, g = 3
FROM incidents i CROSS JOIN generate_series(1, 4) g
WHERE i."OwnerId" = (SELECT "OwnerId" FROM incidents WHERE "Id" = '${incident[$build]}') AND i."Id" <> '${incident[$build]}';
VACUUM ANALYZE;
SQL
done

read -r -a pages <<< "${PAGES:-home list details before talks journal}"
url() { # BUILD PAGE
  case "$2" in
    home) echo "/";; list) echo "/Incidents";; details) echo "/Incidents/${incident[$1]}";;
    before) echo "/Plans/${plan[$1]}/Before";; talks) echo "/Plans";; journal) echo "/Journal";;
  esac
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pg_ticks() { local t=0 p; for p in $(pgrep -u postgres -f "postgres: .*bench_" || true); do t=$((t + $(cpu_ticks "$p" 2>/dev/null || echo 0))); done; echo "$t"; }
hz=$(getconf CLK_TCK)

say "Warming every page"
for build in A B; do
  for page in "${pages[@]}"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "$tls" -H "Cookie: ${cookie[$build]}" "http://127.0.0.1:${port[$build]}$(url $build $page)")
    [ "$code" = 200 ] || die "build $build $page answered $code"
    wrk -t2 -c8 -d3s -H "$tls" -H "Cookie: ${cookie[$build]}" "http://127.0.0.1:${port[$build]}$(url $build $page)" >/dev/null
  done
done

printf '%-8s %-5s %4s %9s %9s %9s %10s %10s %6s\n' page build pair "req/s" p50 p99 "app ms/req" "pg ms/req" load
for page in "${pages[@]}"; do
  for pair in $(seq 1 "$pairs"); do
    for build in A B; do
      u="http://127.0.0.1:${port[$build]}$(url $build $page)"
      a0=$(cpu_ticks "${pid[$build]}"); g0=$(pg_ticks)
      out=$(wrk -t2 -c16 -d"${seconds}s" --latency -H "$tls" -H "Cookie: ${cookie[$build]}" "$u")
      a1=$(cpu_ticks "${pid[$build]}"); g1=$(pg_ticks)
      # dotnet runs as a child of the subshell: its own pid is the app's.
      requests=$(echo "$out" | awk '/requests in/ {print $1}')
      non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
      rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
      p50=$(echo "$out" | awk '$1 == "50%" {print $2}'); p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
      printf '%-8s %-5s %4s %9s %9s %9s %10.3f %10.3f %6s%s\n' "$page" "$build" "$pair" "$rps" "$p50" "$p99" \
        "$(echo "($a1 - $a0) * 1000 / $hz / $requests" | bc -l)" "$(echo "($g1 - $g0) * 1000 / $hz / $requests" | bc -l)" \
        "$(cut -d' ' -f1 /proc/loadavg)" "${non2xx:+  NON-2XX: $non2xx}"
    done
  done
done
for build in A B; do
  echo "build $build: RSS after the run $(awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/${pid[$build]}/status")"
done
