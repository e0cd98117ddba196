#!/usr/bin/env bash
# Starts the app (Release, Staging over plain HTTP: Production insists on HTTPS) with its own throwaway PostgreSQL,
# mail to the pickup folder, and prints guessing-timings.py's medians.
# Usage: bench/run-guessing-timings.sh [app port, default 5091]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/lib.sh
source "$root/scripts/lib.sh"
app_port="${1:-5091}"
work=$(mktemp -d /tmp/hh-bench.XXXXXX)
chmod 755 "$work"
pg_port=$(free_port 56491)
password=$(random_secret)
init_cluster "$work/pg" "$password"
start_cluster "$work/pg" "$pg_port"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  stop_cluster "$work/pg"
  rm -rf "$work"
}
trap cleanup EXIT
pg_run "$PG_BIN/createdb" -h "$work/pg" -p "$pg_port" -U postgres hurthealing

dotnet publish "$root/src/HurtHealing.Web" -c Release -o "$work/app" >/dev/null

start_app() {
  (cd "$work/app" && \
    ASPNETCORE_ENVIRONMENT=Staging Https__Required=false ASPNETCORE_URLS="http://127.0.0.1:$app_port" \
    ConnectionStrings__Default="Host=127.0.0.1;Port=$pg_port;Database=hurthealing;Username=postgres;Password=$password" \
    Database__MigrateAtStartup=true \
    DataProtection__CertificatePath="$work/keys/dp.crt" DataProtection__KeyPath="$work/keys/dp.key" \
    DataProtection__CreateCertificateIfMissing=true \
    Email__PickupDirectory="$work/mail" \
    Email__PublicBaseUrl="http://127.0.0.1:$app_port" AllowedHosts=127.0.0.1 \
    Limits__PerIp__Burst=100000 Limits__PerIp__PerMinute=100000 \
    Limits__PerAccount__Burst=100000 Limits__PerAccount__PerMinute=100000 \
    Serilog__MinimumLevel__Default=Warning \
    exec ./HurtHealing.Web >"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$app_port/health/ready" >/dev/null && return 0; sleep 0.5; done
  tail -30 "$work/app.log" >&2
  die "the app did not start"
}

start_app
python3 "$root/bench/guessing-timings.py" "http://127.0.0.1:$app_port" "$work/mail"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true

# No page waits on a mail server (account email is queued, and forgot-password only records the ask), so a run
# with SMTP would measure the same request path; the app also insists on STARTTLS, which a local sink lacks.
