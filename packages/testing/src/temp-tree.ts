import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root: this file is `packages/testing/{src,dist}/temp-tree.*`. */
export const repoRoot: string = path.resolve(__dirname, '..', '..', '..');

/**
 * Writes `files` (paths relative to the tree, `/` separators, mapped to their text) into a new
 * temporary folder and returns its absolute path.
 */
export function writeTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegen-tree-'));
  for (const [relative, contents] of Object.entries(files)) {
    const target = path.resolve(root, relative);
    if (path.isAbsolute(relative) || !target.startsWith(root + path.sep)) {
      throw new Error(
        `writeTree: '${relative}' is not a path inside the tree; write it relative, without '..'`,
      );
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, contents);
  }
  return root;
}

/**
 * Copies `fixtures/<name>` into a new temporary folder, with a `node_modules` symlink to the
 * repository's so that `@kubegen/runtime` resolves from the copy, and returns its absolute path.
 */
export function copyFixture(name: string): string {
  const fixtures = path.join(repoRoot, 'fixtures');
  const source = path.join(fixtures, name);
  if (!fs.existsSync(source) || path.relative(fixtures, source).startsWith('..')) {
    const known = fs.existsSync(fixtures) ? fs.readdirSync(fixtures).sort().join(', ') : 'none';
    throw new Error(`copyFixture: no fixture '${name}' in ${fixtures} (fixtures: ${known})`);
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `kubegen-${path.basename(name)}-`));
  fs.cpSync(source, root, {
    recursive: true,
    filter: (file) => path.basename(file) !== 'node_modules',
  });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
