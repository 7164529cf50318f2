// A long-running subscriber for tests that publish while it listens:
// node subscription-listener.mjs <ws|sse> <url> <query> [authorization]
// (<query>: a document, or payload:<JSON> for a whole request, e.g. a persisted query's hash and no query, as Apollo
// Kotlin and iOS send one: see subscribe-request.mjs)
// Subscribes with the graphql-ws client (the token in connection_init's payload, as browsers must) or the
// graphql-sse client (the token as the Authorization header), then prints one JSON line per result as it arrives:
// {"next": result, "at": <epoch ms when it was received>}; {"error": ...} or {"closed": code, "reason": ...} on failure;
// {"done": true} when the server completes. It runs until then or until the test kills it.
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import { forGraphQLWs, requestOf } from './subscribe-request.mjs';

const [transport, url, query, authorization] = process.argv.slice(2);
const print = (value) => process.stdout.write(JSON.stringify(value) + '\n');
const { request, replacer } = transport === 'ws' ? forGraphQLWs(requestOf(query)) : { request: requestOf(query) };

const client = transport === 'ws'
  ? createWsClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: authorization ? { Authorization: authorization } : undefined,
      retryAttempts: 0,
      lazy: true,
      jsonMessageReplacer: replacer,
      on: { closed: (event) => { if (event.code !== 1000) print({ closed: event.code, reason: event.reason }); } },
    })
  : createSseClient({
      url,
      singleConnection: false,
      retryAttempts: 0,
      headers: authorization ? { Authorization: authorization } : {},
    });

try {
  for await (const result of client.iterate(request)) {
    print({ next: result, at: Date.now() });
  }
  print({ done: true });
} catch (error) {
  print({ error: Array.isArray(error) ? error : { code: error?.code, reason: error?.reason, message: error?.message ?? String(error) } });
}
process.exit(0);
