// The graphql-ws client (graphql-transport-ws over the `ws` package, Node 20 has no WebSocket) runs one operation:
// node graphql-ws-client.mjs <ws-url> <query> <count> [connectionParams JSON]
// (<query>: a document, or payload:<JSON> for a whole subscribe payload, e.g. a persisted query's hash and no query:
// see subscribe-request.mjs)
// Prints one JSON line per result ({"next": result}), then {"done": true} once <count> results arrived (it then
// unsubscribes) or the server completed; an error prints {"error": ...} and a close {"closed": code, "reason": ...}.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { forGraphQLWs, requestOf } from './subscribe-request.mjs';

const [url, query, countText, params] = process.argv.slice(2);
const count = Number(countText);
const { request, replacer } = forGraphQLWs(requestOf(query));
const print = (value) => process.stdout.write(JSON.stringify(value) + '\n');

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: params ? JSON.parse(params) : undefined,
  retryAttempts: 0,
  lazy: true,
  jsonMessageReplacer: replacer,
  on: { closed: (event) => { if (event.code !== 1000) print({ closed: event.code, reason: event.reason }); } },
});

try {
  let received = 0;
  for await (const result of client.iterate(request)) {
    print({ next: result });
    if (++received >= count) break;
  }
  print({ done: true });
} catch (error) {
  print({ error: Array.isArray(error) ? error : { code: error?.code, reason: error?.reason, message: error?.message } });
} finally {
  await client.dispose();
}
