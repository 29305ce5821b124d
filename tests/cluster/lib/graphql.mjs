// GraphQL over HTTP against one node, with a hard per-request deadline: a request that outlives it
// counts as a hang (the test's point is that clients never hang, whatever fails underneath).
export const REQUEST_DEADLINE_MS = 20_000;

/** Sends one operation; never throws: returns { ok, status, code, data, token, network }. */
export async function gql(url, query, variables = {}, { bearer, consistencyToken } = {}) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (consistencyToken) headers['teamgrains-consistency-token'] = consistencyToken;
  let response;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(REQUEST_DEADLINE_MS),
    });
  } catch (error) {
    const hung = error.name === 'TimeoutError';
    return { ok: false, status: 0, code: hung ? 'HANG' : 'NETWORK', network: !hung, hung, message: String(error.cause ?? error) };
  }
  let body;
  try {
    body = await response.json();
  } catch {
    return { ok: false, status: response.status, code: `HTTP_${response.status}_NOT_JSON` };
  }
  const error = body.errors?.[0];
  return {
    ok: !error && response.status === 200,
    status: response.status,
    code: error?.extensions?.code ?? (response.status >= 500 ? `HTTP_${response.status}` : undefined),
    message: error?.message,
    data: body.data,
    token: body.extensions?.consistencyToken,
  };
}

/** The position a token names (tokens are opaque to clients; the test compares them only to pick the newest). */
export const positionOf = (token) => Number(String(token ?? 'ct1_0').replace(/^ct1_/, ''));

export const newest = (a, b) => (positionOf(a) >= positionOf(b) ? a : b);

export async function signUp(url, name) {
  const email = `${name}.${Math.random().toString(36).slice(2, 10)}@cluster.example.com`;
  const r = await gql(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token user { id } } }', { i: { email, displayName: name } });
  return r.ok ? { ok: true, email, token: r.data.signUp.token, id: r.data.signUp.user.id, consistencyToken: r.token } : { ...r, email };
}

export const Q = {
  createOrg: 'mutation($n: String!) { createOrganization(input: { name: $n }) { id } }',
  rename: 'mutation($o: ID!, $n: String) { updateOrganization(input: { id: $o, name: $n }) { id } }',
  seatLimit: 'mutation($o: ID!, $s: Int) { updateOrganization(input: { id: $o, seatLimit: $s }) { id } }',
  invite: 'mutation($o: ID!, $e: String!) { inviteMember(input: { organizationId: $o, email: $e }) { id } }',
  accept: 'mutation($id: ID!) { acceptInvitation(id: $id) { role } }',
  pending: '{ me { pendingInvitations { id organization { id } } } }',
  changeRole: 'mutation($o: ID!, $u: ID!, $r: String!) { changeMemberRole(input: { organizationId: $o, userId: $u, role: $r }) { role } }',
  check: 'query($o: ID!, $u: ID, $p: String!) { checkPermission(organizationId: $o, userId: $u, permission: $p) }',
  effective: 'query($o: ID!, $u: ID) { effectivePermissions(organizationId: $o, userId: $u) { permissions } }',
};
