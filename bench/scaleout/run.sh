#!/usr/bin/env bash
# Scale-out measurements, one run, one machine (numbers go to docs/scale-out.md):
#   checkPermission throughput with 1, 2 and 3 nodes; changeMemberRole throughput with 1 and 3 nodes
#   next to pgbench's simple-update TPS (pgbench -N) on the same server, and the same role changes made
#   straight into a silo (bench/TeamGrains.Benchmarks -- mutations: the storage path without the gateway); cross-node staleness of
#   invitation events under load (3 nodes). Uses the machine's PostgreSQL (PGHOST/PGPORT, default
#   127.0.0.1:5432) with its own databases, and scripts/cluster.sh for the nodes.
# Settings: BENCH_SECONDS (15), BENCH_CONCURRENCY (16), PGBENCH_CLIENTS (16), CLUSTER_NO_BUILD=1.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"
export CLUSTER_DIR="${CLUSTER_DIR:-/tmp/teamgrains-bench-cluster}" CLUSTER_DB="teamgrains_bench" CLUSTER_FRESH=1
export CLUSTER_BASE_PORT="${CLUSTER_BASE_PORT:-5400}" CLUSTER_LOG_LEVEL=Warning
cluster="$repo/scripts/cluster.sh"
seconds="${BENCH_SECONDS:-15}"
url() { "$cluster" url "$1"; }
bench() { node "$here/bench.mjs" "$@"; }
trap '"$cluster" stop >/dev/null 2>&1 || true' EXIT

(cd "$repo/tests/cluster" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
echo "# $(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(psql -qAt -d postgres -c 'SHOW server_version') ; BENCH_SECONDS=$seconds BENCH_CONCURRENCY=${BENCH_CONCURRENCY:-16}"

"$cluster" start 1
bench checks "$(url 1)"
bench mutations "$(url 1)"
BENCH_SHARED_ORG=1 bench mutations "$(url 1)"

echo "# pgbench -N (simple update), same server, same run"
psql -qAt -d postgres -c 'DROP DATABASE IF EXISTS teamgrains_pgbench' -c 'CREATE DATABASE teamgrains_pgbench' >/dev/null
pgbench -i -s 10 -q teamgrains_pgbench >/dev/null 2>&1
pgbench -N -c "${PGBENCH_CLIENTS:-16}" -j 2 -T "$seconds" teamgrains_pgbench 2>/dev/null | grep -E "^(tps|latency average|number of clients)"
echo "# role changes straight into one silo (no HTTP/GraphQL gateway, no load-generator process), same server"
TEAMGRAINS_BENCH_POSTGRES="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD" \
  dotnet run -c Release --project "$repo/bench/TeamGrains.Benchmarks" -- mutations "$seconds" "${BENCH_CONCURRENCY:-16}" 2>/dev/null | grep '^{'
echo "# the same with one client (every commit waits for its own WAL flush)"
pgbench -N -c 1 -T "$seconds" teamgrains_pgbench 2>/dev/null | grep -E "^(tps|latency average)"
psql -qAt -d teamgrains_pgbench -c 'CREATE TABLE bench_log_head (id INT PRIMARY KEY, position BIGINT NOT NULL)' \
  -c 'INSERT INTO bench_log_head VALUES (1, 0)' -c 'CREATE TABLE bench_log (position BIGINT PRIMARY KEY, payload TEXT)' \
  -c 'CREATE TABLE bench_xid_log (position BIGINT PRIMARY KEY, payload TEXT)' >/dev/null
for script in gapless-log gapless-log-notify xid-log xid-log-notify; do
  case $script in
    gapless-log*) what="the former one-row change-log counter (commits serialize on it)" ;;
    *) what="TeamGrains' change-log row at xid * 65536 + ordinal (no shared row)" ;;
  esac
  echo "# pgbench -f $script.sql: simple update + $what$([[ $script == *notify ]] && echo ' + NOTIFY')"
  pgbench -n -f "$here/$script.sql" -c "${PGBENCH_CLIENTS:-16}" -j 2 -T "$seconds" teamgrains_pgbench 2>/dev/null | grep -E "^(tps|latency average)"
done
psql -qAt -d postgres -c 'DROP DATABASE teamgrains_pgbench' >/dev/null

CLUSTER_NO_BUILD=1 "$cluster" start-node 2
bench checks "$(url 1)" "$(url 2)"
CLUSTER_NO_BUILD=1 "$cluster" start-node 3
bench checks "$(url 1)" "$(url 2)" "$(url 3)"
bench mutations "$(url 1)" "$(url 2)" "$(url 3)"
BENCH_SAMPLES="${BENCH_SAMPLES:-300}" bench staleness "$(url 1)" "$(url 2)" "$(url 3)"
