#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the server tests' PostgreSQL run and prints the admin
# URL the tests take in CENTRALITA_TEST_POSTGRES. Usage:
#   url="$(bash .ci/postgres.sh start DIR)"   # a fresh cluster in DIR (created), on loopback only
#   bash .ci/postgres.sh stop DIR
# The cluster lives in DIR only: no system service, no change to an existing cluster. Durability
# is switched off because the data is thrown away. Runs as root (the postgres user owns DIR) or
# as any other user.
set -euo pipefail

port="${CENTRALITA_TEST_POSTGRES_PORT:-54329}"
role=centralita
password=centralita

action="${1:-}"
dir="${2:-}"
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "postgres.sh: no PostgreSQL server found under /usr/lib/postgresql (install postgresql)" >&2
  exit 1
fi

# initdb refuses to run as root: run the server as the postgres user then.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); fi

case "$action" in
start)
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  pwfile="$dir/.pw"
  printf '%s\n' "$password" >"$pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$pwfile"; fi
  "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$pwfile"
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
        -c full_page_writes=off -c max_connections=200" >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  "${as_owner[@]}" "$bindir/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'" >/dev/null
  echo "postgresql://$role:$password@127.0.0.1:$port/postgres"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
