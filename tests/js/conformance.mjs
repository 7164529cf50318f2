// Differential conformance: runs every document of a corpus folder through graphql-js (parse, validate, execute)
// against the end-to-end test schema (tests/Bff.GraphQL.TestServer/Schema/schema.graphql) with resolvers that mirror
// the C# ones over the same data.json, and prints [{ name, result }] as JSON, in file-name order.
// A document's optional first line `# operation: Name` selects the operation; `<name>.variables.json` holds variables.
// Usage: node conformance.mjs <corpus folder>
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, graphql } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const server = join(here, '..', 'Bff.GraphQL.TestServer');
const corpus = process.argv[2];
if (!corpus) {
  process.stderr.write('usage: node conformance.mjs <corpus folder>\n');
  process.exit(2);
}

const schema = buildSchema(readFileSync(join(server, 'Schema', 'schema.graphql'), 'utf8'));
const data = loadData(JSON.parse(readFileSync(join(server, 'Data', 'data.json'), 'utf8')));
attachScalars(schema);
attachResolvers(schema, data);

const results = [];
for (const file of readdirSync(corpus).filter((f) => f.endsWith('.graphql')).sort()) {
  const name = file.slice(0, -'.graphql'.length);
  const source = readFileSync(join(corpus, file), 'utf8');
  const operationName = /^# operation: (\w+)/.exec(source)?.[1];
  const variablesFile = readdirSync(corpus).includes(`${name}.variables.json`) ? join(corpus, `${name}.variables.json`) : null;
  const variableValues = variablesFile ? JSON.parse(readFileSync(variablesFile, 'utf8')) : undefined;
  const result = await graphql({ schema, source, variableValues, operationName, rootValue: {} });
  results.push({ name, result: JSON.parse(JSON.stringify(result)) });
}
process.stdout.write(JSON.stringify(results));

function loadData(raw) {
  const typed = (typename, items, map = (x) => x) => items.map((item) => ({ __typename: typename, ...map(item) }));
  const dated = (item) => ({ ...item, createdAt: new Date(item.createdAt) });
  return {
    categories: typed('Category', raw.categories, dated),
    products: typed('Product', raw.products, dated),
    users: typed('User', raw.users, dated),
    reviews: typed('Review', raw.reviews),
  };
}

// The twins of Scalars/DateTimeScalar.cs and Scalars/MoneyScalar.cs: same formats, same messages.
function attachScalars(schema) {
  const dateExpected = 'DateTime must be a string like 2024-01-15T10:30:00.000Z.';
  const parseDate = (value) => {
    if (typeof value !== 'string') throw new TypeError(dateExpected);
    const date = new Date(value);
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value);
    if (!iso || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 19) !== value.slice(0, 19)) {
      throw new TypeError(`DateTime cannot represent an invalid date-time string: "${value}".`);
    }
    return date;
  };
  Object.assign(schema.getType('DateTime'), {
    serialize: (value) => {
      if (value instanceof Date) return value.toISOString();
      throw new TypeError('DateTime cannot represent a value that is not a date.');
    },
    parseValue: parseDate,
    parseLiteral: (node) => {
      if (node.kind !== 'StringValue') throw new TypeError(dateExpected);
      return parseDate(node.value);
    },
  });

  const moneyExpected = 'Money must be a string like "12.50 EUR".';
  const parseMoney = (value) => {
    const match = typeof value === 'string' ? /^(\d{1,12})\.(\d{2}) ([A-Z]{3})$/.exec(value) : null;
    if (!match) throw new TypeError(moneyExpected);
    return { cents: Number(match[1]) * 100 + Number(match[2]), currency: match[3] };
  };
  Object.assign(schema.getType('Money'), {
    serialize: (value) => {
      if (typeof value?.cents !== 'number') throw new TypeError('Money cannot represent a value that is not money.');
      return `${Math.trunc(value.cents / 100)}.${String(value.cents % 100).padStart(2, '0')} ${value.currency}`;
    },
    parseValue: parseMoney,
    parseLiteral: (node) => {
      if (node.kind !== 'StringValue') throw new TypeError(moneyExpected);
      return parseMoney(node.value);
    },
  });
}

