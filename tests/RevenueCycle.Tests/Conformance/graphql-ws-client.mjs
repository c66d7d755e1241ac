// Drives our graphql-transport-ws endpoint with the npm package graphql-ws (the protocol's reference client) and
// prints one JSON line per step. The C# test commits claim status changes while this runs.
// Usage: node graphql-ws-client.mjs ws://127.0.0.1:PORT/graphql "bob; tenant=demo; roles=BILLER"
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, devUser] = process.argv.slice(2);
if (!url || !devUser) {
  console.error('usage: node graphql-ws-client.mjs <ws-url> <X-Dev-User value>');
  process.exit(2);
}
const print = (step, value) => console.log(JSON.stringify({ step, ...value }));

// The first result of an operation; leaving the loop sends `complete` for subscriptions.
async function first(client, payload) {
  for await (const result of client.iterate(payload)) return result;
  return null;
}

let pongs = 0;
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { 'X-Dev-User': devUser },
  retryAttempts: 0,
  keepAlive: 100, // the client pings every 100 ms and fails the connection if no pong comes back
  on: { pong: () => pongs++ },
});

try {
  print('query', { result: await first(client, { query: '{ me { actor tenant { name } } }' }) });

  try {
    await first(client, { query: '{ noSuchField }' });
    print('invalid', { errors: null });
  } catch (errors) {
    print('invalid', { errors });
  }

  const event = await first(client, {
    query: 'subscription { claimStatusChanged { status previousStatus actor claim { number status } } }',
  });
  print('subscription', { result: event });

  // A second subscription on the same connection after the first completed: ids are free again.
  const again = await first(client, { query: 'subscription { claimStatusChanged { status } }' });
  print('resubscribe', { result: again });
  print('pong', { pongs });
} finally {
  await client.dispose();
}

// Credentials the server does not accept: the connection is refused with 4403.
const refused = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { 'X-Dev-User': 'mallory; tenant=nowhere' },
  retryAttempts: 0,
});
try {
  await first(refused, { query: '{ __typename }' });
  print('forbidden', { code: null });
} catch (error) {
  print('forbidden', { code: error?.code ?? null, reason: error?.reason ?? String(error) });
} finally {
  await refused.dispose();
}
