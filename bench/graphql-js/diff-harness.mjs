import { readFileSync } from 'node:fs';
import { parse, print } from 'graphql';
const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const out = cases.map((c) => {
  try {
    const doc = parse(c);
    return { ok: print(doc), note: null };
  } catch (e) {
    return { err: e.message, line: e.locations?.[0]?.line, column: e.locations?.[0]?.column };
  }
});
console.log(JSON.stringify(out));
