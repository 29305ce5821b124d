// After the load: the database holds every acknowledged write, PERMISSIONS.md's invariants hold,
// every live node answers alike, and every subscriber on a live node got every event.
import { gql, Q } from './graphql.mjs';
import { sql, scalar, quote } from './sql.mjs';

const list = (values) => values.map(quote).join(',') || "''";

export function acknowledgedWritesPersisted(check, acks, label) {
  const users = new Set(sql(`SELECT email FROM users WHERE email IN (${list(acks.signUps)})`).map((r) => r[0]));
  check(`${label}: every acknowledged sign-up is in the database (${acks.signUps.length})`, acks.signUps.every((e) => users.has(e)));
  const invitations = new Map(sql(`SELECT id, organization_id FROM invitations WHERE id IN (${list(acks.invites.map((i) => i.id))})`));
  check(`${label}: every acknowledged invitation is in the database (${acks.invites.length})`, acks.invites.every((i) => invitations.get(i.id) === i.org));
  const accepted = new Set(sql(`SELECT id FROM invitations WHERE status = 'ACCEPTED' AND id IN (${list(acks.accepts.map((a) => a.id))})`).map((r) => r[0]));
  const members = new Set(sql('SELECT organization_id || \'|\' || user_id FROM memberships').map((r) => r[0]));
  check(`${label}: every acknowledged accept is an ACCEPTED invitation and a membership (${acks.accepts.length})`,
    acks.accepts.every((a) => accepted.has(a.id) && members.has(`${a.org}|${a.userId}`)));
  const roles = new Map(sql('SELECT organization_id || \'|\' || user_id, role FROM memberships'));
  const certain = [...acks.roles].filter(([, v]) => !v.uncertain);
  const wrong = certain.filter(([key, v]) => roles.get(key) !== v.role);
  check(`${label}: every membership ends in its last acknowledged role (${certain.length} checked)`, wrong.length === 0, wrong.slice(0, 3));
}

export function invariantsHold(check, orgs) {
  const scope = list(orgs);
  const ownerless = scalar(`SELECT count(*) FROM organizations o WHERE o.parent_id IS NULL AND NOT EXISTS
    (SELECT 1 FROM memberships m WHERE m.organization_id = o.id AND m.role = 'OWNER')`);
  check('invariant: every root organization has an OWNER', ownerless === '0', `${ownerless} without`);
  const over = sql(`SELECT r.id, r.seat_limit,
      (SELECT count(DISTINCT m.user_id) FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.root_id = r.id)
    + (SELECT count(*) FROM invitations i WHERE i.root_id = r.id AND i.status = 'PENDING') AS used
    FROM organizations r WHERE r.id IN (${scope}) AND r.seat_limit IS NOT NULL`).filter(([, limit, used]) => Number(used) > Number(limit));
  check('invariant: seats used (members + pending invitations) never exceed the seat limit', over.length === 0, over);
  const full = scalar(`SELECT count(*) FROM organizations WHERE id IN (${scope}) AND seat_limit IS NOT NULL AND
    (SELECT count(*) FROM memberships m WHERE m.organization_id = organizations.id) >= seat_limit`);
  console.log(`  (the load filled ${full} of ${orgs.length} organizations to their seat limit)`);
  const twice = scalar('SELECT count(*) FROM (SELECT organization_id, user_id FROM memberships GROUP BY 1, 2 HAVING count(*) > 1) d');
  check('invariant: one membership per (organization, user)', twice === '0');
  // The change log records each invitation's transitions: ACCEPTED at most once per invitation grain.
  const reaccepted = scalar(`SELECT count(*) FROM (SELECT grain_key FROM change_log WHERE kind = 'invitation.ACCEPTED' GROUP BY grain_key HAVING count(*) > 1) d`);
  const acceptances = scalar(`SELECT count(*) FROM change_log WHERE kind = 'invitation.ACCEPTED'`);
  const acceptedRows = scalar(`SELECT count(*) FROM invitations WHERE status = 'ACCEPTED'`);
  const orphaned = scalar(`SELECT count(*) FROM invitations i WHERE i.status = 'ACCEPTED' AND (i.accepted_by IS NULL OR NOT EXISTS
    (SELECT 1 FROM memberships m WHERE m.organization_id = i.organization_id AND m.user_id = i.accepted_by))`);
  check('invariant: every invitation accepted at most once, each acceptance a membership', reaccepted === '0' && orphaned === '0' && acceptances === acceptedRows, { reaccepted, orphaned, acceptances, acceptedRows });
}

/** Every (organization, member) of the load asked on every live node with the newest token: same answers, matching the database. */
export async function nodesAgree(check, nodes, orgs, ownerTokens, token) {
  const rows = sql(`SELECT organization_id, user_id, role FROM memberships WHERE organization_id IN (${list(orgs)})`);
  const disagreements = [];
  const wrong = [];
  for (const [org, user, role] of rows) {
    const answers = [];
    for (const node of nodes) {
      const r = await gql(node, Q.effective, { o: org, u: user }, { bearer: ownerTokens.get(org), consistencyToken: token });
      answers.push(r.ok ? r.data.effectivePermissions.permissions.slice().sort().join(',') : `error:${r.code}`);
    }
    if (new Set(answers).size !== 1) disagreements.push({ org, user, answers });
    const manages = answers[0].split(',').includes('members:manage');
    if (manages !== ['ADMIN', 'OWNER'].includes(role)) wrong.push({ org, user, role });
  }
  check(`every live node answers the same effectivePermissions (${rows.length} memberships x ${nodes.length} nodes)`, disagreements.length === 0, disagreements.slice(0, 3));
  check('the answers match the roles in the database', wrong.length === 0, wrong.slice(0, 3));
}

/** Waits (bounded) until every subscriber has every expected event, then judges completeness, duplicates and order. */
export async function subscribersComplete(check, subscribers, expected, label) {
  const missingFor = (sub) => (expected.get(sub.organizationId) ?? []).filter((e) => !sub.events.includes(e));
  for (let i = 0; i < 100 && subscribers.some((s) => missingFor(s).length > 0); i++) await new Promise((r) => setTimeout(r, 100));
  const missing = subscribers.map((s) => ({ s: s.label, missing: missingFor(s).length })).filter((m) => m.missing > 0);
  const total = subscribers.reduce((n, s) => n + (expected.get(s.organizationId)?.length ?? 0), 0);
  check(`${label}: subscribers on live nodes got every acknowledged event (${total} expected)`, missing.length === 0, missing);
  const duplicated = subscribers.filter((s) => new Set(s.events).size !== s.events.length).map((s) => s.label);
  check(`${label}: no subscriber got an event twice`, duplicated.length === 0, duplicated);
  const byOrg = new Map();
  for (const s of subscribers) byOrg.set(s.organizationId, [...(byOrg.get(s.organizationId) ?? []), s]);
  const differ = [...byOrg.values()].filter((subs) => new Set(subs.map((s) => s.events.join(' '))).size > 1).map((subs) => subs[0].organizationId);
  check(`${label}: subscribers of one organization on different nodes got the same events in the same order`, differ.length === 0, differ);
  const errors = subscribers.filter((s) => s.errors.length > 0).map((s) => ({ s: s.label, e: s.errors[0] }));
  check(`${label}: no subscription ended or errored`, errors.length === 0, errors);
}
