#!/usr/bin/env bash
# Runs the command given as arguments with DATABASE_URL pointing at a throwaway PostgreSQL
# (a fresh cluster in a temp folder on 127.0.0.1, fsync off: for tests only), then stops the
# server and deletes it however the command ends. Without PostgreSQL binaries on this machine
# it runs the command without DATABASE_URL and says so: the PostgreSQL tests then skip.
# As root, the server runs as user `postgres` (the shared recipe "A throwaway PostgreSQL").
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh COMMAND [ARGS...]" >&2
  exit 2
fi

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/postgres" ]; then
  echo "with-postgres: PostgreSQL's binaries are not installed (no /usr/lib/postgresql/*/bin/postgres):" \
    "running without DATABASE_URL, so the PostgreSQL store contract suite and the two-process test SKIP." \
    "To run them: sudo apt-get update && sudo apt-get install -y postgresql" >&2
  unset DATABASE_URL
  exec "$@"
fi

# A port nobody listens on (unless PGPORT says which): test runs side by side must not meet.
PGPORT=${PGPORT:-$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => {
  console.log(s.address().port); s.close(); })")}
PGDATA=$(mktemp -d /tmp/pgdata.XXXXXX)
as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$PGDATA"
  as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi
PGPID=
stop_pg() {
  if [ -n "$PGPID" ]; then
    kill -INT "$PGPID" 2>/dev/null || true
    wait "$PGPID" 2>/dev/null || true
  fi
  rm -rf "$PGDATA" "$PGDATA".*
}
trap stop_pg EXIT

"${as_postgres[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  --no-sync >"$PGDATA.initdb.log" 2>&1 || { cat "$PGDATA.initdb.log" >&2; exit 1; }
# Started directly, not through a shell function, so `kill -INT` reaches the postmaster itself.
"${as_postgres[@]}" "$PGBIN/postgres" -D "$PGDATA" -p "$PGPORT" -c listen_addresses=127.0.0.1 \
  -c unix_socket_directories="$PGDATA" -c fsync=off -c synchronous_commit=off \
  -c full_page_writes=off -c max_connections=200 >"$PGDATA.log" 2>&1 &
PGPID=$!
for _ in $(seq 1 100); do
  "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" && break
  kill -0 "$PGPID" 2>/dev/null || { cat "$PGDATA.log" >&2; exit 1; }
  sleep 0.1
done
"$PGBIN/psql" -q "postgres://postgres@127.0.0.1:$PGPORT/postgres" -c 'create database plenipo_test'
export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/plenipo_test"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') at $DATABASE_URL" >&2
"$@"
