import * as fs from 'node:fs';
import * as path from 'node:path';

/** True for the `.ts` files kubegen reads: not generated, not tests, not declarations. */
export function isSourceFileName(name: string): boolean {
  return (
    name.endsWith('.ts') &&
    !name.endsWith('.d.ts') &&
    !name.endsWith('.test.ts') &&
    !name.startsWith('zz_generated.')
  );
}

/** Every readable source file under the source roots, absolute and sorted; missing roots are reported, not thrown. */
export function discoverSourceFiles(
  root: string,
  sourceRoots: readonly string[],
): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const sourceRoot of sourceRoots) {
    const dir = path.resolve(root, sourceRoot);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) missing.push(sourceRoot);
    else walk(dir, files);
  }
  return { files: [...new Set(files)].sort(), missing };
}

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && isSourceFileName(entry.name)) out.push(full);
  }
}
