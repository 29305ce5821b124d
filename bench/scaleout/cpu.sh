#!/usr/bin/env bash
# CPU per operation, split by process: PostgreSQL's backends, the node, and the whole machine.
#   bash bench/scaleout/cpu.sh mutations   one node (fresh database), 6 s warm-up, then 15 s of
#                                          `bench.mjs mutations` (16 clients): ms of CPU per role change
#   bash bench/scaleout/cpu.sh pgbench     `pgbench -N -c 16 -j 2` for 16 s: ms of CPU per transaction
#                                          (PostgreSQL's backends and the pgbench client, over 12 s of it)
# CPU comes from /proc/PID/stat (utime + stime) before and after; "machine" is every busy jiffy in
# /proc/stat, so it includes the Node.js load generator. Settings: PGHOST/PGPORT/PGUSER/PGPASSWORD,
# CLUSTER_BASE_PORT (default 5600), CLUSTER_NO_BUILD=1 to skip the build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"
postgres_ticks() { local sum=0 t; for p in $(pgrep -u postgres postgres); do t=$(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0); sum=$((sum + t)); done; echo "$sum"; }
machine_ticks() { awk '/^cpu /{print $2+$3+$4+$6+$7+$8}' /proc/stat; }
ms_per() { awk -v ticks="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.3f", ticks * 1000 / hz / n }'; }

case "${1:-}" in
  mutations)
    export CLUSTER_DIR="${CLUSTER_DIR:-/tmp/teamgrains-cpu}" CLUSTER_DB=teamgrains_cpu CLUSTER_FRESH=1
    export CLUSTER_BASE_PORT="${CLUSTER_BASE_PORT:-5600}" CLUSTER_LOG_LEVEL=Warning
    trap '"$repo/scripts/cluster.sh" stop >/dev/null 2>&1 || true' EXIT
    "$repo/scripts/cluster.sh" start 1 >/dev/null
    url="$("$repo/scripts/cluster.sh" url 1)"
    node_pid="$(cat "$CLUSTER_DIR/pids/node1.pid")"
    BENCH_SECONDS=6 node "$here/bench.mjs" mutations "$url" >/dev/null
    pg0=$(postgres_ticks); node0=$(awk '{print $14+$15}' "/proc/$node_pid/stat"); all0=$(machine_ticks)
    result=$(BENCH_CONCURRENCY=16 BENCH_SECONDS=15 node "$here/bench.mjs" mutations "$url")
    pg1=$(postgres_ticks); node1=$(awk '{print $14+$15}' "/proc/$node_pid/stat"); all1=$(machine_ticks)
    done_=$(echo "$result" | sed -E 's/.*"completed":([0-9]+).*/\1/')
    echo "$result"
    echo "ms of CPU per role change: postgres $(ms_per $((pg1 - pg0)) "$done_"), node $(ms_per $((node1 - node0)) "$done_"), machine $(ms_per $((all1 - all0)) "$done_")"
    ;;
  pgbench)
    psql -qAt -d postgres -c 'DROP DATABASE IF EXISTS teamgrains_cpu_pgbench' -c 'CREATE DATABASE teamgrains_cpu_pgbench' >/dev/null
    pgbench -i -s 10 -q teamgrains_cpu_pgbench >/dev/null 2>&1
    commits() { psql -qAt -d teamgrains_cpu_pgbench -c "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"; }
    out=$(mktemp)
    pgbench -N -c 16 -j 2 -T 16 teamgrains_cpu_pgbench >"$out" 2>/dev/null &
    sleep 1
    client=$(pgrep -x pgbench | head -1)
    pg0=$(postgres_ticks); c0=$(awk '{print $14+$15}' "/proc/$client/stat"); x0=$(commits)
    sleep 12
    pg1=$(postgres_ticks); c1=$(awk '{print $14+$15}' "/proc/$client/stat"); x1=$(commits)
    wait
    grep -E '^tps' "$out"; rm -f "$out"
    # Backends that started or ended inside the window are not in both samples; with 16 long-lived
    # clients connected before it, none do.
    echo "ms of CPU per transaction: postgres $(ms_per $((pg1 - pg0)) $((x1 - x0))), pgbench client $(ms_per $((c1 - c0)) $((x1 - x0)))"
    psql -qAt -d postgres -c 'DROP DATABASE teamgrains_cpu_pgbench' >/dev/null
    ;;
  *) echo "usage: $0 mutations|pgbench" >&2; exit 2 ;;
esac
