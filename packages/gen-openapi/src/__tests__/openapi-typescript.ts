import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../../..');

// openapi-typescript's CommonJS build requires ES-module-only dependencies, which jest cannot load:
// it runs in its own node process, as its command line would. defaultNonNullable is off because by
// default openapi-typescript makes every property with a \`default\` required, and v3 keeps defaults.
const SCRIPT = `
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
for (const [input, output] of JSON.parse(process.argv[1])) {
  writeFileSync(output, astToString(await openapiTS(JSON.parse(readFileSync(input, 'utf8')), { defaultNonNullable: false })));
}
`;

/** Runs openapi-typescript on each document; returns the `.ts` file written for each, in order. */
export function openapiTypescript(
  dir: string,
  documents: { name: string; document: object }[],
): string[] {
  const jobs = documents.map(({ name, document }) => {
    const input = path.join(dir, `${name}.json`);
    fs.writeFileSync(input, JSON.stringify(document));
    return [input, path.join(dir, `${name}.ts`)];
  });
  execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT, JSON.stringify(jobs)], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return jobs.map(([, output]) => output!);
}
