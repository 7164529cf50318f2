// Posts operations with Accept: text/event-stream (graphql-sse's distinct connections mode) to our server and to the
// reference graphql-sse handler (npm graphql-sse's createHandler over graphql-js, started here in-process on 127.0.0.1,
// a free port), recording the events each sends: node graphql-sse-reference.mjs <our http-url> <sdl> <query>...
// The reference schema is <sdl> built by graphql-js; its Subscription.failing subscribe function throws a GraphQLError
// ("You may not listen here.", code FORBIDDEN), as the .NET test host's does. Prints one JSON line per query:
// {"query": q, "ours": [events], "reference": [events]}; an event is {"event": name, "data": raw data}, keep-alive
// comments left out. Raw fetch, not the graphql-sse client: the client does not show which events came.
import { createServer } from 'node:http';
import { buildSchema, GraphQLError } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/http';

const [ourUrl, sdl, ...queries] = process.argv.slice(2);
const print = (value) => process.stdout.write(JSON.stringify(value) + '\n');

const schema = buildSchema(sdl);
schema.getSubscriptionType().getFields().failing.subscribe = () => {
  throw new GraphQLError('You may not listen here.', { extensions: { code: 'FORBIDDEN' } });
};

const handler = createHandler({ schema });
const http = createServer((req, res) => handler(req, res));
await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
const referenceUrl = `http://127.0.0.1:${http.address().port}/graphql`;

// The stream ends after complete in distinct connections mode, so the whole body can be read.
async function record(url, query) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event:'))
    .map((block) => {
      const [eventLine, dataLine = ''] = block.split('\n');
      return { event: eventLine.slice('event:'.length).trim(), data: dataLine.slice('data:'.length).trim() };
    });
}

try {
  for (const query of queries) {
    print({ query, ours: await record(ourUrl, query), reference: await record(referenceUrl, query) });
  }
} finally {
  await new Promise((resolve) => http.close(resolve));
}
