// Usage: node validate.mjs <schema.graphql> <corpus file or folder>...
// Prints a JSON array: for each document, whether graphql-js validate(schema, parse(doc),
// specifiedRules) accepts it, with the error messages (or the syntax error). Empty selection sets
// are parsed as the spec grammar says (SelectionSet : { Selection+ }), not as graphql-js 17 allows.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { readCorpus } from './corpus.mjs';

const [schemaPath, ...corpusPaths] = process.argv.slice(2);
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));

const results = readCorpus(corpusPaths).map(({ name, document }) => {
  let ast;
  try {
    ast = parse(document, { allowEmptySelectionSets: false });
  } catch (error) {
    return { name, valid: false, syntaxError: error.message, errors: [] };
  }
  const errors = validate(schema, ast, specifiedRules).map((error) => error.message);
  return { name, valid: errors.length === 0, errors };
});
process.stdout.write(JSON.stringify(results, null, 1));
