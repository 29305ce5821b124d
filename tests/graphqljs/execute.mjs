// Usage: node execute.mjs <corpus file or folder>...
// Executes each valid document against the execution test schema (schemas/starwars.graphql with
// the resolvers of execution-schema.mjs) and prints, per document, the normalized result:
// compact JSON {"data":...,"errorPaths":[...]} where "data" is left out when the response has
// none and errorPaths are the errors' paths as JSON ("null" without a path), sorted.
import { fileURLToPath } from 'node:url';
import { execute, parse, specifiedRules, validate } from 'graphql';
import { buildExecutionSchema } from './execution-schema.mjs';
import { readCorpus } from './corpus.mjs';

const schema = buildExecutionSchema(fileURLToPath(new URL('./schemas/starwars.graphql', import.meta.url)));

export function normalize(result) {
  const normalized = {};
  if ('data' in result) normalized.data = result.data ?? null;
  normalized.errorPaths = (result.errors ?? [])
    .map((error) => JSON.stringify(error.path ?? null))
    .sort();
  return JSON.stringify(normalized);
}

const results = [];
for (const { name, document, variables, operationName } of readCorpus(process.argv.slice(2))) {
  let ast;
  try {
    ast = parse(document, { allowEmptySelectionSets: false });
  } catch {
    results.push({ name, valid: false });
    continue;
  }
  if (validate(schema, ast, specifiedRules).length > 0) {
    results.push({ name, valid: false });
    continue;
  }
  // eslint-disable-next-line no-await-in-loop
  const result = await execute({ schema, document: ast, variableValues: variables, operationName });
  results.push({ name, valid: true, result: normalize(result) });
}
process.stdout.write(JSON.stringify(results, null, 1));
