import * as path from 'node:path';
import type { Diagnostic } from './diagnostic';

export interface FormatOptions {
  /** Paths are printed relative to this folder (default: the process's working directory). */
  cwd?: string;
}

/** Prints one diagnostic the way tsc does: `path:line:col - error KG1004: message`, then the hint indented. */
export function formatDiagnostic(d: Diagnostic, options: FormatOptions = {}): string {
  let where = '';
  if (d.position) {
    const cwd = options.cwd ?? process.cwd();
    const rel = path.isAbsolute(d.position.file)
      ? path.relative(cwd, d.position.file) || d.position.file
      : d.position.file;
    where = `${rel.split(path.sep).join('/')}:${d.position.line}:${d.position.column} - `;
  }
  let text = `${where}${d.severity} ${d.code}: ${d.message}`;
  if (d.hint) text += `\n  ${d.hint.split('\n').join('\n  ')}`;
  return text;
}

/** Prints several diagnostics and a closing count line, like `tsc` ("Found 2 errors."). */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const lines = diagnostics.map((d) => formatDiagnostic(d, options));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length > 0) {
    const parts = [`${errors} error${errors === 1 ? '' : 's'}`];
    if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
    lines.push('', `Found ${parts.join(' and ')}.`);
  }
  return lines.join('\n');
}
