// Reads an SDL on stdin, builds it with graphql-js's buildSchema and prints the result of graphql-js's full
// introspection query (every optional part on, as introspection-query.mjs prints it) against it, as JSON.
import { buildSchema, getIntrospectionQuery, graphqlSync } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const source = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
process.stdout.write(JSON.stringify(graphqlSync({ schema: buildSchema(input), source })));
