// Reads the source of truth directly with psql (the database the nodes share).
import { execFileSync } from 'node:child_process';

export function sql(query) {
  const out = execFileSync('psql', ['-qAtX', '-F', '\t', '-d', process.env.CLUSTER_DB, '-c', query], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.length > 0).map((line) => line.split('\t'));
}

export const scalar = (query) => sql(query)[0]?.[0];

export const quote = (value) => `'${String(value).replaceAll("'", "''")}'`;
