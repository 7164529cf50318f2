// graphql-js baseline for bench/Bff.GraphQL.Benchmarks ExecutionBenchmarks: executes the same cached product list
// (Catalog/product-list.graphql) against the same schema SDL and data, with the same explicit resolvers, and
// serializes the result with JSON.stringify.
// Usage: node execute-bench.mjs [iterations]   (run `npm ci` first)
//        node execute-bench.mjs --print        prints the response (Catalog/product-list.response.json)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildSchema, execute, parse, validate, version } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const catalog = join(here, '..', 'Bff.GraphQL.Benchmarks', 'Catalog');
const read = (name) => readFileSync(join(catalog, name), 'utf8');

const products = JSON.parse(read('catalog-data.json'));
const schema = buildSchema(read('catalog.graphql'));
// Explicit resolvers, as CatalogSchema.cs binds them; every other field is graphql-js's default property read.
schema.getQueryType().getFields().products.resolve = (_, { first }) => products.slice(0, first);
schema.getType('Product').getFields().reviews.resolve = (product, { first }) => product.reviews.slice(0, first);
schema.getType('Money').getFields().formatted.resolve = (money) => `${money.amount.toFixed(2)} ${money.currency}`;

// Parsed and validated once, outside the loop, as a document cache would.
const document = parse(read('product-list.graphql'));
const errors = validate(schema, document);
if (errors.length > 0) throw errors[0];
const run = () => JSON.stringify(execute({ schema, document, rootValue: {} }));

if (process.argv[2] === '--print') {
  console.log(JSON.stringify(JSON.parse(run()), null, 2));
  process.exit(0);
}

const iterations = Number(process.argv[2] ?? 20000);
const rounds = 10;
const cases = [
  { name: 'ExecuteAndSerialize', op: () => run().length },
  { name: 'ExecuteOnly', op: () => execute({ schema, document, rootValue: {} }).data.products.length },
];

let sink = 0;
console.log(`graphql-js ${version}, node ${process.version}, ${iterations} iterations x ${rounds} rounds (after warm-up)`);
console.log('| Case | Mean (us/op) | Min round (us/op) | ops/s |');
console.log('|---|---:|---:|---:|');
for (const { name, op } of cases) {
  // Warm-up: let V8 optimize execute() for this document.
  for (let i = 0; i < iterations; i++) sink += op();
  const perRound = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) sink += op();
    perRound.push(((performance.now() - start) * 1000) / iterations);
  }
  const mean = perRound.reduce((a, b) => a + b, 0) / rounds;
  const min = Math.min(...perRound);
  console.log(`| ${name} | ${mean.toFixed(2)} | ${min.toFixed(2)} | ${Math.round(1e6 / mean).toLocaleString('en-US')} |`);
}
if (sink === 0) console.log('unreachable');
