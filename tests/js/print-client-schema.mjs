// Reads an introspection response ({"data": {"__schema": ...}} or the bare data) on stdin and prints the schema
// graphql-js rebuilds from it with buildClientSchema, as printSchema prints it.
import { buildClientSchema, printSchema } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const parsed = JSON.parse(input);
const data = parsed.data ?? parsed;
process.stdout.write(printSchema(buildClientSchema(data)));
