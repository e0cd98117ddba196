#!/usr/bin/env bash
# "How it's going" and the incident page at two sizes (issue 10), measured with wrk against the published app in
# Production: one person with 10 incidents, another with 5,000 incidents and 20,000 check-ins, in one database.
# Each person is made through the real pages (seed.py), then their incident is copied in SQL (same owner, so the
# encrypted words stay readable) with four check-ins per copy. Pages are warmed, then measured alternately
# small / large; wrk and the app share the machine, so the load average is printed beside the figures.
# Also prints first-visit transfer sizes (HTML + CSS + JS, Accept-Encoding: br) of the healing pages.
# Usage: bench/healing/run.sh [PUBLISHED_DIR] [SECONDS=10]   (without a folder, publishes Release first)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../../scripts/lib.sh
source "$root/scripts/lib.sh"
seconds="${2:-10}"
command -v wrk >/dev/null || die "wrk is needed (apt-get install wrk)"

work="$(mktemp -d /tmp/hh-healing-bench-XXXX)"; chmod 755 "$work"
if [ -n "${1:-}" ]; then
  app_dir="$(cd "$1" && pwd)"
else
  say "Publishing Release"
  dotnet publish "$root/src/HurtHealing.Web" -c Release -o "$work/publish" --nologo -v quiet >/dev/null
  app_dir="$work/publish"
