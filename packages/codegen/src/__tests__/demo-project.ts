import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root, where fixtures/ and node_modules/ are. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/**
 * A copy of fixtures/demo in a temporary folder, without its goldens, with node_modules linked
 * so that `@kubegen/runtime` resolves as it does in a real project.
 */
export function copyDemoProject(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegen-demo-'));
  fs.cpSync(path.join(REPO_ROOT, 'fixtures/demo'), root, {
    recursive: true,
    filter: (source) => !path.basename(source).startsWith('zz_generated.'),
  });
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
