// The execution test schema (schemas/starwars.graphql) with its deterministic resolvers.
// Differential/StarWarsTestSchema.cs binds the same behaviour in C#: change both together.
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';

const humans = [
  { id: '1000', name: 'Luke Skywalker', friends: ['1002', '1003', '2000', '2001', '9999'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], homePlanet: 'Tatooine', height: 1.72, starships: ['3001', '3003'] },
  { id: '1001', name: 'Darth Vader', friends: ['1004'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], homePlanet: 'Tatooine', height: 2.02, starships: ['3002'] },
  { id: '1002', name: 'Han Solo', friends: ['1000', '1003', '2001'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], homePlanet: null, height: 1.8, starships: ['3000', '3003'] },
  { id: '1003', name: 'Leia Organa', friends: ['1000', '1002', '2000', '2001'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], homePlanet: 'Alderaan', height: 1.5, starships: [] },
  { id: '1004', name: 'Wilhuff Tarkin', friends: ['1001'], appearsIn: ['NEWHOPE'], homePlanet: null, height: 1.8, starships: [] },
];
const droids = [
  { id: '2000', name: 'C-3PO', friends: ['1000', '1002', '1003', '2001'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], primaryFunction: 'Protocol' },
  { id: '2001', name: 'R2-D2', friends: ['1000', '1002', '1003'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], primaryFunction: 'Astromech' },
];
const starships = [
  { id: '3000', name: 'Millennium Falcon', length: 34 },
  { id: '3001', name: 'X-Wing', length: 12 },
  { id: '3002', name: 'TIE Advanced x1', length: 9 },
  { id: '3003', name: 'Imperial shuttle', length: 20 },
];

const byId = new Map([...humans, ...droids, ...starships].map((entity) => [entity.id, entity]));
const character = (id) => (id.startsWith('1') || id.startsWith('2') ? byId.get(id) ?? null : null);
const typeOf = (entity) => (entity.id.startsWith('1') ? 'Human' : entity.id.startsWith('2') ? 'Droid' : 'Starship');
const items = [0, 1, 2, 3, 4].map((id) => ({ id }));
const nestedLevel = (level, depth) => ({ level, depth });

/** Renders arguments in a fixed order; an absent or null argument renders as "null". */
function echo(args) {
  const render = (value) => {
    if (value === undefined || value === null) return 'null';
    if (Array.isArray(value)) return `[${value.map(render).join(',')}]`;
    if (typeof value === 'object') {
      return `{stars:${render(value.stars)},commentary:${render(value.commentary)},tags:${render(value.tags)}}`;
    }
    return String(value);
  };
  return ['text', 'count', 'flag', 'episode', 'list', 'review'].map((name) => `${name}=${render(args[name])}`).join(';');
}

const resolvers = {
  Query: {
    hero: (_, { episode }) => byId.get(episode === 'EMPIRE' ? '1000' : '2001'),
    human: (_, { id }) => humans.find((h) => h.id === id) ?? null,
    droid: (_, { id }) => droids.find((d) => d.id === id) ?? null,
    character: (_, { id }) => character(id),
    characters: (_, { ids }) => ids.map(character),
    search: (_, { text }) => [...humans, ...droids, ...starships]
      .filter((entity) => entity.name.toLowerCase().includes(text.toLowerCase()))
      .sort((a, b) => Number(a.id) - Number(b.id)),
    echo: (_, args) => echo(args),
    failing: () => { throw new Error('failing field'); },
    failingNonNull: () => { throw new Error('failing non-null field'); },
    nullable: () => null,
    nonNullButNull: () => null,
    numbers: (_, { count }) => {
      if (count < 0) throw new Error('count must be non-negative');
      return Array.from({ length: count }, (_unused, i) => i);
    },
    nested: (_, { depth }) => (depth > 0 ? nestedLevel(0, depth) : null),
    listWithFailures: () => items,
    nonNullListWithFailures: () => items,
  },
  Human: {
    friends: (h) => h.friends.map(character),
    secretBackstory: () => { throw new Error('secretBackstory is secret.'); },
    height: (h, { unit }) => (unit === 'CENTIMETER' ? Math.round(h.height * 100) : h.height),
    starships: (h) => h.starships.map((id) => byId.get(id)),
  },
  Droid: {
    friends: (d) => d.friends.map(character),
    secretBackstory: () => { throw new Error('secretBackstory is secret.'); },
    serialNumber: (d) => {
      if (d.id === '2001') throw new Error('serial number withheld');
      return `SN-${d.id}`;
    },
  },
  Nested: {
    next: (n) => (n.level + 1 < n.depth ? nestedLevel(n.level + 1, n.depth) : null),
    value: (n) => `level ${n.level}`,
    fail: (n) => { throw new Error(`fail at level ${n.level}`); },
    failNonNull: (n) => {
      if (n.level === 2) throw new Error('strict failure at level 2');
      return `ok ${n.level}`;
    },
  },
  Item: {
    value: (item) => {
      if (item.id === 2) throw new Error('item 2 failed');
      return `item ${item.id}`;
    },
    strict: (item) => (item.id === 3 ? null : `strict ${item.id}`),
  },
  Mutation: {
    addReview: (_, { episode, review }) => {
      if (review.stars > 5) throw new Error('stars must be at most 5');
      return { episode, stars: review.stars, commentary: review.commentary ?? null };
    },
    failingMutation: () => { throw new Error('mutation failed'); },
  },
};

export function buildExecutionSchema(sdlPath) {
  const schema = buildSchema(readFileSync(sdlPath, 'utf8'));
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const typeFields = schema.getType(typeName).getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      typeFields[fieldName].resolve = resolve;
    }
  }
  for (const abstractName of ['Character', 'SearchResult']) {
    schema.getType(abstractName).resolveType = typeOf;
  }
  return schema;
}
