// Scale-out measurements against running nodes (started by bench/scaleout/run.sh with scripts/cluster.sh).
//   node bench.mjs staleness URL...   cross-node staleness of invitation events under a background load
//   node bench.mjs mutations URL...   changeMemberRole throughput (each client its own membership)
//   node bench.mjs checks URL...      checkPermission throughput, requests spread over the given nodes
// Settings: BENCH_SECONDS (default 15), BENCH_CONCURRENCY (default 16), BENCH_SAMPLES (staleness, default 300).
// Prints one JSON line of results.
import { gql, signUp, Q } from '../../tests/cluster/lib/graphql.mjs';
import { subscribe, close } from '../../tests/cluster/lib/subscribers.mjs';

const [mode, ...urls] = process.argv.slice(2);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value) => Math.round(value * 100) / 100;

/** An owner with an organization and `members` members who joined by invitation (all through the first node). */
async function organization(members) {
  const url = urls[0];
  const owner = await signUp(url, 'owner');
  const org = (await gql(url, Q.createOrg, { n: 'Bench' }, { bearer: owner.token })).data.createOrganization.id;
  const joined = [];
  for (let i = 0; i < members; i++) {
    const user = await signUp(url, 'member');
    const invite = await gql(url, Q.invite, { o: org, e: user.email }, { bearer: owner.token });
    const accept = await gql(url, Q.accept, { id: invite.data.inviteMember.id }, { bearer: user.token });
    if (!accept.ok) throw new Error(`setup: ${JSON.stringify(accept)}`);
    joined.push(user);
  }
  return { owner, org, members: joined };
}

/** Runs `body(worker)` in CONCURRENCY loops for SECONDS; returns completed, failed and latencies. */
async function closedLoop(body) {
  const end = performance.now() + SECONDS * 1000;
  const latencies = [];
  let failed = 0;
  const codes = {};
  await Promise.all(Array.from({ length: CONCURRENCY }, async (_, worker) => {
    for (let i = 0; performance.now() < end; i++) {
      const started = performance.now();
      const r = await body(worker, i);
      if (r.ok) latencies.push(performance.now() - started);
      else { failed += 1; codes[r.code] = (codes[r.code] ?? 0) + 1; }
    }
  }));
  latencies.sort((a, b) => a - b);
  return {
    perSecond: Math.round(latencies.length / SECONDS), completed: latencies.length, failed, codes,
    p50: ms(percentile(latencies, 50)), p99: ms(percentile(latencies, 99)),
  };
}

/**
 * Each client changes the role of the member of its own organization (many tenants, as pgbench -N
 * updates random accounts), through one node per organization (sticky, as a load balancer with
 * affinity would route): a grain's writes then never race with another node's activation.
 * BENCH_SHARED_ORG=1 puts every membership in one organization instead (one grain: writes queue).
 */
async function mutations() {
  const shared = process.env.BENCH_SHARED_ORG === '1';
  const tenants = [];
  if (shared) {
    const { owner, org, members } = await organization(CONCURRENCY);
    for (const member of members) tenants.push({ owner, org, member });
  } else {
    for (let i = 0; i < CONCURRENCY; i++) {
      const { owner, org, members } = await organization(1);
      tenants.push({ owner, org, member: members[0] });
    }
  }
  const roles = ['VIEWER', 'DEVELOPER'];
  const result = await closedLoop((worker, i) => gql(urls[worker % urls.length], Q.changeRole,
    { o: tenants[worker].org, u: tenants[worker].member.id, r: roles[i % 2] }, { bearer: tenants[worker].owner.token }));
  return { organizations: shared ? 1 : CONCURRENCY, ...result };
}

async function checks() {
  const { owner, org, members } = await organization(4);
  for (const url of urls) await gql(url, Q.check, { o: org, u: members[0].id, p: 'members:view' }, { bearer: owner.token }); // warm every node
  return closedLoop((worker, i) => gql(urls[(worker + i) % urls.length], Q.check,
    { o: org, u: members[(worker + i) % members.length].id, p: 'members:view' }, { bearer: owner.token }));
}

/**
 * Staleness: the owner invites through node A; a subscriber on node B records when the event arrives.
 * Reported from the moment the mutation's response reached the client (what a user perceives:
 * "I was told it is done, how long until the other node shows it"), and from the request's start.
 * A background load of role changes and checks runs on every node meanwhile.
 */
async function staleness() {
  const [a, b] = urls;
  const { owner, org, members } = await organization(Math.min(CONCURRENCY, 8));
  const subscriber = await subscribe(b, owner.token, org, 'staleness');
  let stop = false;
  const background = Promise.all(members.map(async (member, worker) => {
    for (let i = 0; !stop; i++) {
      const url = urls[(worker + i) % urls.length];
      if (i % 4 === 0) await gql(url, Q.changeRole, { o: org, u: member.id, r: i % 8 === 0 ? 'VIEWER' : 'DEVELOPER' }, { bearer: owner.token });
      else await gql(url, Q.check, { o: org, u: member.id, p: 'members:view' }, { bearer: owner.token });
    }
  }));
  const afterAck = [];
  const afterSend = [];
  const arrivals = new Map();
  const original = subscriber.events.push.bind(subscriber.events);
  subscriber.events.push = (event) => { arrivals.set(event, performance.now()); return original(event); };
  for (let i = 0; i < SAMPLES; i++) {
    const sent = performance.now();
    const r = await gql(a, Q.invite, { o: org, e: `stale${i}.${Math.random().toString(36).slice(2)}@bench.example.com` }, { bearer: owner.token });
    const acked = performance.now();
    if (!r.ok) throw new Error(JSON.stringify(r));
    const key = `CREATED:${r.data.inviteMember.id}`;
    while (!arrivals.has(key)) await new Promise((resolve) => setTimeout(resolve, 1));
    afterAck.push(Math.max(0, arrivals.get(key) - acked));
    afterSend.push(arrivals.get(key) - sent);
  }
  stop = true;
  await background;
  close(subscriber);
  afterAck.sort((x, y) => x - y);
  afterSend.sort((x, y) => x - y);
  return {
    samples: SAMPLES,
    afterAck: { p50: ms(percentile(afterAck, 50)), p99: ms(percentile(afterAck, 99)), max: ms(afterAck.at(-1)) },
    afterSend: { p50: ms(percentile(afterSend, 50)), p99: ms(percentile(afterSend, 99)) },
  };
}

const modes = { mutations, checks, staleness };
if (!modes[mode] || urls.length === 0) {
  console.error('usage: node bench.mjs staleness|mutations|checks URL...');
  process.exit(2);
}
console.log(JSON.stringify({ mode, nodes: urls.length, seconds: SECONDS, concurrency: CONCURRENCY, ...(await modes[mode]()) }));
process.exit(0);
