import * as fs from 'node:fs';
import * as path from 'node:path';

/** kubegen's version, from the package.json beside `src/` and `dist/`. */
export function readVersion(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return manifest.version;
}
