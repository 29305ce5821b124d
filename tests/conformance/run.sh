#!/usr/bin/env bash
# Builds the gateway, starts it on a free loopback port with the embedded SQLite default in a temporary
# content root, waits for /readyz, runs the Node conformance tests (graphql-http audit, graphql-ws
# clients) against it, and stops it. Exit code: the tests' exit code.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
content_root="$(mktemp -d -t teamgrains-conformance-XXXXXX)"
gateway_pid=""

cleanup() {
  if [[ -n "$gateway_pid" ]] && kill -0 "$gateway_pid" 2>/dev/null; then
    kill "$gateway_pid"
    wait "$gateway_pid" 2>/dev/null || true
  fi
  rm -rf "$content_root"
}
trap cleanup EXIT

dotnet build "$repo/src/TeamGrains.Gateway" -c Release -o "$content_root/bin" --nologo -v quiet
(cd "$here" && npm ci --no-audit --no-fund --silent)

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')"
export GATEWAY_URL="http://127.0.0.1:$port"

ASPNETCORE_ENVIRONMENT=Production \
Auth__DevelopmentTokens=true \
Auth__SigningKey="conformance-$(node -e 'console.log(require("crypto").randomBytes(24).toString("hex"))')" \
  dotnet "$content_root/bin/TeamGrains.Gateway.dll" --urls "$GATEWAY_URL" --contentRoot "$content_root" \
  >"$content_root/gateway.log" 2>&1 &
gateway_pid=$!

for _ in $(seq 1 120); do
  if curl -fsS "$GATEWAY_URL/readyz" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$gateway_pid" 2>/dev/null; then
    echo "The gateway exited during start-up:" >&2
    cat "$content_root/gateway.log" >&2
    exit 1
  fi
  sleep 0.5
done
curl -fsS "$GATEWAY_URL/readyz" >/dev/null || { echo "The gateway never became ready:" >&2; tail -50 "$content_root/gateway.log" >&2; exit 1; }

status=0
(cd "$here" && node --test --test-reporter=spec audit.test.mjs subscriptions.test.mjs) || status=$?
if [[ $status -ne 0 ]]; then
  echo "--- last gateway log lines ---" >&2
  tail -40 "$content_root/gateway.log" >&2
fi
exit $status
