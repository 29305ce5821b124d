// graphql-ws clients against a running gateway: invitation subscriptions see changes made over HTTP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gql, signUp, wsClient, queryOver, collect } from './lib/gateway.mjs';

const createOrganization = 'mutation($name: String!) { createOrganization(input: { name: $name }) { id } }';
const invite = 'mutation($org: ID!, $email: String!) { inviteMember(input: { organizationId: $org, email: $email }) { id status } }';
const eventFields = 'kind at invitation { id email status organization { id } }';

test('invitationReceived delivers the invitation when someone invites the subscriber\'s email', async () => {
  const alice = await signUp('alice');
  const bob = await signUp('bob');
  const org = (await gql(createOrganization, { name: 'Acme' }, alice.token)).createOrganization.id;
  const client = wsClient(bob.token);
  try {
    const received = collect(client, `subscription { invitationReceived { ${eventFields} } }`, {}, 1);
    await queryOver(client, '{ __typename }');

    const invitation = (await gql(invite, { org, email: bob.email }, alice.token)).inviteMember;
    const [event] = await received.done;

    assert.equal(event.invitationReceived.kind, 'CREATED');
    assert.equal(event.invitationReceived.invitation.id, invitation.id);
    assert.equal(event.invitationReceived.invitation.email, bob.email);
    assert.equal(event.invitationReceived.invitation.organization.id, org);
    assert.match(event.invitationReceived.at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  } finally {
    await client.dispose();
  }
});

test('invitationChanged sees CREATED, ACCEPTED, DECLINED and REVOKED in order', async () => {
  const owner = await signUp('owner');
  const carol = await signUp('carol');
  const dave = await signUp('dave');
  const erin = await signUp('erin');
  const org = (await gql(createOrganization, { name: 'Globex' }, owner.token)).createOrganization.id;
  const client = wsClient(owner.token);
  try {
    const changes = collect(client, `subscription($org: ID!) { invitationChanged(organizationId: $org) { ${eventFields} } }`, { org }, 6);
    await queryOver(client, '{ __typename }');

    const forCarol = (await gql(invite, { org, email: carol.email }, owner.token)).inviteMember.id;
    await gql('mutation($id: ID!) { acceptInvitation(id: $id) { role source } }', { id: forCarol }, carol.token);
    const forDave = (await gql(invite, { org, email: dave.email }, owner.token)).inviteMember.id;
    await gql('mutation($id: ID!) { declineInvitation(id: $id) { status } }', { id: forDave }, dave.token);
    const forErin = (await gql(invite, { org, email: erin.email }, owner.token)).inviteMember.id;
    await gql('mutation($id: ID!) { revokeInvitation(id: $id) { status } }', { id: forErin }, owner.token);

    const events = (await changes.done).map((e) => e.invitationChanged);
    assert.deepEqual(
      events.map((e) => [e.kind, e.invitation.id]),
      [['CREATED', forCarol], ['ACCEPTED', forCarol], ['CREATED', forDave], ['DECLINED', forDave], ['CREATED', forErin], ['REVOKED', forErin]]);
    assert.deepEqual(events.map((e) => e.invitation.status), ['PENDING', 'ACCEPTED', 'PENDING', 'DECLINED', 'PENDING', 'REVOKED']);
  } finally {
    await client.dispose();
  }
});

test('a bad credential in connection_init is refused with close code 4403', async () => {
  const client = wsClient('not-a-valid-token');
  try {
    const closed = new Promise((resolve) => client.on('closed', (event) => resolve(event.code)));
    assert.equal(await closed, 4403);
  } finally {
    await client.dispose();
  }
});

test('anonymous callers may introspect but not read', async () => {
  const introspection = await gql('{ __schema { queryType { name } } }');
  assert.equal(introspection.__schema.queryType.name, 'Query');
  await assert.rejects(gql('{ permissions { name } me { id } organization(id: "x") { id } }'), /UNAUTHENTICATED/);
});
