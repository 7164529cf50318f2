// The request the graphql-ws and graphql-sse scripts subscribe with. Their <query> argument is either a GraphQL
// document or `payload:<JSON>`, a whole request as a persisted-queries client sends it, e.g.
// payload:{"variables":{…},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"…"}}} with no query (Apollo
// Kotlin's and iOS's hash-only request) or {"id":"…"}. No GraphQL document starts with `payload:`.
const prefix = 'payload:';

export function requestOf(argument) {
  return argument.startsWith(prefix) ? JSON.parse(argument.slice(prefix.length)) : { query: argument };
}

// graphql-ws checks that a subscribe payload has a string query before it sends it. A request without one gets an
// empty query for that check, and the returned replacer (graphql-ws's jsonMessageReplacer, applied after the check)
// leaves it out of the message, so the socket carries the request exactly as given.
export function forGraphQLWs(request) {
  if (typeof request.query === 'string') return { request, replacer: undefined };
  const sent = { ...request, query: '' };
  return { request: sent, replacer: function (key, value) { return this === sent && key === 'query' ? undefined : value; } };
}
