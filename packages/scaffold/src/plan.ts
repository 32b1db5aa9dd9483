import * as fs from 'node:fs';
import * as path from 'node:path';
import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';

/**
 * One file a scaffolding command writes. `owned`: the command's own file, refused when it exists unless
 * `--force`; `if-missing`: shared with other commands (a group's `doc.ts`), written only when absent, never
 * overwritten; `edit`: an existing file the command changes in place (a marker added to a kind).
 */
export interface PlannedFile {
  path: string;
  contents: string;
  mode: 'owned' | 'if-missing' | 'edit';
}

/** What a scaffolding command would do, or why it cannot. */
export interface ScaffoldPlan {
  files: PlannedFile[];
  diagnostics: Diagnostic[];
}

/** What applying a plan did. Paths are relative to the root, `/`-separated, sorted. */
export interface ApplyResult {
  written: string[];
  /** `if-missing` files that were already there. */
  kept: string[];
  diagnostics: Diagnostic[];
}

/**
 * Writes a plan under `root`, all or nothing: any existing `owned` file without `force`, or any error
 * in the plan, and nothing is written; every conflict is reported together.
 */
export function applyPlan(
  root: string,
  plan: ScaffoldPlan,
  options: { force?: boolean } = {},
): ApplyResult {
  const diagnostics = [...plan.diagnostics];
  const conflicts = plan.files.filter(
    (f) => f.mode === 'owned' && fs.existsSync(path.join(root, f.path)),
  );
  if (!options.force) {
    for (const file of conflicts) {
      diagnostics.push(
        error(
          Codes.ScaffoldWouldOverwrite,
          `${file.path} already exists`,
          { file: path.join(root, file.path), line: 1, column: 1 },
          'remove it, or pass --force to rewrite the files this command owns',
        ),
      );
    }
  }
  if (diagnostics.some((d) => d.severity === 'error'))
    return { written: [], kept: [], diagnostics };
  const written: string[] = [];
  const kept: string[] = [];
  for (const file of [...plan.files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const target = path.join(root, file.path);
    if (file.mode === 'if-missing' && fs.existsSync(target)) {
      kept.push(file.path);
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.contents);
    written.push(file.path);
  }
  return { written, kept, diagnostics };
}

/** The entries of a folder that make it "not empty" for `init` (a fresh `git init` is allowed). */
export function blockingEntries(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name !== '.git')
    .sort();
}
