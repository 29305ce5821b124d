#!/usr/bin/env bash
# The one test command (README): builds everything, starts PostgreSQL where this machine can,
# installs the Node.js test harnesses, runs every .NET test project and the conformance suite
# against a real running gateway, and ends with one summary line "N passed, N failed, N skipped".
#
# PostgreSQL: uses $TEAMGRAINS_TEST_POSTGRES when set; otherwise starts the machine's PostgreSQL 15
# (needs root; scripts/start-postgres.sh). Without one, PostgreSQL tests are skipped and this script
# says so loudly; with TEAMGRAINS_REQUIRE_POSTGRES=1 (CI) they fail instead.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ -z "${TEAMGRAINS_TEST_POSTGRES:-}" ]; then
  if [ "$(id -u)" = "0" ] && pg=$(bash scripts/start-postgres.sh); then
    export TEAMGRAINS_TEST_POSTGRES="$pg"
  else
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
    echo "!!! No PostgreSQL: PostgreSQL tests will be SKIPPED. Set TEAMGRAINS_TEST_POSTGRES" >&2
    echo "!!! to an Npgsql connection string, or run this script as root to start one.    " >&2
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  fi
fi

for harness in tests/graphqljs tests/conformance tests/cluster; do
  if [ -f "$harness/package.json" ]; then
    (cd "$harness" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in $harness" >&2; exit 1; }
  fi
done

dotnet build TeamGrains.sln -c Release -warnaserror 2>&1 | tail -3
[ "${PIPESTATUS[0]}" = "0" ] || { echo "build failed" >&2; exit 1; }

log=$(mktemp)
status=0
for project in tests/*/*.Tests.csproj; do
  echo "== $project"
  plog=$(mktemp)
  dotnet test "$project" -c Release --no-build > "$plog" 2>&1
  project_status=$?
  cat "$plog" >> "$log"
  grep -E "^(Passed!|Failed!)|\[FAIL\]|Skipped |error" "$plog"
  if [ "$project_status" != "0" ]; then
    status=1
    # Why each test failed: its message and the top of its stack, so a CI log alone explains it.
    grep -E -A 30 "^ +Failed [A-Za-z]" "$plog" | head -200
  fi
done

passed=$(grep -Eo "Passed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo "Failed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo "Skipped: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')

# Suites that drive real processes: the conformance suite (graphql-http audit, graphql-ws) against a
# running gateway, and the multi-process cluster test (three nodes over PostgreSQL, kill -9, restart).
for suite in tests/conformance/run.sh tests/cluster/run.sh; do
  [ -f "$suite" ] || continue
  echo "== $suite"
  clog=$(mktemp)
  bash "$suite" 2>&1 | tee "$clog"
  [ "${PIPESTATUS[0]}" = "0" ] || status=1
  # node's test runner closes with "ℹ pass N" / "ℹ fail N" (or "# pass N"); shell suites print "N passed, N failed".
  passed=$((passed + $(grep -Eo "^(# |ℹ )pass [0-9]+|^[0-9]+ passed, [0-9]+ failed" "$clog" | grep -Eo "[0-9]+" | head -1 | awk '{s+=$1} END {print s+0}')))
  failed=$((failed + $(grep -Eo "^(# |ℹ )fail [0-9]+|^[0-9]+ passed, [0-9]+ failed" "$clog" | grep -Eo "[0-9]+" | tail -1 | awk '{s+=$1} END {print s+0}')))
done

if [ "$skipped" != "0" ]; then
  echo "WARNING: $skipped tests were skipped (PostgreSQL missing?)" >&2
  if [ "${TEAMGRAINS_REQUIRE_POSTGRES:-}" = "1" ]; then status=1; fi
fi
if [ "$status" != "0" ] && [ "$failed" = "0" ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
