// Writes an Apollo persisted-query manifest (format "apollo-persisted-query-manifest", version 1) of .graphql files,
// as an app's build does with @apollo/generate-persisted-query-manifest: each operation's body is the document as
// Apollo Client sends it (its cache's transform adds __typename, then graphql-js prints it), its id the SHA-256 of the
// body. Usage: node apollo-manifest.mjs <manifest.json> <operation.graphql>...
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { print } from "graphql";

const { InMemoryCache, gql } = await import("@apollo/client");

const [output, ...files] = process.argv.slice(2);
const cache = new InMemoryCache();
const operations = files.map((file) => {
  const document = cache.transformDocument(gql(readFileSync(file, "utf8")));
  const operation = document.definitions.find((d) => d.kind === "OperationDefinition");
  const body = print(document);
  return { id: createHash("sha256").update(body).digest("hex"), body, name: operation.name.value, type: operation.operation };
});
writeFileSync(output, JSON.stringify({ format: "apollo-persisted-query-manifest", version: 1, operations }, null, 2));
process.stdout.write(JSON.stringify(operations.map(({ name, id }) => ({ name, id }))));
