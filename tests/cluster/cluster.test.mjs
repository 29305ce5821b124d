// The multi-process test (run by run.sh, which starts PostgreSQL and three nodes with scripts/cluster.sh):
//   1. setup through random nodes; invitationChanged subscribers for every organization on every node
//   2. a bounded mixed load on all nodes; kill -9 of node 2 after 40% of it
//   3. checks: acknowledged writes persisted, invariants, nodes agree, subscribers complete
//   4. a second bounded load on the survivors with PostgreSQL restarted after 30% of it: clean errors
//      only, nodes recover without a restart, the same checks again
// Prints one line per check and a closing "N passed, N failed".
import { execSync, spawn } from 'node:child_process';
import { gql, signUp, newest, Q } from './lib/graphql.mjs';
import { Load } from './lib/load.mjs';
import { Outcomes } from './lib/outcomes.mjs';
import { subscribe } from './lib/subscribers.mjs';
import { composeMatchesClusterScript } from './lib/compose.mjs';
import { acknowledgedWritesPersisted, invariantsHold, nodesAgree, subscribersComplete } from './lib/verify.mjs';

const OWNERS = Number(process.env.CLUSTER_OWNERS ?? 6);
const INVITEES = Number(process.env.CLUSTER_INVITEES ?? 14);
const SEAT_LIMIT = 6;
const PHASE1_OPS = Number(process.env.CLUSTER_PHASE1_OPS ?? 400);
const PHASE2_OPS = Number(process.env.CLUSTER_PHASE2_OPS ?? 240);
const cluster = process.env.CLUSTER_SCRIPT;
const nodes = [1, 2, 3].map((n) => execSync(`${cluster} url ${n}`, { encoding: 'utf8' }).trim());
const [node1, node2, node3] = nodes;

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) passed += 1; else failed += 1;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok || detail === undefined ? '' : `\n     ${JSON.stringify(detail).slice(0, 600)}`}`);
}
const pids = () => execSync(`${cluster} status`, { encoding: 'utf8' });
const pidOf = (n) => pids().match(new RegExp(`node${n} \\S+ pid=(\\d+)`))?.[1];
const ready = async (url) => { try { return (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) })).ok; } catch { return false; } };

async function setup(outcomes) {
  const owners = [];
  for (let i = 0; i < OWNERS; i++) {
    const node = nodes[i % 3];
    const user = await signUp(node, `owner${i}`);
    const org = await gql(node, Q.createOrg, { n: `Org ${i}` }, { bearer: user.token });
    const limited = await gql(nodes[(i + 1) % 3], Q.seatLimit, { o: org.data?.createOrganization.id, s: SEAT_LIMIT }, { bearer: user.token, consistencyToken: org.token });
    if (!user.ok || !org.ok || !limited.ok) throw new Error(`setup failed: ${JSON.stringify([user, org, limited])}`);
    owners.push({ ...user, org: org.data.createOrganization.id });
  }
  const invitees = [];
  for (let i = 0; i < INVITEES; i++) invitees.push(await signUp(nodes[i % 3], `invitee${i}`));
  if (invitees.some((u) => !u.ok)) throw new Error('setup sign-ups failed');
  const subscribers = [];
  for (const owner of owners) {
    for (const [n, url] of nodes.entries()) subscribers.push(await subscribe(url, owner.token, owner.org, `node${n + 1}/${owner.org}`));
  }
  return { nodes, owners, invitees, subscribers, draining: new Set(), outcomes };
}

function expectedEvents(acks) {
  const expected = new Map();
  const add = (org, event) => expected.set(org, [...(expected.get(org) ?? []), event]);
  for (const invite of acks.invites) add(invite.org, `CREATED:${invite.id}`);
  for (const accept of acks.accepts) add(accept.org, `ACCEPTED:${accept.id}`);
  return expected;
}

async function verify(world, load, survivors, label) {
  acknowledgedWritesPersisted(check, load.acks, label);
  invariantsHold(check, world.owners.map((o) => o.org));
  const token = load.acks.latestToken;
  await nodesAgree(check, survivors, world.owners.map((o) => o.org), new Map(world.owners.map((o) => [o.org, o.token])), token);
  const live = world.subscribers.filter((s) => survivors.includes(s.url));
  await subscribersComplete(check, live, expectedEvents(load.acks), label);
}

async function main() {
  composeMatchesClusterScript(check, new URL('../..', import.meta.url).pathname);
  const outcomes = new Outcomes();
  for (const url of nodes) check(`${url} is ready`, await ready(url));
  const world = await setup(outcomes);
  console.log(`setup: ${world.owners.length} organizations (seat limit ${SEAT_LIMIT}), ${world.invitees.length} invitees, ${world.subscribers.length} subscribers`);

  // Phase 1: load on three nodes, kill -9 of node 2 part-way.
  const load = new Load(world, outcomes);
  const killAt = Math.floor(PHASE1_OPS * 0.4);
  let started = Date.now();
  await load.run('load', {
    total: PHASE1_OPS, left: PHASE1_OPS,
    onSpent: (n) => {
      if (n !== killAt) return;
      execSync(`${cluster} kill 2`, { stdio: 'inherit' });
      outcomes.dead.add(node2);
    },
  });
  console.log(`phase 1: ${PHASE1_OPS} operations in ${Date.now() - started} ms; outcomes ${JSON.stringify(outcomes.summary('load'))}`);
  check('node 2 was killed mid-load (kill -9)', outcomes.dead.has(node2) && !(await ready(node2)));
  const bad1 = outcomes.bad('load');
  check('phase 1: no hang, no HTTP 500, only contract codes (CONFLICT/UNAVAILABLE or domain answers)', bad1.length === 0, bad1.slice(0, 5));
  check('phase 1: a read with a role change\'s token on another node saw the change', load.staleReads.length === 0, load.staleReads.slice(0, 5));
  load.acks.latestToken = outcomes.all.length ? await latestToken(world) : undefined;
  await verify(world, load, [node1, node3], 'after kill -9');

  // Phase 2: PostgreSQL restarted part-way through a load on the survivors.
  world.draining.add(node2);
  const before = [pidOf(1), pidOf(3)];
  const restartAt = Math.floor(PHASE2_OPS * 0.3);
  let restart;
  started = Date.now();
  await load.run('pg-restart', {
    total: PHASE2_OPS, left: PHASE2_OPS,
    onSpent: (n) => {
      if (n !== restartAt) return;
      restart = new Promise((resolve) => spawn('bash', ['-c', process.env.CLUSTER_PG_RESTART], { stdio: 'inherit' }).on('exit', resolve));
    },
  });
  const restartStatus = await restart;
  console.log(`phase 2: ${PHASE2_OPS} operations in ${Date.now() - started} ms; outcomes ${JSON.stringify(outcomes.summary('pg-restart'))}`);
  check('PostgreSQL was restarted mid-load', restartStatus === 0);
  const bad2 = outcomes.bad('pg-restart');
  check('phase 2: no hang, no HTTP 500, only CONFLICT/UNAVAILABLE or domain answers while PostgreSQL restarted', bad2.length === 0, bad2.slice(0, 5));
  let recovered = false;
  for (let i = 0; i < 60 && !recovered; i++) {
    recovered = (await ready(node1)) && (await ready(node3));
    if (!recovered) await new Promise((r) => setTimeout(r, 500));
  }
  check('both survivors are ready again without a restart (same pids)', recovered && before[0] === pidOf(1) && before[1] === pidOf(3));
  const probe = await probeWriteAndRead(world, load);
  check('after recovery: an invitation made on node 1 is read on node 3 with its token (and must reach the old subscribers)', probe.ok, probe);
  load.acks.latestToken = await latestToken(world);
  await verify(world, load, [node1, node3], 'after PostgreSQL restart');
}

/**
 * After recovery: the first owner makes room (seat limit + 5) and invites through node 1; node 3 shows
 * it with the token, and the subscribers (opened before the restart) must get it too.
 */
async function probeWriteAndRead(world, load) {
  const owner = world.owners[0];
  const user = await signUp(node1, 'probe');
  const room = await gql(node1, Q.seatLimit, { o: owner.org, s: SEAT_LIMIT + 5 }, { bearer: owner.token });
  if (!room.ok) return { step: 'seatLimit', ...room };
  const invite = await gql(node1, Q.invite, { o: owner.org, e: user.email }, { bearer: owner.token });
  if (!invite.ok) return { step: 'invite', ...invite };
  load.acks.invites.push({ id: invite.data.inviteMember.id, org: owner.org, email: user.email });
  const read = await gql(node3, Q.pending, {}, { bearer: user.token, consistencyToken: invite.token });
  const seen = read.ok && read.data.me.pendingInvitations.some((i) => i.id === invite.data.inviteMember.id);
  return { ok: seen, code: read.code };
}

/** The newest token any node hands out now: a harmless mutation on each survivor. */
async function latestToken(world) {
  let token;
  for (const url of [node1, node3]) {
    const r = await gql(url, Q.rename, { o: world.owners[0].org, n: 'Org 0' }, { bearer: world.owners[0].token });
    token = newest(token, r.token);
  }
  return token;
}

const deadline = setTimeout(() => { console.log('FAIL the test did not finish within 5 minutes'); failed += 1; finish(); }, 300_000);
function finish() {
  clearTimeout(deadline);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
main().catch((error) => { check(`the test ran to the end (${error.stack ?? error})`, false); }).finally(finish);
