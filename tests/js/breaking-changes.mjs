// Reads [{"old": "<sdl>", "new": "<sdl>"}, ...] on stdin and prints, for each pair, what graphql-js's
// findBreakingChanges and findDangerousChanges report between buildSchema(old) and buildSchema(new):
// [{"breaking": [{"type", "description"}], "dangerous": [{"type", "description"}]}], in the pairs' order.
// The reference for what breaks a client (tests/Bff.Testing/SchemaBreakingChanges.cs, docs/schema-changes.md).
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const pairs = JSON.parse(input);

const changes = (list) => list.map(({ type, description }) => ({ type, description }));
const results = pairs.map((pair) => {
  const before = buildSchema(pair.old);
  const after = buildSchema(pair.new);
  return {
    breaking: changes(findBreakingChanges(before, after)),
    dangerous: changes(findDangerousChanges(before, after)),
  };
});
process.stdout.write(JSON.stringify(results));
