// graphql-js's full introspection query with every optional part on, shared by introspection-query.mjs and
// introspect-sdl.mjs. With a type depth, its TypeRef fragment follows ofType that many levels instead of graphql-js's
// nine, so that the query fits a server's depth limit (bff-mobile allows 10; graphql-js's query is 15 deep); four
// levels still describe every type up to [T!]!.
import { getIntrospectionQuery } from 'graphql';

export function introspectionQuery(typeDepth) {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
  });
  if (typeDepth === undefined) return query;
  const start = query.indexOf('fragment TypeRef on __Type');
  return `${query.slice(0, start)}fragment TypeRef on __Type { ${typeRef(typeDepth)} }\n`;
}

function typeRef(levels) {
  return levels === 0 ? 'kind name' : `kind name ofType { ${typeRef(levels - 1)} }`;
}

// The --type-depth N argument of a script, or undefined.
export function typeDepthArgument(argv) {
  const at = argv.indexOf('--type-depth');
  return at < 0 ? undefined : Number(argv[at + 1]);
}