fi
pgport="$(free_port 57300)"; port="$(free_port 5290)"
password="bench-$RANDOM$RANDOM"
ensure_postgres
init_cluster "$work/pg" "$password"
start_cluster "$work/pg" "$pgport" -c fsync=off -c synchronous_commit=off -c full_page_writes=off
app_pid=""
cleanup() { [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true; stop_cluster "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT
psql() { pg_run "$PG_BIN/psql" -h "$work/pg" -p "$pgport" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql -c "CREATE DATABASE bench_healing" postgres

(cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  ConnectionStrings__Default="Host=127.0.0.1;Port=$pgport;Database=bench_healing;Username=postgres;Password=$password" \
  Database__MigrateAtStartup=true DataProtection__CertificatePath="$work/keys/dp.crt" DataProtection__KeyPath="$work/keys/dp.key" \
  DataProtection__CreateCertificateIfMissing=true Email__PickupDirectory="$work/mail" Email__PublicBaseUrl="http://localhost" \
  AllowedHosts="127.0.0.1;localhost" Limits__PerIp__Burst=1000000 Limits__PerIp__PerMinute=1000000 Limits__PerAccount__Burst=1000000 \
  Limits__PerAccount__PerMinute=1000000 Serilog__MinimumLevel__Default=Warning dotnet HurtHealing.Web.dll >"$work/app.log" 2>&1) &
app_pid=$!
started=$SECONDS
until curl -fs -H "X-Forwarded-Proto: https" "http://127.0.0.1:$port/health/ready" >/dev/null; do
  sleep 0.2; [ $((SECONDS - started)) -lt 300 ] || { cat "$work/app.log"; die "the app did not start"; }
done

# grow INCIDENT COUNT: copies the person's incident to COUNT incidents over the past months, four check-ins each.
grow() {
  psql -d bench_healing <<SQL
INSERT INTO incidents ("Id", "OwnerId", "IdempotencyKey", "OccurredOn", "OccurredAt", "TimeZoneId", "Title", "WhatHappened", "Category", "CategoryIndex", "Hurt", "Status", "StatusIndex", "CreatedAt", "UpdatedAt")
SELECT gen_random_uuid(), "OwnerId", gen_random_uuid(), "OccurredOn" - (g / 24), "OccurredAt", "TimeZoneId", "Title", "WhatHappened", "Category", "CategoryIndex", 3 + g % 7, "Status", "StatusIndex",
       "CreatedAt" - g * interval '1 hour', "UpdatedAt"
FROM incidents, generate_series(1, $2 - 1) g WHERE "Id" = '$1';
INSERT INTO check_ins ("Id", "OwnerId", "IncidentId", "IdempotencyKey", "CheckedInAt", "Intensity", "ResentmentGrip", "Retriggered")
SELECT gen_random_uuid(), i."OwnerId", i."Id", gen_random_uuid(), LEAST(i."CreatedAt" + g * interval '9 days', now() - g * interval '1 minute'),
       (i."Hurt" + g * 2) % 11, (i."Hurt" + g) % 11, g = 3
FROM incidents i CROSS JOIN generate_series(1, 4) g
WHERE i."OwnerId" = (SELECT "OwnerId" FROM incidents WHERE "Id" = '$1') AND i."Id" <> '$1';
INSERT INTO check_ins ("Id", "OwnerId", "IncidentId", "IdempotencyKey", "CheckedInAt", "Intensity", "ResentmentGrip", "Retriggered")
SELECT gen_random_uuid(), "OwnerId", "Id", gen_random_uuid(), now() - g * interval '5 days', 7 - g, 6 - g, false
FROM incidents, generate_series(1, 3) g WHERE "Id" = '$1';
SQL
}
say "Seeding through the pages, then growing in SQL"
read -r small_cookie small_incident small_attempt small_boundary < <(python3 "$here/seed.py" "http://127.0.0.1:$port" "$work/mail")
read -r large_cookie large_incident large_attempt large_boundary < <(python3 "$here/seed.py" "http://127.0.0.1:$port" "$work/mail")
grow "$small_incident" 10
grow "$large_incident" 5000
# As autovacuum would leave it: statistics, and a visibility map so index-only scans need not visit the table.
psql -d bench_healing -c "VACUUM ANALYZE"
psql -d bench_healing -F ' ' -c "SELECT 'rows per person: incidents', count(*) FILTER (WHERE \"OwnerId\" = o), 'check-ins', (SELECT count(*) FROM check_ins c WHERE c.\"OwnerId\" = o) FROM incidents, (SELECT DISTINCT \"OwnerId\" o FROM incidents) owners GROUP BY o ORDER BY 2"

# TLS ends at a reverse proxy in production; loopback is a known proxy, so this header stands for it.
tls="X-Forwarded-Proto: https"
declare -A cookie=([small]="$small_cookie" [large]="$large_cookie")
declare -A incident=([small]="$small_incident" [large]="$large_incident")
get() { curl -s -o /dev/null -w '%{http_code}' -H "$tls" -H "Cookie: ${cookie[$1]}" "http://127.0.0.1:$port$2"; }
for size in small large; do
  for path in /Insights "/Incidents/${incident[$size]}"; do
    code=$(get "$size" "$path"); [ "$code" = 200 ] || die "$path ($size) answered $code"
    wrk -t1 -c4 -d5s -H "$tls" -H "Cookie: ${cookie[$size]}" "http://127.0.0.1:$port$path" >/dev/null
  done
done

printf '\nload average before: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %-6s %-6s %8s %10s %10s %s\n' page size round req/s p50 p99 load
for round in 1 2; do
  for page in insights incident; do
    for size in small large; do
      path=$([ "$page" = insights ] && echo /Insights || echo "/Incidents/${incident[$size]}")
      out=$(wrk -t2 -c8 -d"${seconds}s" --latency -H "$tls" -H "Cookie: ${cookie[$size]}" "http://127.0.0.1:$port$path")
      rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
      non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
      printf '%-10s %-6s %-6s %8s %10s %10s %s %s\n' "$page" "$size" "$round" "$rps" "$p50" "$p99" "$(cut -d' ' -f1 /proc/loadavg)" "${non2xx:+non-2xx: $non2xx}"
    done
  done
done
printf 'load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"

# First visit: the page's HTML plus every stylesheet and script it links, each as sent with Accept-Encoding: br.
size_of() { curl -s -o /dev/null -w '%{size_download}' -H "$tls" -H 'Accept-Encoding: br' -H "Cookie: $small_cookie" "http://127.0.0.1:$port$1"; }
checkin=$(psql -d bench_healing -c "SELECT \"Id\" FROM check_ins WHERE \"IncidentId\" = '$small_incident' ORDER BY \"CheckedInAt\" DESC LIMIT 1")
printf '\n%-22s %8s %8s %8s %8s\n' "first visit (br)" html css js total
for entry in "incident:/Incidents/$small_incident" "insights:/Insights" "edit repair:/Incidents/$small_incident/Repairs/$small_attempt/Edit" \
             "delete repair:/Incidents/$small_incident/Repairs/$small_attempt/Edit?delete=true" "edit check-in:/Incidents/$small_incident/CheckIns/$checkin/Edit" \
             "edit boundary:/Incidents/$small_incident/Boundaries/$small_boundary/Edit"; do
  name="${entry%%:*}"; path="${entry#*:}"
  body=$(curl -s -H "$tls" -H "Cookie: $small_cookie" "http://127.0.0.1:$port$path")
  html=$(size_of "$path"); css=0; js=0
  for asset in $(grep -oE '<link[^>]+rel="stylesheet"[^>]+href="[^"]+"' <<<"$body" | grep -oE 'href="[^"]+"' | cut -d'"' -f2 | sed 's/&amp;/\&/g'); do
    css=$((css + $(size_of "$asset")))
  done
  for asset in $(grep -oE '<script[^>]+src="[^"]+"' <<<"$body" | grep -oE 'src="[^"]+"' | cut -d'"' -f2 | sed 's/&amp;/\&/g'); do
    js=$((js + $(size_of "$asset")))
  done
  printf '%-22s %8s %8s %8s %8s\n' "$name" "$html" "$css" "$js" "$((html + css + js))"
done
