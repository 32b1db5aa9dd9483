import { builtinGenerators, builtinToolkit } from './builtins';
import { checkWith, generateWith } from './run';
import type { CheckResult, GenerateOptions, GenerateResult } from './types';

export type { CheckResult, GenerateOptions, GenerateResult, ProgressEvent } from './types';
export { formatDiagnostic, formatDiagnostics, type Diagnostic } from '@kubegen/diagnostics';

/** Runs the generators over the API tree and writes the files whose bytes changed; nothing on any error. */
export function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  return generateWith(options, builtinToolkit);
}

/** Generates in memory and reports stale, missing and orphaned files, like hack/verify-codegen.sh. */
export function check(options: GenerateOptions = {}): Promise<CheckResult> {
  return checkWith(options, builtinToolkit);
}

/** Name and help line of every built-in generator, in run order. */
export function listGenerators(): { name: string; description: string }[] {
  return builtinGenerators.map(({ name, description }) => ({ name, description }));
}
export { writeAtomically } from './disk';
export { readProjectConfig, CONFIG_FILE, CONFIG_FILES, type ProjectConfig } from './config-file';
export { defineConfig, type KubegenConfig } from './define-config';
export { CONFIG_OPTIONS } from './config-validate';
export { DEFAULT_DEBOUNCE_MS, watch, type WatchOptions, type Watcher } from './watch';
export { createGenerationSession, type GenerationSession, type SessionRun } from './watch-session';
export { createIncrementalToolkit, type IncrementalToolkit } from './watch-toolkit';
export { classifyChange, type ChangeKind, type WatchScope } from './watch-scope';
