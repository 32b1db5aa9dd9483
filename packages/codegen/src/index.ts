import { builtinGenerators, builtinToolkit } from './builtins';
import { checkWith, generateWith } from './run';
import type { CheckResult, GenerateOptions, GenerateResult } from './types';

export type { CheckResult, GenerateOptions, GenerateResult } from './types';
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
export { readProjectConfig, CONFIG_FILE, type ProjectConfig } from './config-file';
