// Reads an SDL on stdin, builds it with graphql-js's buildSchema and prints the result of graphql-js's full
// introspection query (introspection.mjs, as introspection-query.mjs prints it) against it, as JSON.
// Usage: node introspect-sdl.mjs [--type-depth N] < schema.graphql
import { buildSchema, graphqlSync } from 'graphql';
import { introspectionQuery, typeDepthArgument } from './introspection.mjs';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const source = introspectionQuery(typeDepthArgument(process.argv));
process.stdout.write(JSON.stringify(graphqlSync({ schema: buildSchema(input), source })));