// The twins of Resolvers/*.cs in the test server; keep both in step.
function attachResolvers(schema, data) {
  const resolve = (type, field, fn) => {
    schema.getType(type).getFields()[field].resolve = fn;
  };
  const product = (id) => data.products.find((p) => p.id === id) ?? null;
  const user = (id) => data.users.find((u) => u.id === id) ?? null;
  const contains = (name, text) => name.toLowerCase().includes(text.toLowerCase());
  const holder = (id, label) => ({ __typename: 'Holder', id, label });

  resolve('Query', 'node', (_, { id }) =>
    product(id) ?? data.categories.find((c) => c.id === id) ?? user(id) ?? data.reviews.find((r) => r.id === id) ?? null);
  resolve('Query', 'product', (_, { id }) => product(id));
  resolve('Query', 'products', (_, { filter, first, offset }) => {
    if (first < 0 || first > 100 || offset < 0) {
      throw new Error('first must be between 0 and 100 and offset at least 0.');
    }
    const matching = filter ? data.products.filter((p) => matches(p, filter)) : data.products;
    return matching.slice(offset, offset + first);
  });
  resolve('Query', 'categories', () => data.categories);
  resolve('Query', 'users', () => data.users);
  resolve('Query', 'search', (_, { text }) => [
    ...data.products.filter((p) => contains(p.name, text)),
    ...data.categories.filter((c) => contains(c.name, text)),
    ...data.users.filter((u) => contains(u.name, text)),
  ]);
  resolve('Query', 'matrix', () => [[1, 2], [3, 4, 5], null, []]);
  resolve('Query', 'describeFilter', (_, { filter }) =>
    ['status', 'tags', 'price', 'nameContains', 'onlyNew'].filter((k) => k in filter).map((k) => `${k}=${show(filter[k])}`).join(';'));
  resolve('Query', 'echoDate', (_, { value }) => value);
  resolve('Query', 'echoMoney', (_, { value }) => value);
  resolve('Query', 'failing', () => {
    throw new Error('This field always fails.');
  });
  resolve('Query', 'holder', () => holder('h1', 'first'));
  resolve('Query', 'holders', () => [holder('h1', 'first'), holder('h2', 'second')]);
  resolve('Query', 'slowEcho', async (_, { message, delayMs }) => {
    await new Promise((done) => setTimeout(done, Math.min(Math.max(delayMs, 0), 1000)));
    return message;
  });
  // Waits for the client to go away in C#; graphql-js has no request to abort, and the corpus does not select it.
  resolve('Query', 'waitForCancellation', () => null);

  resolve('Product', 'price', (p) => ({ cents: p.priceCents, currency: p.currency }));
  resolve('Product', 'category', (p) => (p.categoryId ? data.categories.find((c) => c.id === p.categoryId) ?? null : null));
  resolve('Product', 'reviews', (p, { first, minRating }) =>
    data.reviews.filter((r) => r.productId === p.id && (minRating == null || r.rating >= minRating)).slice(0, Math.max(0, first)));
  resolve('Product', 'related', (p) => p.relatedIds?.map(product).filter((x) => x !== null) ?? null);
  resolve('Category', 'products', (c) => data.products.filter((p) => p.categoryId === c.id));
  resolve('User', 'reviews', (u) => data.reviews.filter((r) => r.authorId === u.id));
  resolve('Review', 'author', (r) => user(r.authorId));
  resolve('Review', 'product', (r) => product(r.productId));
  resolve('Holder', 'mustHave', (h) => {
    throw new Error(`mustHave is unavailable for ${h.id}.`);
  });

  resolve('Mutation', 'addReview', (_, { input }) => {
    if (input.rating < 1 || input.rating > 5) throw new Error('Rating must be between 1 and 5.');
    if (!product(input.productId)) throw new Error(`Product "${input.productId}" not found.`);
    const review = {
      __typename: 'Review', id: `r${data.reviews.length + 1}`, productId: input.productId,
      authorId: input.authorId, rating: input.rating, body: input.body ?? null,
    };
    data.reviews.push(review);
    return review;
  });
  resolve('Mutation', 'setProductStatus', (_, { id, status }) => {
    const index = data.products.findIndex((p) => p.id === id);
    if (index < 0) return null;
    data.products[index] = { ...data.products[index], status };
    return data.products[index];
  });

  function matches(p, filter) {
    if (filter.status != null && p.status !== filter.status) return false;
    if (Array.isArray(filter.tags) && !filter.tags.some((t) => p.tags.includes(t))) return false;
    const price = filter.price;
    if (price && ((typeof price.min === 'number' && p.priceCents < price.min) || (typeof price.max === 'number' && p.priceCents > price.max))) {
      return false;
    }
    return typeof filter.nameContains !== 'string' || contains(p.name, filter.nameContains);
  }

  function show(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return `[${value.map(show).join(',')}]`;
    if (typeof value === 'object') {
      return `{${Object.keys(value).sort().map((k) => `${k}:${show(value[k])}`).join(',')}}`;
    }
    return String(value);
  }
}
