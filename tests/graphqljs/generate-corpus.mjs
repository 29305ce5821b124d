// Writes the generated corpus files: random operations over a schema (seeded, so the output is
// stable), each optionally broken by one mutation that a validation rule must catch (unknown
// field, missing or duplicate argument, wrong literal, bad variable type, fragment cycle, unused
// variable or fragment, ...). graphql-js decides validity; the differential tests compare.
// Usage: node generate-corpus.mjs   (rewrites corpus/validation/90-generated.graphql and
//                                    corpus/execution/90-generated.graphql)
import { readFileSync, writeFileSync } from 'node:fs';
import {
  buildSchema, getNamedType, isAbstractType, isCompositeType, isEnumType, isInputObjectType,
  isLeafType, isListType, isNonNullType, isObjectType,
} from 'graphql';

function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** A literal of the input type; `valid` false gives a literal of the wrong kind. */
function literal(rng, type, depth = 0) {
  if (isNonNullType(type)) return literal(rng, type.ofType, depth);
  if (isListType(type)) {
    const count = rng.int(3);
    return `[${Array.from({ length: count }, () => literal(rng, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return rng.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (type.isOneOf) {
      const field = rng.pick(fields);
      return `{ ${field.name}: ${literal(rng, field.type, depth + 1)} }`;
    }
    const chosen = fields.filter((f) => (isNonNullType(f.type) && f.defaultValue === undefined)
      || (depth < 2 && rng.chance(0.4)));
    return `{ ${chosen.map((f) => `${f.name}: ${literal(rng, f.type, depth + 1)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'Int': return String(rng.int(7) - 1);
    case 'Float': return rng.pick(['1.5', '0.25', '3']);
    case 'Boolean': return rng.pick(['true', 'false']);
    case 'ID': return rng.pick(['"1000"', '"2001"', '"3000"', '1002', '"9999"']);
    default: return rng.pick(['"a"', '"Luke"', '"o"', '"R2"', '""']);
  }
}

const wrongLiterals = ['"text"', '1.5', 'true', 'null', 'UNKNOWN_ENUM', '{ x: 1 }', '[1, "a"]', '2147483648'];

class Generator {
  constructor(schema, rng, options) {
    this.schema = schema;
    this.rng = rng;
    this.options = options;
  }

  selections(type, depth) {
    const rng = this.rng;
    const result = [];
    const count = 1 + rng.int(depth === 0 ? 3 : 4);
    for (let i = 0; i < count; i += 1) {
      if (isAbstractType(type) && rng.chance(0.5)) {
        const target = rng.pick(this.schema.getPossibleTypes(type));
        result.push({ kind: 'inline', typeCondition: target.name, selections: this.selections(target, depth + 1) });
        continue;
      }
      const fields = isObjectType(type) || isAbstractType(type) && type.getFields ? Object.values(type.getFields()) : [];
      if (fields.length === 0 || (isAbstractType(type) && !type.getFields)) {
        result.push({ kind: 'field', name: '__typename', args: [], directives: [] });
        continue;
      }
      const candidates = depth >= this.options.maxDepth
        ? fields.filter((f) => isLeafType(getNamedType(f.type)))
        : fields;
      const field = rng.pick(candidates.length > 0 ? candidates : fields);
      const args = field.args
        .filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || rng.chance(0.3))
        .map((a) => ({ name: a.name, type: a.type, value: literal(rng, a.type) }));
      const named = getNamedType(field.type);
      const node = {
        kind: 'field', name: field.name, args, directives: [], type: field.type,
        alias: rng.chance(0.15) ? `${field.name}Alias${i}` : undefined,
      };
      if (isCompositeType(named)) {
        if (depth >= this.options.maxDepth) node.selections = [{ kind: 'field', name: '__typename', args: [], directives: [] }];
        else node.selections = this.selections(named, depth + 1);
      }
      if (rng.chance(0.08)) node.directives.push(`@${rng.pick(['include', 'skip'])}(if: ${rng.pick(['true', 'false'])})`);
      result.push(node);
    }
    return result;
  }

  operation(index) {
    const rng = this.rng;
    const kind = rng.chance(this.options.mutationChance) && this.schema.getMutationType() ? 'mutation' : 'query';
    const root = kind === 'mutation' ? this.schema.getMutationType() : this.schema.getQueryType();
    const op = { kind, name: `Generated${index}`, variables: [], selections: this.selections(root, 0), fragments: [] };
    // Turn some literal arguments into variables, and some selections into named fragments.
    this.walkFields(op.selections, (field) => {
      for (const arg of field.args) {
        if (arg.type && rng.chance(0.3)) {
          const variable = `v${op.variables.length}`;
          op.variables.push({ name: variable, type: String(arg.type), defaultValue: rng.chance(0.3) && !isNonNullType(arg.type) ? arg.value : undefined, value: arg.value });
          arg.value = `$${variable}`;
        }
      }
      if (field.selections && rng.chance(0.2)) {
        const name = `Fragment${op.fragments.length}`;
        op.fragments.push({ name, typeCondition: getNamedType(field.type).name, selections: field.selections });
        field.selections = [{ kind: 'spread', name }];
      }
    });
    return op;
  }

  walkFields(selections, visit) {
    for (const selection of selections) {
      if (selection.kind === 'field') visit(selection);
      if (selection.selections) this.walkFields(selection.selections, visit);
    }
  }

  allFields(op) {
    const fields = [];
    this.walkFields(op.selections, (f) => fields.push(f));
    for (const fragment of op.fragments) this.walkFields(fragment.selections, (f) => fields.push(f));
    return fields;
  }

  /** Breaks the operation in one way; returns the mutation's name. */
  mutate(op) {
    const rng = this.rng;
    const fields = this.allFields(op);
    const field = rng.pick(fields);
    const withArgs = fields.filter((f) => f.args.length > 0);
    const composite = fields.filter((f) => f.selections);
    const mutations = {
      'unknown field': () => { field.name = `${field.name}X`; },
      'missing argument': () => { if (withArgs.length) rng.pick(withArgs).args.shift(); },
      'duplicate argument': () => { if (withArgs.length) { const f = rng.pick(withArgs); f.args.push({ ...f.args[0] }); } },
      'unknown argument': () => { field.args.push({ name: 'unknownArg', value: '1' }); },
      'wrong literal': () => { if (withArgs.length) { const f = rng.pick(withArgs); f.args[0] = { ...f.args[0], value: rng.pick(wrongLiterals) }; } },
      'bad variable type': () => { if (op.variables.length) { const v = rng.pick(op.variables); v.type = rng.pick(['String', 'Int', 'Boolean!', `[${v.type}]`, v.type.replace(/!$/, '')]); } },
      'unused variable': () => { op.variables.push({ name: 'unusedVar', type: 'Int' }); },
      'undefined variable': () => { if (withArgs.length) rng.pick(withArgs).args[0].value = '$undefinedVar'; },
      'fragment cycle': () => {
        const fragment = op.fragments[0];
        if (fragment) fragment.selections.push({ kind: 'spread', name: fragment.name });
        else op.fragments.push({ name: 'CycleA', typeCondition: 'CycleTarget', selections: [{ kind: 'spread', name: 'CycleA' }] });
      },
      'unused fragment': () => { op.fragments.push({ name: 'UnusedFragment', typeCondition: op.kind === 'mutation' ? this.schema.getMutationType().name : this.schema.getQueryType().name, selections: [{ kind: 'field', name: '__typename', args: [], directives: [] }] }); },
      'missing selection': () => { if (composite.length) delete rng.pick(composite).selections; },
      'leaf selection': () => { const leaves = fields.filter((f) => !f.selections); if (leaves.length) rng.pick(leaves).selections = [{ kind: 'field', name: 'x', args: [], directives: [] }]; },
      'alias conflict': () => { if (fields.length > 1) { const [a, b] = [fields[0], rng.pick(fields.slice(1))]; b.alias = a.alias ?? a.name; } },
      'unknown directive': () => { field.directives.push('@unknownDirective'); },
      'misplaced directive': () => { field.directives.push('@deprecated'); },
      'duplicate directive': () => { field.directives.push('@skip(if: false)', '@skip(if: true)'); },
      'undefined fragment': () => { if (composite.length) rng.pick(composite).selections.push({ kind: 'spread', name: 'MissingFragment' }); },
      'impossible spread': () => { if (composite.length) rng.pick(composite).selections.push({ kind: 'inline', typeCondition: rng.pick(this.options.unrelatedTypes), selections: [{ kind: 'field', name: '__typename', args: [], directives: [] }] }); },
      'duplicate operation': () => { op.duplicate = 'named'; },
      'anonymous plus named': () => { op.duplicate = 'anonymous'; },
      'duplicate variable': () => { if (op.variables.length) op.variables.push({ ...op.variables[0] }); },
    };
    const name = rng.pick(Object.keys(mutations));
    mutations[name]();
    return name;
  }
}

function printSelections(selections, indent) {
  const pad = '  '.repeat(indent);
  return selections.map((s) => {
    if (s.kind === 'spread') return `${pad}...${s.name}`;
    if (s.kind === 'inline') return `${pad}... on ${s.typeCondition} {\n${printSelections(s.selections, indent + 1)}\n${pad}}`;
    const alias = s.alias ? `${s.alias}: ` : '';
    const args = s.args.length ? `(${s.args.map((a) => `${a.name}: ${a.value}`).join(', ')})` : '';
    const directives = s.directives.length ? ` ${s.directives.join(' ')}` : '';
    const body = s.selections ? ` {\n${printSelections(s.selections, indent + 1)}\n${pad}}` : '';
    return `${pad}${alias}${s.name}${args}${directives}${body}`;
  }).join('\n');
}

function printOperation(op, withVariablesComment) {
  const variables = op.variables.length
    ? `(${op.variables.map((v) => `$${v.name}: ${v.type}${v.defaultValue !== undefined ? ` = ${v.defaultValue}` : ''}`).join(', ')})`
    : '';
  let text = `${op.kind} ${op.name}${variables} {\n${printSelections(op.selections, 1)}\n}`;
  for (const fragment of op.fragments) {
    text += `\nfragment ${fragment.name} on ${fragment.typeCondition} {\n${printSelections(fragment.selections, 1)}\n}`;
  }
  if (op.duplicate === 'named') text += `\n${op.kind} ${op.name} { __typename }`;
  if (op.duplicate === 'anonymous') text += '\n{ __typename }';
  if (withVariablesComment && op.variables.length) {
    const values = Object.fromEntries(op.variables.filter((v) => v.value !== undefined && v.defaultValue === undefined)
      .map((v) => [v.name, toJson(v.value)]));
    text = `#! variables: ${JSON.stringify(values)}\n${text}`;
  }
  return text;
}

/** Converts a GraphQL literal written by literal() to its JSON value. */
function toJson(text) {
  const json = text.replace(/([{,]\s*)([A-Za-z_]\w*)\s*:/g, '$1"$2":').replace(/(?<=[\s:[,]|^)([A-Z_][A-Z_0-9]*)(?=[\s,\]}]|$)/g, '"$1"');
  return JSON.parse(json);
}

function generate(schemaFile, outFile, { seed, count, mutationRate, mutationChance, maxDepth, unrelatedTypes, variablesComment }) {
  const schema = buildSchema(readFileSync(new URL(schemaFile, import.meta.url), 'utf8'));
  const rng = random(seed);
  const generator = new Generator(schema, rng, { maxDepth, mutationChance, unrelatedTypes });
  const cases = [];
  for (let i = 0; i < count; i += 1) {
    const op = generator.operation(i);
    const mutation = rng.chance(mutationRate) ? generator.mutate(op) : 'none';
    cases.push(`### generated ${i}: ${mutation}\n${printOperation(op, variablesComment)}`);
  }
  writeFileSync(new URL(outFile, import.meta.url), `${cases.join('\n')}\n`);
}

generate('schemas/dogcat.graphql', 'corpus/validation/90-generated.graphql', {
  seed: 20250901, count: 320, mutationRate: 0.75, mutationChance: 0.15, maxDepth: 3, unrelatedTypes: ['Human', 'Alien', 'Cat', 'HumanOrAlien'], variablesComment: false,
});
generate('schemas/starwars.graphql', 'corpus/execution/90-generated.graphql', {
  seed: 1977, count: 150, mutationRate: 0, mutationChance: 0.1, maxDepth: 3, unrelatedTypes: ['Starship'], variablesComment: true,
});
