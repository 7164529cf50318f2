// Runs an operation with graphql-js 17's incremental delivery and prints its payloads as one JSON array: the
// initial result, then each subsequent payload. stdin: {"sdl", "document", "rootValue", "variables", "format"}, where
// format is "current" (experimentalExecuteIncrementally) or "legacy" (legacyExecuteIncrementally, Apollo's
// deferSpec=20220824). Fields named errorField or nonNullError throw Error("bad"), like the .NET test schema's.
import {
  buildSchema,
  defaultFieldResolver,
  experimentalExecuteIncrementally,
  GraphQLDeferDirective,
  GraphQLSchema,
  GraphQLStreamDirective,
  legacyExecuteIncrementally,
  parse,
  specifiedDirectives,
  validate,
} from 'graphql17';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => (text += chunk));
  process.stdin.on('end', () => resolve(text));
}));

const built = buildSchema(input.sdl);
const schema = new GraphQLSchema({
  ...built.toConfig(),
  directives: [...specifiedDirectives, GraphQLDeferDirective, GraphQLStreamDirective],
});
const document = parse(input.document);
const errors = validate(schema, document);
if (errors.length > 0) {
  console.log(JSON.stringify([{ errors: errors.map((e) => e.toJSON()) }]));
  process.exit(0);
}

const fieldResolver = (source, args, context, info) => {
  if (info.fieldName === 'errorField' || info.fieldName === 'nonNullError') {
    throw new Error('bad');
  }
  return defaultFieldResolver(source, args, context, info);
};

const execute = input.format === 'legacy' ? legacyExecuteIncrementally : experimentalExecuteIncrementally;
const result = await execute({
  schema,
  document,
  rootValue: input.rootValue,
  variableValues: input.variables ?? {},
  fieldResolver,
});

const payloads = [];
if ('initialResult' in result) {
  payloads.push(result.initialResult);
  for await (const payload of result.subsequentResults) {
    payloads.push(payload);
  }
} else {
  payloads.push(result);
}

console.log(JSON.stringify(payloads));
