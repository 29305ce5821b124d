// docker-compose.yml and the Dockerfile cannot run here (no Docker): check that they parse and describe
// the topology scripts/cluster.sh runs: PostgreSQL plus nodes with the same settings and health checks.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const SHARED_SETTINGS = ['ConnectionStrings__Postgres', 'Auth__SigningKey', 'Auth__DevelopmentTokens'];

export function composeMatchesClusterScript(check, repo) {
  let compose;
  try {
    compose = parse(readFileSync(`${repo}/docker-compose.yml`, 'utf8'), { merge: true }); // compose supports YAML merge keys (<<)
  } catch (error) {
    check(`docker-compose.yml parses (${error.message})`, false);
    return;
  }
  check('docker-compose.yml parses', true);
  const script = readFileSync(`${repo}/scripts/cluster.sh`, 'utf8');
  const dockerfile = readFileSync(`${repo}/Dockerfile`, 'utf8');
  const services = compose.services ?? {};
  const nodes = Object.entries(services).filter(([name]) => /^node\d+$/.test(name));
  check(`compose names postgres and at least two nodes (${Object.keys(services).join(', ')})`, 'postgres' in services && nodes.length >= 2);
  check('postgres has a health check and every node waits for it',
    Boolean(services.postgres?.healthcheck) && nodes.every(([, s]) => s.depends_on?.postgres?.condition === 'service_healthy'));
  check('every node has a health check on /readyz', nodes.every(([, s]) => JSON.stringify(s.healthcheck?.test ?? '').includes('/readyz')));
  check(`every node and scripts/cluster.sh set ${SHARED_SETTINGS.join(', ')}`,
    nodes.every(([, s]) => SHARED_SETTINGS.every((k) => k in (s.environment ?? {}))) && SHARED_SETTINGS.every((k) => script.includes(`${k}=`)));
  const keys = new Set(nodes.map(([, s]) => s.environment.Auth__SigningKey));
  check('every node gets the same signing key, from configuration', keys.size === 1 && [...keys][0].includes('${'));
  check('compose points nodes at the postgres service', nodes.every(([, s]) => s.environment.ConnectionStrings__Postgres.includes('Host=postgres')));
  check('the Dockerfile publishes the gateway and runs the dll cluster.sh runs, with a /readyz health check',
    dockerfile.includes('src/TeamGrains.Gateway') && dockerfile.includes('"TeamGrains.Gateway.dll"') && script.includes('TeamGrains.Gateway.dll') && dockerfile.includes('/readyz'));
}
