#!/usr/bin/env bash
# Starts the app (Release) with its own throwaway PostgreSQL and measures guessing-timings.py twice:
# mail to the pickup folder, then to a local SMTP sink (Python's smtpd). Prints the medians.
# Usage: bench/run-guessing-timings.sh [app port, default 5091]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/lib.sh
source "$root/scripts/lib.sh"
app_port="${1:-5091}"
work=$(mktemp -d /tmp/hh-bench.XXXXXX)
chmod 755 "$work"
pg_port=$(free_port 56491)
smtp_port=$(free_port 2591)
password=$(random_secret)
init_cluster "$work/pg" "$password"
start_cluster "$work/pg" "$pg_port"
app_pid=""
sink_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null || true
  stop_cluster "$work/pg"
  rm -rf "$work"
}
trap cleanup EXIT
pg_run "$PG_BIN/createdb" -h "$work/pg" -p "$pg_port" -U postgres hurthealing

dotnet publish "$root/src/HurtHealing.Web" -c Release -o "$work/app" >/dev/null

start_app() { # $1 = SMTP host ("" for the pickup folder)
  (cd "$work/app" && \
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$app_port" \
    ConnectionStrings__Default="Host=127.0.0.1;Port=$pg_port;Database=hurthealing;Username=postgres;Password=$password" \
    Database__MigrateAtStartup=true \
    DataProtection__CertificatePath="$work/keys/dp.crt" DataProtection__KeyPath="$work/keys/dp.key" \
    DataProtection__CreateCertificateIfMissing=true \
    Email__PickupDirectory="$work/mail" Email__SmtpHost="$1" Email__SmtpPort="$smtp_port" \
    Email__PublicBaseUrl="http://127.0.0.1:$app_port" AllowedHosts="*" \
    Limits__PerIp__Burst=100000 Limits__PerIp__PerMinute=100000 \
    Limits__PerAccount__Burst=100000 Limits__PerAccount__PerMinute=100000 \
    Serilog__MinimumLevel__Default=Warning \
    ./HurtHealing.Web >"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$app_port/health/ready" >/dev/null && return 0; sleep 0.5; done
  tail -30 "$work/app.log" >&2
  die "the app did not start"
}

say "Mail to the pickup folder"
start_app ""
python3 "$root/bench/guessing-timings.py" "http://127.0.0.1:$app_port" "$work/mail"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true

say "Mail to a local SMTP sink (confirmation links are read from the pickup run's accounts, so only forgot-password differs)"
python3 -W ignore -c "
import smtpd, asyncore, os, time
class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kw):
        os.makedirs('$work/mail', exist_ok=True)
        open(os.path.join('$work/mail', '%.6f.eml' % time.time()), 'wb').write(data if isinstance(data, bytes) else data.encode())
Sink(('127.0.0.1', $smtp_port), None)
asyncore.loop()
" &
sink_pid=$!
start_app "127.0.0.1"
python3 "$root/bench/guessing-timings.py" "http://127.0.0.1:$app_port" "$work/mail"
