// Drives our SSE endpoint with the npm package graphql-sse (the protocol's reference client) in its distinct
// connections mode and prints one JSON line per step. The C# test commits claim status changes while this runs.
// Usage: node graphql-sse-client.mjs http://127.0.0.1:PORT/graphql/stream "bob; tenant=demo; roles=BILLER"
import { createClient } from 'graphql-sse';

const [url, devUser] = process.argv.slice(2);
if (!url || !devUser) {
  console.error('usage: node graphql-sse-client.mjs <url> <X-Dev-User value>');
  process.exit(2);
}
const print = (step, value) => console.log(JSON.stringify({ step, ...value }));

// Every result of an operation until `complete`, or only the first (leaving the loop closes the stream).
async function results(client, payload, { firstOnly = false } = {}) {
  const all = [];
  for await (const result of client.iterate(payload)) {
    all.push(result);
    if (firstOnly) break;
  }
  return all;
}

const client = createClient({ url, headers: { 'X-Dev-User': devUser }, retryAttempts: 0 });
print('query', { results: await results(client, { query: '{ me { actor } }' }) });
print('invalid', { results: await results(client, { query: '{ noSuchField }' }) });
print('subscription', {
  results: await results(client, { query: 'subscription { claimStatusChanged { status actor claim { number status } } }' }, { firstOnly: true }),
});

// A role that may not read claims: the refusal arrives as a `next` with the error, then `complete`.
const frontDesk = createClient({ url, headers: { 'X-Dev-User': 'fran; tenant=demo; roles=FRONT_DESK' }, retryAttempts: 0 });
print('forbidden', { results: await results(frontDesk, { query: 'subscription { claimStatusChanged { status } }' }) });

// The same endpoint negotiated on /graphql itself through Accept: text/event-stream.
const plain = createClient({ url: url.replace(/\/stream$/, ''), headers: { 'X-Dev-User': devUser }, retryAttempts: 0 });
print('negotiated', { results: await results(plain, { query: 'subscription { claimStatusChanged { status } }' }, { firstOnly: true }) });
