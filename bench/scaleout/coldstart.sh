#!/usr/bin/env bash
# Cold start of a node over a database holding 100,000 users (each with a personal organization and
# its OWNER membership, as sign-up makes them): seeded with SQL from the rows one real sign-up wrote,
# then one node started; reports ms to /readyz, and ms for the first requests (a seeded user signs in,
# then checks a permission), next to the same start over an empty database.
# Settings: COLDSTART_USERS (100000), CLUSTER_NO_BUILD=1, PGHOST/PGPORT (the machine's PostgreSQL).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"
export CLUSTER_DIR="${CLUSTER_DIR:-/tmp/teamgrains-coldstart}" CLUSTER_DB="teamgrains_coldstart" CLUSTER_BASE_PORT="${CLUSTER_BASE_PORT:-5500}"
users="${COLDSTART_USERS:-100000}"
cluster="$repo/scripts/cluster.sh"
url="$("$cluster" url 1)"
trap '"$cluster" stop >/dev/null 2>&1 || true' EXIT
now() { date +%s%3N; }
gql() { curl -fsS -m 30 "$url/graphql" -H 'content-type: application/json' ${2:+-H "authorization: Bearer $2"} -d "$1"; }
start_timed() {
  "$cluster" stop >/dev/null
  local t0; t0=$(now)
  CLUSTER_NO_BUILD=1 "$cluster" start-node 1 >/dev/null 2>&1
  echo $(( $(now) - t0 ))
}

CLUSTER_FRESH=1 "$cluster" start 1 >/dev/null 2>&1
empty_ms=$(start_timed)
template=$(gql '{"query":"mutation { signUp(input: { email: \"template@seed.example.com\" }) { user { id personalOrganization { id } } } }"}')
tid=$(echo "$template" | jq -r .data.signUp.user.id)
torg=$(echo "$template" | jq -r .data.signUp.user.personalOrganization.id)
"$cluster" stop >/dev/null

seed_started=$(now)
psql -qAt -d "$CLUSTER_DB" -v ON_ERROR_STOP=1 <<SQL
BEGIN;
INSERT INTO users (id, email, display_name, status, created_at)
  SELECT 'seedu' || g, 'seed' || g || '@seed.example.com', 'Seed ' || g, status, created_at FROM users, generate_series(1, $users) g WHERE id = '$tid';
INSERT INTO organizations (id, name, parent_id, root_id, personal_owner_id, seat_limit, sso_enabled, tree_version, created_at)
  SELECT 'seedo' || g, name, NULL, 'seedo' || g, 'seedu' || g, seat_limit, sso_enabled, tree_version, created_at FROM organizations, generate_series(1, $users) g WHERE id = '$torg';
INSERT INTO memberships (organization_id, user_id, role, joined_at, added_by)
  SELECT 'seedo' || g, 'seedu' || g, role, joined_at, NULL FROM memberships, generate_series(1, $users) g WHERE organization_id = '$torg' AND user_id = '$tid';
INSERT INTO grain_versions (grain_type, grain_key, version)
  SELECT v.grain_type, replace(replace(replace(v.grain_key, '$tid', 'seedu' || g), '$torg', 'seedo' || g), 'template@', 'seed' || g || '@'), v.version
  FROM grain_versions v, generate_series(1, $users) g
  WHERE v.grain_key IN ('$tid', '$torg', 'template@seed.example.com');
COMMIT;
ANALYZE;
SQL
seed_ms=$(( $(now) - seed_started ))
count=$(psql -qAt -d "$CLUSTER_DB" -c "SELECT count(*) FROM users")

full_ms=$(start_timed)
t0=$(now)
signin=$(gql '{"query":"mutation { signUp(input: { email: \"seed4242@seed.example.com\" }) { token user { id } } }"}')
signin_ms=$(( $(now) - t0 ))
token=$(echo "$signin" | jq -r .data.signUp.token)
t0=$(now)
check=$(gql '{"query":"{ checkPermission(organizationId: \"seedo4242\", permission: \"members:manage\") }"}' "$token")
check_ms=$(( $(now) - t0 ))
t0=$(now)
gql '{"query":"{ checkPermission(organizationId: \"seedo4242\", permission: \"members:manage\") }"}' "$token" >/dev/null
warm_ms=$(( $(now) - t0 ))

echo "users in database: $count (seeded in ${seed_ms} ms)"
echo "start to /readyz, empty database: ${empty_ms} ms"
echo "start to /readyz, $count users: ${full_ms} ms"
echo "first sign-in of a seeded user: ${signin_ms} ms -> $(echo "$signin" | jq -c .data.signUp.user)"
echo "first checkPermission (activations load): ${check_ms} ms -> $(echo "$check" | jq -c .data)"
echo "second checkPermission (warm): ${warm_ms} ms"
