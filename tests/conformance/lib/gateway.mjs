// Helpers shared by the conformance tests: where the gateway is, and small GraphQL calls against it.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export const baseUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:5045';
export const graphqlUrl = `${baseUrl}/graphql`;

/** POSTs one GraphQL request; throws when the response has errors, else returns data (and the raw body). */
export async function gql(query, variables = {}, token = undefined) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) {
    throw new Error(`GraphQL errors (${response.status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/** A unique email per test run, so runs against one database never collide. */
export function uniqueEmail(name) {
  return `${name}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export async function signUp(name) {
  const email = uniqueEmail(name);
  const data = await gql(
    'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email } } }',
    { input: { email, displayName: name } });
  return { token: data.signUp.token, id: data.signUp.user.id, email: data.signUp.user.email };
}

/** A graphql-ws client authenticated with a bearer token in the connection_init payload. */
export function wsClient(token) {
  return createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
  });
}

/** Runs a query over the same socket: the server handles messages in order, so once this answers, earlier subscriptions are listening. */
export function queryOver(client, query) {
  return new Promise((resolve, reject) => {
    let result;
    client.subscribe({ query }, { next: (r) => { result = r; }, error: reject, complete: () => resolve(result) });
  });
}

/** Collects the next `count` events of a subscription, then completes it. */
export function collect(client, query, variables, count) {
  const events = [];
  let unsubscribe;
  const done = new Promise((resolve, reject) => {
    unsubscribe = client.subscribe({ query, variables }, {
      next: (result) => {
        if (result.errors) reject(new Error(JSON.stringify(result.errors)));
        events.push(result.data);
        if (events.length === count) {
          unsubscribe();
          resolve(events);
        }
      },
      error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
      complete: () => resolve(events),
    });
  });
  return { done };
}
