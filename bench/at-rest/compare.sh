#!/usr/bin/env bash
# Cost of encrypting kinds, feelings, needs and answers (issue 8 part 6), measured with wrk.
# The same data in two databases: one served by the build before (still integers and words in the clear),
# one by the build after (converted by its own start-up backfill, which is timed). Pages are warmed, then
# measured alternately A B A B; compare ratios within one run (wrk and the app share the machine).
# Usage: bench/at-rest/compare.sh PUBLISHED_BEFORE PUBLISHED_AFTER [INCIDENTS=3000] [SECONDS=10]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../scripts/lib.sh
source "$here/../../scripts/lib.sh"
before="$(cd "${1:?published build before}" && pwd)"; after="$(cd "${2:?published build after}" && pwd)"
incidents="${3:-3000}"; seconds="${4:-10}"
command -v wrk >/dev/null || die "wrk is needed (apt-get install wrk)"

work="$(mktemp -d /tmp/hh-atrest-bench-XXXX)"; chmod 755 "$work"
pgport="$(free_port 57100)"; port_a="$(free_port 5190)"; port_b="$(free_port $((port_a + 1)))"
password="bench-$RANDOM$RANDOM"
ensure_postgres
init_cluster "$work/pg" "$password"
start_cluster "$work/pg" "$pgport" -c fsync=off -c synchronous_commit=off -c full_page_writes=off
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; stop_cluster "$work/pg"; }
trap cleanup EXIT
psql() { pg_run "$PG_BIN/psql" -h "$work/pg" -p "$pgport" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql -c "CREATE DATABASE bench_before" postgres

# start_app NAME PUBLISH_DIR PORT DATABASE: runs in Production from its folder, migrating at start-up.
start_app() {
  (cd "$2" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$3" \
    ConnectionStrings__Default="Host=127.0.0.1;Port=$pgport;Database=$4;Username=postgres;Password=$password" \
    Database__MigrateAtStartup=true DataProtection__CertificatePath="$work/keys/dp.crt" DataProtection__KeyPath="$work/keys/dp.key" \
    DataProtection__CreateCertificateIfMissing=true Email__PickupDirectory="$work/mail" Email__PublicBaseUrl="http://localhost" \
    AllowedHosts="*" Serilog__MinimumLevel__Default=Warning dotnet HurtHealing.Web.dll >"$work/$1.log" 2>&1) &
  pids+=($!)
  local started=$SECONDS
  until curl -fs "http://127.0.0.1:$3/health/ready" >/dev/null; do
    sleep 0.2; [ $((SECONDS - started)) -lt 300 ] || { cat "$work/$1.log"; die "$1 did not start"; }
  done
}

say "Before: migrating, signing up and logging one incident through the pages"
start_app before "$before" "$port_a" bench_before
read -r cookie incident < <(python3 "$here/seed.py" "http://127.0.0.1:$port_a")
say "Copying it to $incidents incidents (3 feelings and a need each) in SQL"
psql -d bench_before <<SQL
INSERT INTO incidents ("Id", "OwnerId", "IdempotencyKey", "OccurredOn", "OccurredAt", "TimeZoneId", "Title", "WhatHappened", "Category", "Hurt", "Status", "CreatedAt", "UpdatedAt")
SELECT gen_random_uuid(), "OwnerId", gen_random_uuid(), "OccurredOn" - (g % 400), "OccurredAt", "TimeZoneId", "Title", "WhatHappened", 1 + g % 9, "Hurt", 1 + g % 6,
       "CreatedAt" - g * interval '1 minute', "UpdatedAt"
FROM incidents, generate_series(1, $incidents - 1) g;
INSERT INTO feeling_records ("Id", "OwnerId", "IncidentId", "Word", "Intensity", "RecordedAt")
SELECT gen_random_uuid(), i."OwnerId", i."Id", w, 5, i."CreatedAt" FROM incidents i CROSS JOIN (VALUES ('hurt'), ('sad'), ('angry')) v(w) WHERE i."Id" <> '$incident';
INSERT INTO need_records ("Id", "OwnerId", "IncidentId", "Kind", "RecordedAt")
SELECT gen_random_uuid(), i."OwnerId", i."Id", 3, i."CreatedAt" FROM incidents i WHERE i."Id" <> '$incident';
SQL
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()
psql -c "CREATE DATABASE bench_after TEMPLATE bench_before" postgres

start_app before "$before" "$port_a" bench_before
pid_a="${pids[-1]}"
say "After: start-up migrates and encrypts $incidents incidents' rows"
t0=$(date +%s.%N)
start_app after "$after" "$port_b" bench_after
pid_b="${pids[-1]}"
printf 'after: start-up with migration and backfill of %s incidents: %.1f s\n' "$incidents" "$(echo "$(date +%s.%N) - $t0" | bc)"

declare -A urls=([list]="/Incidents" [list-page-40]="/Incidents?p=40" [list-by-kind]="/Incidents?category=Dismissed" [details]="/Incidents/$incident")
for name in "${!urls[@]}"; do
  for port in "$port_a" "$port_b"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: hh.session=$cookie" "http://127.0.0.1:$port${urls[$name]}")
    [ "$code" = 200 ] || die "$name on $port answered $code"
    wrk -t1 -c4 -d3s -H "Cookie: hh.session=$cookie" "http://127.0.0.1:$port${urls[$name]}" >/dev/null
  done
done
# CPU the app process spent per request (user + system) is the figure that contention disturbs least.
tick_ms=$((1000 / $(getconf CLK_TCK)))
cpu_ms() { awk -v t="$tick_ms" '{ print ($14 + $15) * t }' "/proc/$1/stat"; }
printf '%-14s %-7s %8s %10s %10s %14s\n' page build req/s p50 p99 "app CPU ms/req"
for round in 1 2; do
  for name in list list-page-40 list-by-kind details; do
    for build in before after; do
      port=$([ "$build" = before ] && echo "$port_a" || echo "$port_b")
      pid=$([ "$build" = before ] && echo "$pid_a" || echo "$pid_b")
      cpu0=$(cpu_ms "$pid")
      out=$(wrk -t2 -c16 -d"${seconds}s" --latency -H "Cookie: hh.session=$cookie" "http://127.0.0.1:$port${urls[$name]}")
      rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
      requests=$(awk '/requests in/ {print $1}' <<<"$out"); cpu=$(( $(cpu_ms "$pid") - cpu0 ))
      non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
      printf '%-14s %-7s %8s %10s %10s %14s %s\n' "$name" "$build" "$rps" "$p50" "$p99" "$(echo "scale=1; $cpu / $requests" | bc)" "${non2xx:+non-2xx: $non2xx}"
    done
  done
done
