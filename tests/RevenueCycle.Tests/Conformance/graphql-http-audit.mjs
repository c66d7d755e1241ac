// Runs graphql-http's server audit suite (the GraphQL-over-HTTP spec's reference audits) against a live
// server and prints one JSON line per audit: {id, name, status: "ok"|"warn"|"error", reason}.
// Usage: node graphql-http-audit.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-http-audit.mjs <url>');
  process.exit(2);
}
const results = await auditServer({ url });
for (const r of results) {
  console.log(JSON.stringify({ id: r.id, name: r.name, status: r.status, reason: r.reason ?? null }));
}
