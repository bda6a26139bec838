#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite: its own data folder and socket folder,
# no TCP port, trust authentication, durability switched off (tests never need a crash
# to be survivable, and fsync-free runs are several times faster).
#
#   eval "$(tests/postgres/start_cluster.sh start)"   # prints the exports to evaluate
#   make test                                         # PostgreSQL variants now run
#   tests/postgres/start_cluster.sh stop "$LMT_TEST_POSTGRES_DIR"
#
# `start [DIR]` creates the cluster in DIR (default: a new temporary folder) and prints
# `export LMT_TEST_POSTGRES_URL=...` (the maintenance database; the test fixtures create
# and drop one database per test there) and `export LMT_TEST_POSTGRES_DIR=...` (for `stop`).
# initdb and postgres refuse to run as root, so as root the server runs as the `postgres`
# system user (Debian's postgresql package creates it); otherwise as the calling user.
# The collation is ICU English (C where the server lacks ICU), like a typical school server, so
# the tests notice any query whose result depends on the server's text ordering.
set -euo pipefail

usage() {
  echo "usage: $0 start [DIR] | stop DIR" >&2
  exit 2
}

bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    echo "$PG_BINDIR"
    return
  fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] && command -v pg_ctl >/dev/null; then
    found=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
  fi
  if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then
    echo "start_cluster.sh: PostgreSQL server programs not found; install them" \
      "(Debian: apt-get install postgresql) or set PG_BINDIR" >&2
    exit 1
  fi
  echo "$found"
}

# Run a server program as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local dir="${1:-}" bin port=5432 made=""
  bin=$(bindir)
  if [ -z "$dir" ]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/lmt-pg.XXXXXX")
    made=1
  fi
  # On any failure: show the log, leave no server running and no folder we made behind.
  fail() {
    cat "$dir"/*.log >&2 2>/dev/null || true
    echo "start_cluster.sh: $1 (log above)" >&2
    [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
    [ -n "$made" ] && rm -rf "$dir"
    exit 1
  }
  mkdir -p "$dir/sock"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || fail "running as root needs the 'postgres' system user"
    chown -R postgres: "$dir"
  fi
  local common=(-D "$dir/data" -U lmt -A trust -E UTF8 --no-sync --no-instructions)
  # ICU English collation where the server has it; the plain C locale otherwise.
  as_owner "$bin/initdb" "${common[@]}" --locale=C.UTF-8 --locale-provider=icu --icu-locale=en-US \
      >"$dir/initdb.log" 2>&1 \
    || { rm -rf "$dir/data"; as_owner "$bin/initdb" "${common[@]}" --no-locale >"$dir/initdb.log" 2>&1; } \
    || fail "initdb failed"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir/sock' -p $port \
          -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null || fail "the server did not start"
  echo "export LMT_TEST_POSTGRES_DIR='$dir'"
  echo "export LMT_TEST_POSTGRES_URL='postgresql+psycopg://lmt@/postgres?host=$dir/sock&port=$port'"
}

stop() {
  local dir="${1:-}"
  [ -n "$dir" ] || usage
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  *) usage ;;
esac
