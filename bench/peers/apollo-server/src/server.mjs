// Apollo Server 5, standalone (its own Node http server), POST /graphql on 127.0.0.1:$PEER_PORT over the demo
// backends at $BACKENDS_BASE + 1 + i (bench/bffs/run.sh's layout).
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { unwrapResolverError } from '@apollo/server/errors';
import { typeDefs } from './schema.mjs';
import { resolvers } from './resolvers.mjs';
import { backendUrls, createDataSources } from './datasources.mjs';
import { createLoaders } from './loaders.mjs';

function requiredPort(name) {
  const value = Number(process.env[name]);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name} must be a port number (got ${JSON.stringify(process.env[name])})`);
    process.exit(2);
  }
  return value;
}

const port = requiredPort('PEER_PORT');
const urls = backendUrls(requiredPort('BACKENDS_BASE'));
// "shared" (the default, as Apollo's docs wire it): RESTDataSource's HTTP cache is the server's bounded in-memory
// cache, so backend responses are reused across requests for as long as their Cache-Control allows.
// "request": no cache passed, so each request's data sources get a cache of their own and nothing outlives a request.
const cacheMode = process.env.PEER_REST_CACHE ?? 'shared';
if (cacheMode !== 'shared' && cacheMode !== 'request') {
  console.error(`PEER_REST_CACHE must be "shared" or "request" (got ${JSON.stringify(cacheMode)})`);
  process.exit(2);
}

const server = new ApolloServer({
  typeDefs,
  resolvers,
  // A backend's failure reaches the client as an error on its fields with the backend's status, without the URL and
  // body that RESTDataSource puts in extensions.response; a timed-out or refused call as BACKEND_UNAVAILABLE.
  formatError: (formatted, error) => {
    const original = unwrapResolverError(error);
    const { response, ...extensions } = formatted.extensions ?? {};
    if (response) {
      return { ...formatted, extensions: { ...extensions, code: original?.extensions?.code ?? 'BACKEND_ERROR', status: response.status } };
    }
    if (original?.name === 'FetchError' || original?.name === 'AbortError') {
      return { message: 'A backend did not answer.', locations: formatted.locations, path: formatted.path, extensions: { code: 'BACKEND_UNAVAILABLE' } };
    }
    return formatted;
  },
});

const { url } = await startStandaloneServer(server, {
  listen: { port, host: '127.0.0.1' },
  context: async () => {
    const api = createDataSources(urls, cacheMode === 'shared' ? server.cache : undefined);
    return { api, loaders: createLoaders(api) };
  },
});
console.log(`apollo-server peer: ${url} (backends base ${urls.catalog}, REST cache ${cacheMode})`);
