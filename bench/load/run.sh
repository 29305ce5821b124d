#!/usr/bin/env bash
# Builds the gateway in Release, starts it on a free loopback port (embedded SQLite in a temp content
# root, bare comparison endpoints on, rate limits raised for seeding), runs bench.mjs, stops it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
content_root="$(mktemp -d -t teamgrains-load-XXXXXX)"
gateway_pid=""
cleanup() {
  if [[ -n "$gateway_pid" ]] && kill -0 "$gateway_pid" 2>/dev/null; then kill "$gateway_pid"; wait "$gateway_pid" 2>/dev/null || true; fi
  rm -rf "$content_root"
}
trap cleanup EXIT

dotnet build "$repo/src/TeamGrains.Gateway" -c Release -o "$content_root/bin" --nologo -v quiet
(cd "$here" && npm ci --no-audit --no-fund --silent)
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')"
export GATEWAY_URL="http://127.0.0.1:$port"

ASPNETCORE_ENVIRONMENT=Production Auth__DevelopmentTokens=true Auth__SigningKey="load-run-signing-key-0123456789abcdef" \
Gateway__BenchBareEndpoint=true RateLimits__RequestsPerSecond=10000000 RateLimits__SignUpsPerMinute=100000 RateLimits__MutationsPerSecond=100000 \
Logging__LogLevel__Default=Warning \
  dotnet "$content_root/bin/TeamGrains.Gateway.dll" --urls "$GATEWAY_URL" --contentRoot "$content_root" >"$content_root/gateway.log" 2>&1 &
gateway_pid=$!
for _ in $(seq 1 120); do curl -fsS "$GATEWAY_URL/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "$GATEWAY_URL/readyz" >/dev/null
(cd "$here" && node bench.mjs)
