// Usage: node print-schema.mjs query                  -> the introspection query the tests send
//        node print-schema.mjs sdl <schema.graphql>   -> printSchema(buildSchema(sdl))
//        node print-schema.mjs introspection <file>   -> printSchema(buildClientSchema(result))
// where <file> holds an introspection response ({"data": {...}} or the data itself).
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const introspectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

const [mode, path] = process.argv.slice(2);
if (mode === 'query') {
  process.stdout.write(getIntrospectionQuery(introspectionOptions));
} else if (mode === 'sdl') {
  process.stdout.write(printSchema(buildSchema(readFileSync(path, 'utf8'))));
} else if (mode === 'introspection') {
  const response = JSON.parse(readFileSync(path, 'utf8'));
  process.stdout.write(printSchema(buildClientSchema(response.data ?? response)));
} else {
  process.stderr.write('usage: node print-schema.mjs query | sdl <file> | introspection <file>\n');
  process.exit(2);
}
