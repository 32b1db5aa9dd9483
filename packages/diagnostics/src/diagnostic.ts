/** Where something stands in a source file: 1-based line and column, as editors and tsc show them. */
export interface SourcePosition {
  /** Path of the file, as given to the loader (absolute or relative to the working directory). */
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/** The one diagnostic type of kubegen, shared by the marker parser, the model, the generators and the writer. */
export interface Diagnostic {
  severity: Severity;
  /** Stable code such as `KG1004`; see `codes.ts`. */
  code: string;
  message: string;
  /** Absent only for problems that belong to no file (a bad option, an unreadable folder). */
  position?: SourcePosition;
  /** What to write instead; printed on the line after the message. */
  hint?: string;
}

/** Builds an error diagnostic. */
export function error(
  code: string,
  message: string,
  position?: SourcePosition,
  hint?: string,
): Diagnostic {
  return { severity: 'error', code, message, position, hint };
}

/** Builds a warning diagnostic. */
export function warning(
  code: string,
  message: string,
  position?: SourcePosition,
  hint?: string,
): Diagnostic {
  return { severity: 'warning', code, message, position, hint };
}

/** True when at least one diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** The diagnostics without repeats (same code, severity, message and position), first occurrences kept in order. */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const p = d.position;
    const id = JSON.stringify([d.code, d.severity, d.message, p?.file, p?.line, p?.column]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Orders diagnostics by file, line, column, then code, so that output does not depend on discovery order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.position?.file ?? '';
  const fb = b.position?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.position?.line ?? 0;
  const lb = b.position?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.position?.column ?? 0;
  const cb = b.position?.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
