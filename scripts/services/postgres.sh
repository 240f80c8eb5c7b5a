#!/usr/bin/env bash
# Makes the test PostgreSQL reachable at $PG_URL (default: our own cluster on 127.0.0.1:54329).
# Installs Debian's server when it is missing, runs the cluster as an unprivileged user
# (PostgreSQL refuses root), data under .services/postgres. `stop` stops it. Idempotent.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PGPORT="${PGPORT:-54329}"
DATA="$ROOT/.services/postgres"
LOG="$ROOT/.services/postgres.log"
RUN_AS="${PG_RUN_AS:-postgres}"

find_bin() {
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/$1" ] && { echo "$dir/$1"; return 0; }
  done
  command -v "$1" 2>/dev/null
}

as_runner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$RUN_AS" -- "$@"; else "$@"; fi
}

if [ "${1:-}" = "stop" ]; then
  [ -f "$DATA/postmaster.pid" ] && as_runner "$(find_bin pg_ctl)" -D "$DATA" stop -m fast || true
  exit 0
fi

if pg_isready -q -h 127.0.0.1 -p "$PGPORT" 2>/dev/null; then
  echo "PostgreSQL already answers on 127.0.0.1:$PGPORT"
  exit 0
fi

if [ -z "$(find_bin initdb)" ]; then
  echo "Installing PostgreSQL from Debian packages…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
INITDB="$(find_bin initdb)"
PG_CTL="$(find_bin pg_ctl)"

if [ "$(id -u)" = 0 ]; then
  id "$RUN_AS" >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin "$RUN_AS"
  mkdir -p "$ROOT/.services"
  # The runner needs to reach the data folder through the checkout.
  chmod o+x "$ROOT" "$ROOT/.services" 2>/dev/null || true
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown "$RUN_AS" "$DATA"
  as_runner "$INITDB" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
touch "$LOG"; [ "$(id -u)" = 0 ] && chown "$RUN_AS" "$LOG"

as_runner "$PG_CTL" -D "$DATA" -l "$LOG" -w -t 60 \
  -o "-h 127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start

psql -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname='disclosure'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE ROLE disclosure LOGIN PASSWORD 'disclosure' CREATEDB"
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='disclosure'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE disclosure OWNER disclosure"
echo "PostgreSQL ready on 127.0.0.1:$PGPORT"
