// A real Apollo Client (no React) with its persisted-queries link, GET for hashed queries, against a GraphQL
// endpoint. Usage: node apollo-client.mjs <scenario> <endpoint> [manifest.json | plan.json]
// Prints one JSON object: each step's data and errors as Apollo surfaced them, and what its fetch saw.
// The "plan" scenario runs the operations of a JSON plan against any endpoint (e.g. a BFF with its own operations):
//   { "manifest": "path of an Apollo persisted-query manifest, or absent for sha256 hashes",
//     "steps": [ { "name": "first", "query": "query ... (or mutation ...)", "variables": {}, "token": "a bearer token" },
//                { "name": "again", "revalidate": true } ] }
// A step with "watch": true runs its query with watchQuery and also records every result Apollo emitted on the way
// (under "emitted": dataState and data), e.g. the first part of a deferred query and then the merged whole.
// Each operation step runs on a fresh client (an empty cache), so it always goes over the wire; a revalidate step
// repeats the last GET by hand with If-None-Match (Node's fetch has no HTTP cache).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// Development mode, as in an app's debug build: Apollo then checks results against its cache and warns (without
// the "development" export condition its default entry reads this flag once, when first imported).
globalThis.__DEV__ = true;
const { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } = await import("@apollo/client");
const { PersistedQueryLink } = await import("@apollo/client/link/persisted-queries");
// Apollo 4 reads @defer only through an incremental handler; this one speaks deferSpec=20220824 (and asks for it in
// Accept only for operations that defer, so the others go out as before).
const { Defer20220824Handler } = await import("@apollo/client/incremental");
const { loadDevMessages, loadErrorMessages } = await import("@apollo/client/dev");
loadDevMessages();
loadErrorMessages();

const [scenario, endpoint, manifestPath] = process.argv.slice(2);
const exchanges = [];
// Apollo's development-mode warnings (e.g. a result missing a field its cache expects), for the tests to assert.
const warnings = [];
for (const level of ["log", "info", "warn", "error", "debug"]) {
  console[level] = (...args) => warnings.push(`${level}: ${args.map(String).join(" ")}`);
}

// Apollo's fetch, wrapped only to note what went out and what came back (for the caching scenario's ETag).
async function recordingFetch(url, init) {
  const response = await fetch(url, init);
  const method = init?.method ?? "GET";
  const sent = method === "GET" ? Object.fromEntries(new URL(url).searchParams) : JSON.parse(init?.body ?? "{}");
  exchanges.push({
    method,
    url: String(url),
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    etag: response.headers.get("etag"),
    // What else went out and came back: whether the document text went along, and the first error's code.
    sentQuery: typeof sent.query === "string" && sent.query.length > 0,
    errorCode: firstErrorCode(await response.clone().text()),
  });
  return response;
}

function firstErrorCode(body) {
  try {
    return JSON.parse(body).errors?.[0]?.extensions?.code ?? null;
  } catch {
    return null;
  }
}

// As @apollo/persisted-query-lists does: the id is the manifest's, found by operation name.
function manifestIds(path) {
  const ids = new Map(JSON.parse(readFileSync(path, "utf8")).operations.map((o) => [o.name, o.id]));
  return { generateHash: (document) => ids.get(document.definitions.find((d) => d.kind === "OperationDefinition").name.value) ?? "unregistered" };
}

function client(persistedQueries = { sha256: (text) => createHash("sha256").update(text).digest("hex") }) {
  const link = ApolloLink.from([
    new PersistedQueryLink({ ...persistedQueries, useGETForHashedQueries: true }),
    new HttpLink({ uri: endpoint, fetch: recordingFetch }),
  ]);
  return new ApolloClient({ link, cache: new InMemoryCache(), incrementalHandler: new Defer20220824Handler() });
}

// What Apollo 4 hands the application: data, and the error's class, message and GraphQL errors.
function surfaced({ data, error }) {
  return {
    data: data ?? null,
    error: error
      ? {
          name: error.name,
          message: error.message,
          errors: (error.errors ?? []).map((e) => ({ message: e.message, path: e.path ?? null, code: e.extensions?.code ?? null })),
        }
      : null,
  };
}

async function run(operation) {
  try {
    return surfaced(await operation());
  } catch (error) {
    return surfaced({ error });
  }
}

