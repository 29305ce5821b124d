// Prints every invitation addressed to the signed-in user as it happens.
// Usage: node examples/watch-invitations.mjs <token> [http://127.0.0.1:5045/graphql]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [token, httpUrl = 'http://127.0.0.1:5045/graphql'] = process.argv.slice(2);
if (!token) {
  console.error('usage: node examples/watch-invitations.mjs <token> [graphql url]');
  process.exit(2);
}

const client = createClient({
  url: httpUrl.replace(/^http/, 'ws'),
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${token}` },
});

console.log('watching invitations (Ctrl+C to stop)...');
client.subscribe(
  { query: 'subscription { invitationReceived { kind at invitation { id email role status organization { name } } } }' },
  {
    next: (message) => console.log(JSON.stringify(message)),
    error: (error) => { console.error('subscription failed:', error); process.exit(1); },
    complete: () => process.exit(0),
  },
);
