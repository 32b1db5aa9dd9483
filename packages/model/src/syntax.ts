import { ts } from 'ts-morph';
import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import { positionAt } from './positions';

// The parser's own diagnostics: only syntax, with no program and no type check. TypeScript keeps them on the
// source file node without a public accessor; `program.getSyntacticDiagnostics` would build a whole program.
type ParsedSourceFile = ts.SourceFile & { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] };

/** KG2001 for every syntax error of a file, at its position. */
export function syntaxDiagnostics(sourceFile: ts.SourceFile): Diagnostic[] {
  const parsed = sourceFile as ParsedSourceFile;
  return (parsed.parseDiagnostics ?? []).map((d) =>
    error(
      Codes.SyntaxError,
      `syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      positionAt(sourceFile, d.start),
      'fix the TypeScript syntax; kubegen reads only files that parse',
    ),
  );
}