const productName = gql`query ProductName($id: ID!) { product(id: $id) { id name } }`;
const scenarios = {
  // The first client registers the query (hash-only GET, then Apollo's retry); a second, with a fresh cache, runs it by hash.
  apq: async () => ({
    first: await run(() => client().query({ query: productName, variables: { id: "p1" } })),
    second: await run(() => client().query({ query: productName, variables: { id: "p1" } })),
  }),
  mutation: async () => ({
    rename: await run(() => client().mutate({
      mutation: gql`mutation Rename($id: ID!, $name: String!) { rename(id: $id, name: $name) { id name } }`,
      variables: { id: "p2", name: "Renamed" },
    })),
  }),
  errors: async () => ({
    priced: await run(() => client().query({
      query: gql`query Priced($id: ID!) { product(id: $id) { id name price } }`,
      variables: { id: "p3" },
      errorPolicy: "all",
    })),
  }),
  // A variable of the wrong type: the server's request error, as Apollo reports it.
  invalid: async () => ({
    coercion: await run(() => client().query({ query: productName, variables: { id: { not: "an id" } } })),
  }),
  manifest: async () => {
    const persisted = manifestIds(manifestPath);
    return {
      registered: await run(() => client(persisted).query({ query: productName, variables: { id: "p4" } })),
      unregistered: await run(() => client(persisted).query({ query: gql`query Other { product(id: "p5") { id } }` })),
    };
  },
  caching: async () => {
    const banner = gql`query Banner { banner }`;
    const first = await run(() => client().query({ query: banner }));
    const second = await run(() => client().query({ query: banner }));
    // Node's fetch has no HTTP cache, so Apollo never revalidates: the conditional GET of the same URL is made by hand.
    const hashed = exchanges.at(-1);
    const conditional = await fetch(hashed.url, { headers: { "if-none-match": hashed.etag, accept: "application/graphql-response+json" } });
    const body = await conditional.text();
    return {
      first,
      second,
      conditional: { status: conditional.status, etag: conditional.headers.get("etag"), bodyLength: body.length },
    };
  },
  plan: async () => {
    const plan = JSON.parse(readFileSync(manifestPath, "utf8"));
    const steps = {};
    for (const step of plan.steps) {
      steps[step.name] = step.revalidate
        ? await revalidate()
        : step.watch
          ? await watch(step, plan.manifest)
          : await run(() => operate(step, plan.manifest));
    }
    return steps;
  },
};

// One operation of a plan on a fresh client: a query, or a mutation (whose link never uses GET).
function operate({ query, variables, token }, manifest) {
  const document = gql(query);
  const persisted = manifest ? manifestIds(manifest) : undefined;
  const context = token ? { headers: { authorization: `Bearer ${token}` } } : undefined;
  const isMutation = document.definitions.some((d) => d.kind === "OperationDefinition" && d.operation === "mutation");
  return isMutation
    ? client(persisted).mutate({ mutation: document, variables, context })
    : client(persisted).query({ query: document, variables, context });
}

// A query watched on a fresh client: every result Apollo emitted until the last part came, and the final one.
function watch({ query, variables, token }, manifest) {
  const persisted = manifest ? manifestIds(manifest) : undefined;
  const context = token ? { headers: { authorization: `Bearer ${token}` } } : undefined;
  const observable = client(persisted).watchQuery({ query: gql(query), variables, context, fetchPolicy: "network-only" });
  const emitted = [];
  return new Promise((resolve) => {
    const subscription = observable.subscribe({
      next: (result) => {
        emitted.push({ dataState: result.dataState ?? null, loading: result.loading, data: result.data ?? null });
        if (!result.loading && result.dataState !== "streaming") {
          subscription.unsubscribe();
          resolve({ ...surfaced(result), emitted });
        }
      },
      error: (error) => resolve({ ...surfaced({ error }), emitted }),
    });
  });
}

// The last GET again with its ETag as If-None-Match, as a browser's or a CDN's HTTP cache would revalidate it.
async function revalidate() {
  const last = exchanges.findLast((e) => e.method === "GET");
  const response = await fetch(last.url, { headers: { "if-none-match": last.etag ?? "", accept: "application/graphql-response+json" } });
  const body = await response.text();
  return { status: response.status, etag: response.headers.get("etag"), cacheControl: response.headers.get("cache-control"), bodyLength: body.length };
}

const result = await scenarios[scenario]();
process.stdout.write(JSON.stringify({ ...result, exchanges, warnings }));
