# Shared helpers for scripts/run and scripts/test. Sourced, not run.
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

apt_install() {
  command -v apt-get >/dev/null || return 1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_postgres() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$found" ] && [ -x "$found/initdb" ]; then PG_BIN="$found"; return; fi
    say "PostgreSQL is not installed; installing it with apt"
    apt_install postgresql || die "could not install PostgreSQL. Install it yourself (Debian/Ubuntu: sudo apt-get install postgresql) and run this again."
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$found" ] || die "PostgreSQL was installed but its binaries were not found under /usr/lib/postgresql."
    PG_BIN="$found"
  fi
}

# initdb and pg_ctl refuse to run as root; run them as the postgres OS user then.
pg_run() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Every folder above the data dir must be enterable by the user that runs PostgreSQL.
check_traversable() {
  local dir="$1"
  [ "$(id -u)" = 0 ] || return 0
  while [ "$dir" != "/" ]; do
    dir=$(dirname "$dir")
    runuser -u postgres -- test -x "$dir" || die "PostgreSQL (user postgres) cannot enter $dir. Allow it with: chmod o+x $dir"
  done
}

# init_cluster DIR PASSWORD
init_cluster() {
  local dir="$1" password="$2" pwfile
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  chmod 700 "$dir"
  pwfile="$dir.pw.tmp"
  printf '%s\n' "$password" > "$pwfile"
  [ "$(id -u)" = 0 ] && chown postgres "$pwfile"
  pg_run "$PG_BIN/initdb" -D "$dir" -U postgres --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
}

# start_cluster DIR PORT [extra server options]
start_cluster() {
  local dir="$1" port="$2"; shift 2
  pg_run "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $*" start >/dev/null \
    || { cat "$dir/server.log" >&2; die "PostgreSQL did not start (log above)"; }
}

stop_cluster() {
  local dir="$1"
  [ -f "$dir/postmaster.pid" ] && pg_run "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
  local port
  for port in $(seq "$1" "$(( $1 + 200 ))"); do
    if port_is_free "$port"; then echo "$port"; return; fi
  done
  die "no free port near $1"
}

random_secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
