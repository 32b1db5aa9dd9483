import * as path from 'node:path';
import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';

/**
 * Adds a marker line to the doc comment of `export interface <kind>` in `text`, keeping every other
 * byte; a missing interface, or the marker already there, is an error rather than a silent no-op.
 */
export function addKindMarker(
  file: string,
  text: string,
  kind: string,
  marker: string,
): { text: string } | { diagnostic: Diagnostic } {
  const declaration = new RegExp(`^export interface ${kind}\\b`, 'm').exec(text);
  const position = { file, line: 1, column: 1 };
  if (!declaration) {
    const message = `${path.basename(file)} has no 'export interface ${kind}'`;
    return {
      diagnostic: error(
        Codes.ScaffoldKindNotFound,
        message,
        position,
        `declare the kind as kubegen create api writes it`,
      ),
    };
  }
  const before = text.slice(0, declaration.index);
  const line = before.split('\n').length;
  const docEnd = /\*\/\s*$/.exec(before);
  const docStart = docEnd ? before.lastIndexOf('/**') : -1;
  const doc = docStart >= 0 ? before.slice(docStart) : '';
  if (doc.split('\n').some((l) => l.replace(/^\s*\*?\s*/, '').trim() === marker)) {
    return {
      diagnostic: error(
        Codes.ScaffoldWouldOverwrite,
        `${kind} already has ${marker}`,
        { ...position, line },
        'the subresource exists; remove the marker first to create it again',
      ),
    };
  }
  if (docStart < 0 || !docEnd) {
    return { text: `${before}/**\n * ${marker}\n */\n${text.slice(declaration.index)}` };
  }
  const closing = before.lastIndexOf('*/');
  const head = before.slice(0, closing).replace(/[ \t]*$/, '');
  // A one-line `/** Foo is … */` becomes a block so the marker gets its own line.
  const opened = head.endsWith('\n') ? head : `${head}\n`;
  return {
    text: `${opened} * ${marker}\n */${before.slice(closing + 2)}${text.slice(declaration.index)}`,
  };
}
