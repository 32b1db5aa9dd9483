import * as path from 'node:path';
import type { CheckResult, Diagnostic, GenerateResult } from '@kubegen/codegen';

/** Where paths are shown from and where text goes. */
export interface OutputContext {
  cwd: string;
  root: string;
}

/** A root-relative path as the user sees it: relative to the working directory, `/` separators. */
export function displayPath(context: OutputContext, rootRelative: string): string {
  const relative = path.relative(context.cwd, path.join(context.root, rootRelative)) || '.';
  return relative.split(path.sep).join('/');
}

/** `2 errors`, `1 warning`: the counts part of a summary line. */
export function countProblems(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const parts = [plural(errors, 'error')];
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  return parts.join(', ');
}

/** The summary line of generate: `wrote 3 files, 2 unchanged, 0 errors in 0.4s`. */
export function generateSummary(result: GenerateResult): string {
  const problems = countProblems(result.diagnostics);
  const seconds = formatSeconds(result.durationMs);
  if (result.diagnostics.some((d) => d.severity === 'error') && result.written.length === 0) {
    return `nothing written: ${problems} in ${seconds}`;
  }
  const parts = [
    `wrote ${plural(result.written.length, 'file')}`,
    `${result.unchanged.length} unchanged`,
  ];
  if (result.deleted.length > 0) parts.push(`deleted ${result.deleted.length}`);
  return `${parts.join(', ')}, ${problems} in ${seconds}`;
}

/** One line per file that fails the check (`stale: apis/demo/v1beta1/zz_generated.deepcopy.ts`). */
export function checkFailures(context: OutputContext, result: CheckResult): string[] {
  return [
    ...result.stale.map((f) => `stale: ${displayPath(context, f)}`),
    ...result.missing.map((f) => `missing: ${displayPath(context, f)}`),
    ...result.orphaned.map((f) => `orphaned: ${displayPath(context, f)}`),
  ];
}

/** The command that brings the files up to date, naming the folder when it is not the working one. */
export function updateHint(context: OutputContext): string {
  const dir = path.relative(context.cwd, context.root);
  return `run 'kubegen generate${dir ? ` ${dir.split(path.sep).join('/')}` : ''}' to update them`;
}

/** The summary line of check: `checked 5 files: 1 stale, 0 missing, 0 orphaned, 0 errors in 0.4s`. */
export function checkSummary(result: CheckResult): string {
  const checked = plural(
    result.stale.length + result.missing.length + result.unchanged.length,
    'file',
  );
  const seconds = formatSeconds(result.durationMs);
  if (result.ok)
    return `checked ${checked}: all up to date, ${countProblems(result.diagnostics)} in ${seconds}`;
  const counts = `${result.stale.length} stale, ${result.missing.length} missing, ${result.orphaned.length} orphaned`;
  return `checked ${checked}: ${counts}, ${countProblems(result.diagnostics)} in ${seconds}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
