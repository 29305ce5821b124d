#!/usr/bin/env bash
# Starts the machine's PostgreSQL 15 (Debian's cluster 15/main) for tests and local runs,
# installing it first where it is missing, and prints the connection string to use.
# Idempotent: running it twice leaves one running server.
set -euo pipefail

PG_PASSWORD="${TEAMGRAINS_PG_PASSWORD:-postgres}"

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /usr/lib/postgresql/15 ]; then
  echo "start-postgres: installing postgresql 15 from Debian" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
fi

if ! pg_lsclusters -h | grep -q '^15 \+main'; then
  pg_createcluster 15 main >&2
fi

status=$(pg_lsclusters -h | awk '$1=="15" && $2=="main" {print $4}')
if [ "$status" != "online" ]; then
  pg_ctlcluster 15 main start >&2
fi

for _ in $(seq 1 30); do
  if su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done
su postgres -c "psql -qtAc \"ALTER USER postgres PASSWORD '$PG_PASSWORD'\"" >/dev/null
# Tests create many databases and connections at once.
echo "Host=127.0.0.1;Port=5432;Username=postgres;Password=$PG_PASSWORD"
