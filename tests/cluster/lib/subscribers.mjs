// invitationChanged subscribers over graphql-transport-ws (a plain `ws` socket, so the test controls
// message order exactly) that record every event they get, in arrival order.
import WebSocket from 'ws';

const QUERY = 'subscription($o: ID!) { invitationChanged(organizationId: $o) { kind invitation { id } } }';

/**
 * Connects, subscribes for `organizationId`, then pings: the server sets a subscription's source up
 * before it reads the next message, so the pong proves the subscription listens.
 */
export function subscribe(url, bearer, organizationId, label) {
  const sub = { label, url, organizationId, events: [], errors: [], closed: null };
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
    sub.socket = socket;
    const timer = setTimeout(() => reject(new Error(`${label}: no pong in 10 s`)), 10_000);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${bearer}` } })));
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: 'inv', type: 'subscribe', payload: { query: QUERY, variables: { o: organizationId } } }));
        socket.send(JSON.stringify({ type: 'ping' }));
      } else if (message.type === 'pong') {
        clearTimeout(timer);
        resolve(sub);
      } else if (message.type === 'next') {
        const value = message.payload;
        if (value.errors) sub.errors.push(JSON.stringify(value.errors));
        else sub.events.push(`${value.data.invitationChanged.kind}:${value.data.invitationChanged.invitation.id}`);
      } else if (message.type === 'error' || message.type === 'complete') {
        sub.errors.push(`${message.type}: ${JSON.stringify(message.payload ?? null)}`);
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      }
    });
    socket.on('close', (code) => { sub.closed = code; clearTimeout(timer); reject(new Error(`${label}: closed ${code}`)); });
    socket.on('error', (error) => sub.errors.push(String(error)));
  });
}

export const close = (sub) => sub.socket.close(1000);
