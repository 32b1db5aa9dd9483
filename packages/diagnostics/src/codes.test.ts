import * as fs from 'node:fs';
import * as path from 'node:path';
import { Codes } from './codes';

const doc = fs.readFileSync(path.join(__dirname, '../../../docs/diagnostics.md'), 'utf8');

test('codes are unique', () => {
  const values = Object.values(Codes);
  expect(new Set(values).size).toBe(values.length);
});

test.each(Object.entries(Codes))('%s (%s) is documented in docs/diagnostics.md', (_name, code) => {
  expect(doc).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
});

test('docs/diagnostics.md documents no code that does not exist', () => {
  const documented = [...doc.matchAll(/^\| (KG\d{4}) \|/gm)].map((m) => m[1]);
  expect(documented.filter((c) => !Object.values(Codes).includes(c as never))).toEqual([]);
});
