// Reads corpus files. A corpus file holds many GraphQL documents, each introduced by a line
// "### <case name>". Lines "#! variables: <json>" and "#! operationName: <name>" inside a case
// are GraphQL comments to the parser and request parameters to the execution harness.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function readCorpus(paths) {
  const files = paths.flatMap((path) => (statSync(path).isDirectory()
    ? readdirSync(path).filter((f) => f.endsWith('.graphql')).sort().map((f) => join(path, f))
    : [path]));
  return files.flatMap(readCorpusFile);
}

function readCorpusFile(file) {
  const cases = [];
  let current = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('### ')) {
      current = { name: line.slice(4).trim(), lines: [] };
      cases.push(current);
    } else if (current) {
      current.lines.push(line);
    }
  }
  return cases.map(({ name, lines }) => {
    const document = lines.join('\n').trim();
    const variables = /^#! variables: (.*)$/m.exec(document);
    const operationName = /^#! operationName: (.*)$/m.exec(document);
    return {
      name,
      document,
      variables: variables ? JSON.parse(variables[1]) : undefined,
      operationName: operationName ? operationName[1].trim() : undefined,
    };
  });
}
