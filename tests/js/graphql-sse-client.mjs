// The graphql-sse client (distinct connections mode) runs one operation:
// node graphql-sse-client.mjs <http-url> <query> <count>
// (<query>: a document, or payload:<JSON> for a whole request, e.g. a persisted query's hash and no query: see
// subscribe-request.mjs)
// Prints one JSON line per result ({"next": result}), then {"done": true} once <count> results arrived (it then
// unsubscribes, closing the connection) or the server completed; an error prints {"error": ...}.
import { createClient } from 'graphql-sse';
import { requestOf } from './subscribe-request.mjs';

const [url, query, countText] = process.argv.slice(2);
const count = Number(countText);
const print = (value) => process.stdout.write(JSON.stringify(value) + '\n');

const client = createClient({ url, singleConnection: false, retryAttempts: 0 });
try {
  let received = 0;
  for await (const result of client.iterate(requestOf(query))) {
    print({ next: result });
    if (++received >= count) break;
  }
  print({ done: true });
} catch (error) {
  print({ error: { message: error?.message ?? String(error) } });
} finally {
  client.dispose();
}
