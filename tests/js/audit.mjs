// Runs the GraphQL-over-HTTP audits of graphql-http (serverAudits) against the URL given as the first argument and
// prints [{ id, name, status: "ok" | "warn" | "error" | "notice", reason }] as JSON.
// Usage: node audit.mjs http://127.0.0.1:5199/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  process.stderr.write('usage: node audit.mjs <graphql endpoint url>\n');
  process.exit(2);
}

const results = [];
for (const { fn } of serverAudits({ url })) {
  // One at a time: the results stay in the audits' order and the server sees no burst.
  const { id, name, status, reason } = await fn();
  results.push({ id, name, status, reason: reason ?? null });
}
process.stdout.write(JSON.stringify(results));
