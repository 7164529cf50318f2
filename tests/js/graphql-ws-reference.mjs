// Runs operations with the graphql-ws client against our server and against the reference graphql-ws server (npm
// graphql-ws's useServer over graphql-js, started here in-process on 127.0.0.1, a free port), recording the frames each
// server sends: node graphql-ws-reference.mjs <our ws-url> <sdl> <query>...
// The reference schema is <sdl> built by graphql-js; its Subscription.failing subscribe function throws a GraphQLError
// ("You may not listen here.", code FORBIDDEN), as the .NET test host's does. Prints one JSON line per query:
// {"query": q, "ours": [frames], "reference": [frames]}; frames are the server's messages after connection_ack, ping
// and pong left out, each operation id replaced by "1" (the client makes a random one).
import { createServer } from 'node:http';
import { buildSchema, GraphQLError } from 'graphql';
import { createClient } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import WebSocket, { WebSocketServer } from 'ws';

const [ourUrl, sdl, ...queries] = process.argv.slice(2);
const print = (value) => process.stdout.write(JSON.stringify(value) + '\n');

const schema = buildSchema(sdl);
schema.getSubscriptionType().getFields().failing.subscribe = () => {
  throw new GraphQLError('You may not listen here.', { extensions: { code: 'FORBIDDEN' } });
};

const http = createServer();
const sockets = new WebSocketServer({ server: http, path: '/graphql' });
const reference = useServer({ schema, roots: { query: { hello: 'world' } } }, sockets);
await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
const referenceUrl = `ws://127.0.0.1:${http.address().port}/graphql`;

// One client, one operation: every frame the server sends is recorded by the socket the client is given.
async function record(url, query) {
  const frames = [];
  class RecordingWebSocket extends WebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data));
        if (!['connection_ack', 'ping', 'pong'].includes(message.type)) {
          frames.push('id' in message ? { ...message, id: '1' } : message);
        }
      });
    }
  }

  const client = createClient({ url, webSocketImpl: RecordingWebSocket, retryAttempts: 0, lazy: true });
  try {
    for await (const result of client.iterate({ query })) {
      void result;
    }
  } catch {
    // An error message ends iterate with a throw; the frame is what is compared.
  } finally {
    await client.dispose();
  }

  return frames;
}

try {
  for (const query of queries) {
    print({ query, ours: await record(ourUrl, query), reference: await record(referenceUrl, query) });
  }
} finally {
  await reference.dispose();
  await new Promise((resolve) => http.close(resolve));
}
