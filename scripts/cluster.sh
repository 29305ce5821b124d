#!/usr/bin/env bash
# A TeamGrains cluster on this machine, the same topology as docker-compose.yml: one PostgreSQL and
# N nodes (gateway + silo each) on loopback ports, all sharing one database and one signing key.
#
#   scripts/cluster.sh start [N]      start PostgreSQL (if needed), create the database, build once,
#                                     start N nodes (default 3), wait until every /readyz answers 200
#   scripts/cluster.sh stop           stop every node (SIGTERM, then SIGKILL after 10 s)
#   scripts/cluster.sh kill NODE      kill -9 one node (NODE is its number, 1..N)
#   scripts/cluster.sh start-node NODE  start one node again (after kill or stop) and wait for it
#   scripts/cluster.sh status         one line per node: pid, alive, ready
#   scripts/cluster.sh url NODE       the node's base URL
#
# Settings (environment):
#   CLUSTER_DIR        state folder: pids/, logs/, signing key (default /tmp/teamgrains-cluster)
#   CLUSTER_BASE_PORT  node K listens on BASE_PORT+K (default 5300)
#   CLUSTER_DB         database name (default teamgrains_cluster); CLUSTER_FRESH=1 drops it first
#   CLUSTER_NO_BUILD=1 skip the build (use the existing Release output)
#   PGHOST PGPORT PGUSER PGPASSWORD   the PostgreSQL server (default 127.0.0.1 5432 postgres postgres)
#   CLUSTER_PG_OPTIONS extra Npgsql connection-string options appended as-is (e.g. "SSL Mode=Disable"),
#                      for A/B measurements of connection settings
#   TEAMGRAINS_SIGNING_KEY  the key every node shares; when unset, one is generated ONCE per cluster
#                      folder and given to every node (never one per node: tokens must verify anywhere)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${CLUSTER_DIR:-/tmp/teamgrains-cluster}"
base_port="${CLUSTER_BASE_PORT:-5300}"
db="${CLUSTER_DB:-teamgrains_cluster}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"
dll="$repo/src/TeamGrains.Gateway/bin/Release/net10.0/TeamGrains.Gateway.dll"

log() { echo "cluster: $*" >&2; }
port_of() { echo $((base_port + $1)); }
url_of() { echo "http://127.0.0.1:$(port_of "$1")"; }
pid_of() { cat "$dir/pids/node$1.pid" 2>/dev/null || true; }
# A killed node whose parent is gone may linger as a zombie until reaped: that is not alive.
alive() { local pid st; pid=$(pid_of "$1"); [[ -n "$pid" ]] && st=$(ps -o stat= -p "$pid" 2>/dev/null) && [[ "$st" != Z* ]]; }
ready() { curl -fsS -m 2 "$(url_of "$1")/readyz" >/dev/null 2>&1; }
nodes() { find "$dir/pids" -name 'node*.pid' 2>/dev/null | sed -E 's/.*node([0-9]+)\.pid/\1/' | sort -n; }

ensure_postgres() {
  if pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; then
    return
  fi
  if [[ "$(id -u)" == "0" ]]; then
    log "starting PostgreSQL"
    bash "$repo/scripts/start-postgres.sh" >/dev/null
  else
    log "PostgreSQL is not reachable at $PGHOST:$PGPORT (run as root to start it)"; exit 1
  fi
}

