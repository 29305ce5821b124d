#!/usr/bin/env bash
# The multi-process cluster test: a private PostgreSQL 15 server (same binaries as the machine's, its
# own data folder and port, so restarting it mid-test disturbs nobody else), three TeamGrains nodes
# started by scripts/cluster.sh on loopback ports, and cluster.test.mjs driving a bounded load with a
# kill -9 of one node and a PostgreSQL restart. Ends with "N passed, N failed"; exit 0 only if none failed.
# Needs root (to run PostgreSQL as the postgres user). Bounded: about 1-3 minutes, 5 at most.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
pgbin="${PGBIN:-/usr/lib/postgresql/15/bin}"
work="$(mktemp -d -t teamgrains-cluster-test-XXXXXX)"
chmod 755 "$work"
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})'; }

export PGHOST=127.0.0.1 PGPORT="$(free_port)" PGUSER=postgres PGPASSWORD=postgres
export CLUSTER_DIR="$work/cluster" CLUSTER_DB="teamgrains_cluster_test" CLUSTER_BASE_PORT="${CLUSTER_BASE_PORT:-$((20000 + RANDOM % 20000))}"
export CLUSTER_SCRIPT="$repo/scripts/cluster.sh"
pgdata="$work/pg/data"
mkdir -p "$work/pg" && chown postgres "$work/pg"
as_postgres() { su postgres -s /bin/bash -c "$*"; }

cleanup() {
  "$CLUSTER_SCRIPT" stop >/dev/null 2>&1 || true
  as_postgres "$pgbin/pg_ctl -D $pgdata -m immediate -w stop" >/dev/null 2>&1 || true
  if [[ "${KEEP_CLUSTER_LOGS:-0}" == "1" ]]; then echo "logs kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

if [[ "$(id -u)" != "0" ]]; then
  echo "cluster test: needs root to run a private PostgreSQL as user postgres" >&2
  echo "0 passed, 1 failed"; exit 1
fi

as_postgres "$pgbin/initdb -D $pgdata -U postgres --auth=trust -E UTF8" >/dev/null
as_postgres "$pgbin/pg_ctl -D $pgdata -w -l $work/pg/pg.log -o \"-p $PGPORT -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=400\" start" >/dev/null
echo "cluster test: private PostgreSQL on port $PGPORT, nodes from port $((CLUSTER_BASE_PORT + 1))"
CLUSTER_PG_RESTART="su postgres -s /bin/bash -c \"$pgbin/pg_ctl -D $pgdata -m fast -w -l $work/pg/pg.log -o '-p $PGPORT -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=400' restart\" >/dev/null"
export CLUSTER_PG_RESTART

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
"$CLUSTER_SCRIPT" start 3

status=0
timeout 330 node "$here/cluster.test.mjs" || status=$?
if [[ $status -ne 0 ]]; then
  for log in "$CLUSTER_DIR"/logs/*.log; do echo "--- last lines of $(basename "$log")" >&2; grep -vi "^\s*$" "$log" | tail -15 >&2; done
fi
exit $status
