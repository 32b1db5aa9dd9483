import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel, type LoadResult } from '../load';

/** Writes files (path relative to a fresh temp root → contents) and returns the root. */
export function writeTree(
  files: Record<string, string>,
  order: string[] = Object.keys(files),
): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegen-model-'));
  for (const rel of order) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, files[rel]);
  }
  return root;
}

/** The package comment of a version package of group `test.example.com`. */
export const DOC = '// +groupName=test.example.com\n\nexport {};\n';

/** Loads a tree written from `files` with the default marker registry. */
export function loadTree(
  files: Record<string, string>,
  sourceRoots?: string[],
): LoadResult & { root: string } {
  const root = writeTree(files);
  return { root, ...loadApiModel({ root, sourceRoots, registry: defaultMarkerRegistry() }) };
}

/** `code line:column` of each diagnostic, the shape most assertions compare. */
export function where(result: LoadResult): string[] {
  return result.diagnostics.map(
    (d) =>
      `${d.code} ${d.position ? `${path.basename(d.position.file)}:${d.position.line}:${d.position.column}` : '-'}`,
  );
}
