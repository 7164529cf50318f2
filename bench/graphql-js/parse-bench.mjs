// graphql-js baseline for bench/Bff.GraphQL.Benchmarks ParserBenchmarks: parses the same query files with graphql-js's parse().
// Usage: node parse-bench.mjs [iterations]   (run `npm ci` first)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parse, version } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const queries = join(here, '..', 'Bff.GraphQL.Benchmarks', 'Queries');
const iterations = Number(process.argv[2] ?? 20000);
const rounds = 10;

const cases = [
  { name: 'ProductPage', source: readFileSync(join(queries, 'product-page.graphql'), 'utf8'), options: undefined },
  { name: 'ProductPageNoLocations', source: readFileSync(join(queries, 'product-page.graphql'), 'utf8'), options: { noLocation: true } },
  { name: 'Introspection', source: readFileSync(join(queries, 'introspection.graphql'), 'utf8'), options: undefined },
];

let sink = 0;
console.log(`graphql-js ${version}, node ${process.version}, ${iterations} iterations x ${rounds} rounds (after warm-up)`);
console.log('| Case | Mean (us/op) | Min round (us/op) | ops/s |');
console.log('|---|---:|---:|---:|');
for (const { name, source, options } of cases) {
  // Warm-up: let V8 optimize parse() for this input.
  for (let i = 0; i < iterations; i++) sink += parse(source, options).definitions.length;
  const perRound = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) sink += parse(source, options).definitions.length;
    perRound.push(((performance.now() - start) * 1000) / iterations);
  }
  const mean = perRound.reduce((a, b) => a + b, 0) / rounds;
  const min = Math.min(...perRound);
  console.log(`| ${name} | ${mean.toFixed(2)} | ${min.toFixed(2)} | ${Math.round(1e6 / mean).toLocaleString('en-US')} |`);
}
if (sink === 0) console.log('unreachable');
