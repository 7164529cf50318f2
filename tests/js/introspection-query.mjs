// Prints graphql-js's full introspection query with every optional part switched on.
// Usage: node introspection-query.mjs [--type-depth N]   (N: how many ofType levels TypeRef follows, see introspection.mjs)
import { introspectionQuery, typeDepthArgument } from './introspection.mjs';

process.stdout.write(introspectionQuery(typeDepthArgument(process.argv)));
