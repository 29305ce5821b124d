// WebSocket fan-out against a running gateway (GATEWAY_URL): SUBSCRIBERS users join one organization
// (invited by its owner, so each has members:view there), each opens its own graphql-transport-ws
// connection (raw `ws` sockets, to keep client overhead low) and subscribes to invitationChanged for it.
// Then, ROUNDS times, the owner sends one inviteMember over HTTP; we time from sending the mutation to
// each subscriber's CREATED event (p50, p99, last). Bounded in count and time; loopback only.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

const base = process.env.GATEWAY_URL ?? 'http://127.0.0.1:5045';
const subscribers = Number(process.env.SUBSCRIBERS ?? 1000);
const rounds = Number(process.env.ROUNDS ?? 5);
const parallel = Number(process.env.SEED_PARALLEL ?? 16);
const roundTimeoutMs = 30_000;

async function gql(query, variables, token) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const tag = `${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;
async function signUp(name) {
  const data = await gql('mutation($e: String!, $n: String) { signUp(input: { email: $e, displayName: $n }) { token user { email } } }',
    { e: `${name}.${tag}@example.com`, n: name });
  return { token: data.signUp.token, email: data.signUp.user.email };
}

const invite = (organizationId, email, token) =>
  gql('mutation($o: ID!, $e: String!) { inviteMember(input: { organizationId: $o, email: $e }) { id } }', { o: organizationId, e: email }, token);

/** Runs work(i) for i in [0, count) with at most `parallel` in flight. */
async function pool(count, work) {
  const results = new Array(count);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, async () => {
    while (next < count) {
      const i = next++;
      results[i] = await work(i);
    }
  }));
  return results;
}

function rssMiB() {
  const pid = process.env.GATEWAY_PID;
  if (!pid) return '?';
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : '?';
}

/** One subscriber: connection_init → ack → subscribe; resolves once a later query on the socket is answered. */
function subscribe(user, organizationId, onEvent) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const send = message => socket.send(JSON.stringify(message));
    socket.on('open', () => send({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } }));
    socket.on('error', reject);
    socket.on('close', code => reject(new Error(`closed ${code} before subscribing`)));
    socket.on('message', data => {
      const received = performance.now(); // first thing: client parsing must not count as gateway time
      const message = JSON.parse(data);
      if (message.type === 'connection_ack') {
        send({ id: 'watch', type: 'subscribe', payload: {
          query: 'subscription($o: ID!) { invitationChanged(organizationId: $o) { kind at invitation { id email } } }',
          variables: { o: organizationId } } });
        // The gateway listens before reading the next message, so this answer means "subscribed".
        send({ id: 'ready', type: 'subscribe', payload: { query: '{ __typename }' } });
      } else if (message.type === 'complete' && message.id === 'ready') {
        resolve(socket);
      } else if (message.type === 'next' && message.id === 'watch') {
        onEvent(message.payload, received);
      } else if (message.type === 'error' || (message.type === 'complete' && message.id === 'watch')) {
        reject(new Error(`subscription ended: ${JSON.stringify(message)}`));
      }
    });
  });
}

const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const started = performance.now();
const owner = await signUp('owner');
const organizationId = (await gql('mutation { createOrganization(input: { name: "Fan-out" }) { id } }', {}, owner.token)).createOrganization.id;
const users = await pool(subscribers, async i => {
  const user = await signUp(`watcher${i}`);
  const invitationId = (await invite(organizationId, user.email, owner.token)).inviteMember.id;
  await gql('mutation($id: ID!) { acceptInvitation(id: $id) { role } }', { id: invitationId }, user.token);
  return user;
});
console.log(`Seeded ${subscribers} members of one organization in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

let round = null; // { email, sentAt, times: Map<index, ms>, done }
const rssBefore = rssMiB();
const connectStart = performance.now();
const sockets = await pool(subscribers, i => subscribe(users[i], organizationId, (payload, received) => {
  const event = payload.data?.invitationChanged;
  if (!round || event?.kind !== 'CREATED' || event.invitation.email !== round.email) return;
  if (round.times.has(i)) throw new Error(`subscriber ${i} got the event twice`);
  round.times.set(i, received - round.sentAt);
  if (round.times.size === subscribers) round.done();
}));
console.log(`${subscribers} sockets connected and subscribed in ${((performance.now() - connectStart) / 1000).toFixed(1)} s; ` +
  `gateway RSS ${rssBefore} MiB before, ${rssMiB()} MiB after.\n`);

console.log('| round | mutation answered ms | first event ms | p50 ms | p99 ms | last (all 1,000) ms | client CPU ms |'.replace('1,000', subscribers.toLocaleString('en-US')));
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (let r = 1; r <= rounds; r++) {
  await new Promise(resolve => setTimeout(resolve, 1000)); // let the previous round's work settle
  const email = `guest${r}.${tag}@example.com`;
  let timer;
  const finished = new Promise((resolve, reject) => {
    round = { email, sentAt: 0, times: new Map(), done: resolve };
    timer = setTimeout(() => reject(new Error(`round ${r}: only ${round.times.size} of ${subscribers} events in ${roundTimeoutMs} ms`)), roundTimeoutMs);
  });
  // The subscribers' socket handling shares the two cores with the gateway: its CPU time is shown beside.
  const cpu = process.cpuUsage();
  round.sentAt = performance.now();
  await invite(organizationId, email, owner.token);
  const answered = performance.now() - round.sentAt;
  await finished;
  clearTimeout(timer);
  const { user: userMicros, system: systemMicros } = process.cpuUsage(cpu);
  const times = [...round.times.values()].sort((a, b) => a - b);
  const f = ms => ms.toFixed(1);
  console.log(`| ${r} | ${f(answered)} | ${f(times[0])} | ${f(percentile(times, 0.5))} | ${f(percentile(times, 0.99))} | ${f(times.at(-1))} | ${f((userMicros + systemMicros) / 1000)} |`);
}

round = null;
for (const socket of sockets) socket.terminate();
