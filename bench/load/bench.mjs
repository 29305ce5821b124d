// Load run against a running gateway (GATEWAY_URL) started with Gateway:BenchBareEndpoint=true.
// Seeds an organization tree (a root, a chain of DEPTH sub-organizations, MEMBERS members), checks that
// the GraphQL answers and the bare endpoints' answers are the same JSON, then measures each with
// autocannon for DURATION seconds with CONNECTIONS connections. Bounded in count and time; loopback only.
import autocannon from 'autocannon';

const base = process.env.GATEWAY_URL ?? 'http://127.0.0.1:5045';
const depth = Number(process.env.DEPTH ?? 12);
const members = Number(process.env.MEMBERS ?? 60);
const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 32);

async function gql(query, variables, token) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function signUp(name) {
  const email = `${name}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
  const data = await gql('mutation($e: String!, $n: String) { signUp(input: { email: $e, displayName: $n }) { token user { id email } } }', { e: email, n: name });
  return { token: data.signUp.token, email: data.signUp.user.email };
}

async function seed() {
  const owner = await signUp('owner');
  const root = (await gql('mutation { createOrganization(input: { name: "Bench root" }) { id } }', {}, owner.token)).createOrganization.id;
  let deepest = root;
  for (let level = 1; level <= depth; level++) {
    deepest = (await gql('mutation($p: ID!, $n: String!) { createOrganization(input: { name: $n, parentId: $p }) { id } }',
      { p: deepest, n: `Level ${level}` }, owner.token)).createOrganization.id;
  }
  let member;
  for (let i = 0; i < members; i++) {
    const user = await signUp(`member${i}`);
    const invitation = (await gql('mutation($o: ID!, $e: String!) { inviteMember(input: { organizationId: $o, email: $e }) { id } }',
      { o: root, e: user.email }, owner.token)).inviteMember.id;
    await gql('mutation($id: ID!) { acceptInvitation(id: $id) { role } }', { id: invitation }, user.token);
    member ??= user;
  }
  return { owner, member, root, deepest };
}

function scenarios({ owner, member, root, deepest }) {
  const post = (token, query, variables) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const get = (token, path) => ({ method: 'GET', path, headers: { authorization: `Bearer ${token}` } });
  const permission = 'members:view';
  return [
    { name: `checkPermission, member of the root, asked ${depth} levels down (GraphQL)`,
      request: post(member.token, 'query($o: ID!, $p: String!) { checkPermission(organizationId: $o, permission: $p) }', { o: deepest, p: permission }) },
    { name: 'the same, bare ASP.NET endpoint', request: get(member.token, `/bench/bare/check?org=${deepest}&permission=${encodeURIComponent(permission)}`) },
    { name: 'organization { members(first: 50) } (GraphQL)',
      request: post(owner.token, 'query($o: ID!) { organization(id: $o) { members(first: 50) { totalCount edges { node { role source user { id email } } } } } }', { o: root }) },
    { name: 'the same, bare ASP.NET endpoint', request: get(owner.token, `/bench/bare/members?org=${root}&first=50`) },
  ];
}

async function body(request) {
  const response = await fetch(base + request.path, { method: request.method, headers: request.headers, body: request.body });
  return JSON.stringify(await response.json());
}

const world = await seed();
const runs = scenarios(world);
for (let i = 0; i < runs.length; i += 2) {
  const [graphql, bare] = [await body(runs[i].request), await body(runs[i + 1].request)];
  if (graphql !== bare) throw new Error(`Answers differ:\n${graphql}\n${bare}`);
}
console.log(`Seeded: root + ${depth} levels, ${members} members; GraphQL and bare answers are identical.`);
console.log(`autocannon: ${connections} connections, ${duration} s each\n`);
console.log('| scenario | req/s (mean) | p50 ms | p99 ms | non-2xx |');
console.log('|---|---:|---:|---:|---:|');
for (const run of runs) {
  const result = await autocannon({ url: base, connections, duration, requests: [run.request] });
  console.log(`| ${run.name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx} |`);
}
