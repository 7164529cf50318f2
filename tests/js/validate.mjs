// Reads {"sdl": "...", "documents": ["...", ...]} on stdin, builds the schema with graphql-js's buildSchema and
// prints, for each document, what graphql-js's validate() reports:
// [{"valid": bool, "messages": [...], "locations": [[{line, column}...]...]}]. A document that does not parse gives
// {"valid": false, "syntaxError": "..."}.
import { buildSchema, parse, validate } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { sdl, documents } = JSON.parse(input);
const schema = buildSchema(sdl);

const results = documents.map((source) => {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    return { valid: false, syntaxError: error.message, messages: [], locations: [] };
  }
  const errors = validate(schema, document);
  return {
    valid: errors.length === 0,
    messages: errors.map((e) => e.message),
    locations: errors.map((e) => (e.locations ?? []).map(({ line, column }) => ({ line, column }))),
  };
});
process.stdout.write(JSON.stringify(results));
