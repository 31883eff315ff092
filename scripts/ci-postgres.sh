# shellcheck shell=bash
# Sourced by .ci/run when DATABASE_URL is unset: starts a throwaway PostgreSQL
# on a free loopback port so the storage tests run on PostgreSQL as well as
# SQLite, exports DATABASE_URL, and defines pg_cleanup (called on exit) to
# stop it and delete its files. Without PostgreSQL it changes nothing.
# Written for a caller running `set -euo pipefail`: every command that may
# fail is tested, and it returns rather than exits.

pg_cleanup() { :; }

_pgci_find() {
  local name=$1 dir
  if command -v "$name" >/dev/null 2>&1; then
    command -v "$name"
    return 0
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/$name" ]; then
      echo "$dir/$name"
      return 0
    fi
  done
  return 1
}

# Run a command line as the server's owner: initdb refuses to run as root.
_pgci_as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

_pgci_port_in_use() { (: >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

_pgci_start() {
  local initdb pg_ctl dir port attempt q
  if ! initdb=$(_pgci_find initdb) || ! pg_ctl=$(_pgci_find pg_ctl); then
    echo "PostgreSQL not installed: storage tests run on SQLite only"
    return 0
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "PostgreSQL is installed but there is no postgres user to run it: storage tests run on SQLite only"
    return 0
  fi

  dir=$(mktemp -d "${TMPDIR:-/tmp}/complaints-pg.XXXXXX")
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  q=$(printf '%q' "$dir")
  _PGCI_DIR=$dir
  _PGCI_PG_CTL=$pg_ctl

  # Stop the server (if it started) and remove its files; safe to call twice.
  pg_cleanup() {
    if [ -n "${_PGCI_DIR:-}" ] && [ -d "$_PGCI_DIR" ]; then
      if [ -f "$_PGCI_DIR/data/postmaster.pid" ]; then
        _pgci_as_owner "$(printf '%q' "$_PGCI_PG_CTL") -D $(printf '%q' "$_PGCI_DIR/data") -m fast -w stop >/dev/null" || true
      fi
      rm -rf "$_PGCI_DIR"
    fi
    _PGCI_DIR=
  }

  if ! _pgci_as_owner "$(printf '%q' "$initdb") -A trust -U postgres -E UTF8 -D $q/data >$q/initdb.log 2>&1"; then
    echo "PostgreSQL initdb failed: storage tests run on SQLite only"
    cat "$dir/initdb.log" || true
    pg_cleanup
    return 0
  fi

  # A port can be taken between the check and the start, so try a few.
  for attempt in 1 2 3 4 5; do
    port=$(( 20000 + RANDOM % 40000 ))
    if _pgci_port_in_use "$port"; then continue; fi
    if _pgci_as_owner "$(printf '%q' "$pg_ctl") -D $q/data -l $q/server.log -w -t 30 -o \"-p $port -k $q -c listen_addresses=127.0.0.1\" start >/dev/null"; then
      export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
      break
    fi
  done
  if [ -z "${DATABASE_URL:-}" ]; then
    echo "PostgreSQL did not start: storage tests run on SQLite only"
    tail -n 20 "$dir/server.log" 2>/dev/null || true
    pg_cleanup
    return 0
  fi

  # pg_ctl -w already waited; this confirms the server answers on TCP.
  for attempt in $(seq 1 50); do
    if _pgci_ready "$port"; then
      echo "Started $("$pg_ctl" --version) for the storage tests on port $port"
      return 0
    fi
    sleep 0.2
  done
  echo "PostgreSQL did not answer: storage tests run on SQLite only"
  unset DATABASE_URL
  pg_cleanup
  return 0
}

_pgci_ready() {
  local isready
  if isready=$(_pgci_find pg_isready); then
    "$isready" -q -h 127.0.0.1 -p "$1" -U postgres
  else
    psql -q -h 127.0.0.1 -p "$1" -U postgres -d postgres -c "select 1" >/dev/null 2>&1
  fi
}

_pgci_start