ensure_database() {
  if [[ "${CLUSTER_FRESH:-0}" == "1" ]]; then
    psql -qAt -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
  fi
  if [[ -z "$(psql -qAt -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
    psql -qAt -d postgres -c "CREATE DATABASE \"$db\"" >/dev/null
    log "created database $db"
  fi
}

signing_key() {
  if [[ -n "${TEAMGRAINS_SIGNING_KEY:-}" ]]; then
    echo "$TEAMGRAINS_SIGNING_KEY"; return
  fi
  if [[ ! -s "$dir/signing-key" ]]; then
    (umask 077; head -c 48 /dev/urandom | base64 | tr -d '\n' >"$dir/signing-key")
  fi
  cat "$dir/signing-key"
}

start_node() {
  local n=$1 key=$2
  if alive "$n"; then log "node$n already running (pid $(pid_of "$n"))"; return; fi
  mkdir -p "$dir/pids" "$dir/logs" "$dir/content/node$n"
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Postgres="Host=$PGHOST;Port=$PGPORT;Database=$db;Username=$PGUSER;Password=$PGPASSWORD${CLUSTER_PG_OPTIONS:+;$CLUSTER_PG_OPTIONS}" \
  Auth__SigningKey="$key" \
  Auth__DevelopmentTokens=true \
  RateLimits__MutationsPerSecond="${CLUSTER_MUTATIONS_PER_SECOND:-100000}" \
  RateLimits__SignUpsPerMinute="${CLUSTER_SIGNUPS_PER_MINUTE:-1000000}" \
  Logging__LogLevel__Default="${CLUSTER_LOG_LEVEL:-Warning}" \
    nohup dotnet "$dll" --urls "$(url_of "$n")" --contentRoot "$dir/content/node$n" \
    >>"$dir/logs/node$n.log" 2>&1 &
  echo $! >"$dir/pids/node$n.pid"
}

wait_ready() {
  local n=$1
  for _ in $(seq 1 600); do
    if ready "$n"; then return 0; fi
    if ! alive "$n"; then log "node$n exited during start-up:"; tail -30 "$dir/logs/node$n.log" >&2; return 1; fi
    sleep 0.1
  done
  log "node$n never became ready"; tail -30 "$dir/logs/node$n.log" >&2; return 1
}

cmd_start() {
  local count=${1:-3}
  mkdir -p "$dir/pids" "$dir/logs"
  ensure_postgres
  ensure_database
  if [[ "${CLUSTER_NO_BUILD:-0}" != "1" ]]; then
    log "building (Release)"
    dotnet build "$repo/src/TeamGrains.Gateway" -c Release --nologo -v quiet -warnaserror >/dev/null
  fi
  local key; key=$(signing_key)
  # The first node applies the schema migrations; the others then start without waiting on its lock.
  start_node 1 "$key"; wait_ready 1
  for n in $(seq 2 "$count"); do start_node "$n" "$key"; done
  for n in $(seq 2 "$count"); do wait_ready "$n"; done
  for n in $(seq 1 "$count"); do log "node$n ready at $(url_of "$n") (pid $(pid_of "$n"))"; done
}

cmd_stop() {
  for n in $(nodes); do
    if alive "$n"; then kill -TERM "$(pid_of "$n")"; fi
  done
  for n in $(nodes); do
    for _ in $(seq 1 40); do alive "$n" || break; sleep 0.25; done
    if alive "$n"; then kill -KILL "$(pid_of "$n")"; fi
    rm -f "$dir/pids/node$n.pid"
  done
  log "stopped"
}

cmd_kill() {
  local n=${1:?usage: cluster.sh kill NODE}
  alive "$n" || { log "node$n is not running"; exit 1; }
  kill -KILL "$(pid_of "$n")"
  log "node$n killed (kill -9)"
}

cmd_start_node() {
  local n=${1:?usage: cluster.sh start-node NODE}
  start_node "$n" "$(signing_key)"; wait_ready "$n"
  log "node$n ready at $(url_of "$n") (pid $(pid_of "$n"))"
}

cmd_status() {
  for n in $(nodes); do
    local state=dead readiness=-
    if alive "$n"; then state=alive; if ready "$n"; then readiness=ready; else readiness=not-ready; fi; fi
    echo "node$n $(url_of "$n") pid=$(pid_of "$n") $state $readiness"
  done
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  kill) shift; cmd_kill "$@" ;;
  start-node) shift; cmd_start_node "$@" ;;
  status) cmd_status ;;
  url) shift; url_of "${1:?usage: cluster.sh url NODE}" ;;
  *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
