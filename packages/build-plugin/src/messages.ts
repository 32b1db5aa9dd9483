import { formatDiagnostic, type Diagnostic } from '@kubegen/diagnostics';

/** A diagnostic as rollup, vite and webpack take it: text plus a location (column 0-based, as they count). */
export interface BundlerMessage {
  message: string;
  code: string;
  id?: string;
  loc?: { file: string; line: number; column: number };
}

/** A diagnostic as esbuild takes it from an `onStart` callback. */
export interface EsbuildMessage {
  text: string;
  location: { file: string; line: number; column: number } | null;
  notes: { text: string }[];
}

/** The rollup-style message of a diagnostic; the text carries kubegen's own `file:line:col` rendering. */
export function toBundlerMessage(diagnostic: Diagnostic, cwd: string): BundlerMessage {
  const { position } = diagnostic;
  return {
    message: formatDiagnostic(diagnostic, { cwd }),
    code: diagnostic.code,
    ...(position && {
      id: position.file,
      loc: { file: position.file, line: position.line, column: position.column - 1 },
    }),
  };
}

/** The esbuild message of a diagnostic: the hint becomes a note, as esbuild shows them under the error. */
export function toEsbuildMessage(diagnostic: Diagnostic): EsbuildMessage {
  const { position } = diagnostic;
  return {
    text: `${diagnostic.code}: ${diagnostic.message}`,
    location: position
      ? { file: position.file, line: position.line, column: position.column - 1 }
      : null,
    notes: diagnostic.hint ? [{ text: diagnostic.hint }] : [],
  };
}
