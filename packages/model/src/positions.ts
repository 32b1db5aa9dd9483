import * as path from 'node:path';
import type { ts } from 'ts-morph';
import type { SourcePosition } from '@kubegen/diagnostics';

/** Offsets of every '\n' of a parsed text, cached per compiler source file (a refresh makes a new one). */
const newlineCache = new WeakMap<ts.SourceFile, number[]>();

function newlinesOf(compiled: ts.SourceFile): number[] {
  let newlines = newlineCache.get(compiled);
  if (!newlines) {
    newlines = [];
    const text = compiled.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
    newlineCache.set(compiled, newlines);
  }
  return newlines;
}

/** 1-based line and column of an offset, exactly as ts-morph's `getLineAndColumnAtPos` counts them. */
export function lineAndColumnAt(
  compiled: ts.SourceFile,
  offset: number,
): { line: number; column: number } {
  const text = compiled.text;
  if (offset < 0 || offset > text.length)
    throw new RangeError(`offset ${offset} is outside the text of ${compiled.fileName}`);
  const newlines = newlinesOf(compiled);
  // Number of '\n' strictly before offset.
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (newlines[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  let start = offset;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c === 10 || c === 13) break;
    start--;
  }
  return { line: lo + 1, column: offset - start + 1 };
}

/** 1-based position of an offset in a source file (the file path absolute, as diagnostics want it). */
export function positionAt(sourceFile: ts.SourceFile, offset: number): SourcePosition {
  const { line, column } = lineAndColumnAt(sourceFile, offset);
  return { file: sourceFile.fileName, line, column };
}

/** Position of the first non-trivia character of a node; give its file when known (else it is found through the parents). */
export function positionOf(
  node: ts.Node,
  sourceFile: ts.SourceFile = node.getSourceFile(),
): SourcePosition {
  return positionAt(sourceFile, node.getStart(sourceFile));
}

/** Relative paths already computed, by root then file: `path.relative` is slow and each file's is asked per type. */
const relativePaths = new Map<string, Map<string, string>>();

/** `file` relative to `root`, with `/` separators, so that the model is the same on every machine. */
export function relativePath(root: string, file: string): string {
  let byFile = relativePaths.get(root);
  if (!byFile) {
    byFile = new Map();
    relativePaths.set(root, byFile);
  }
  let relative = byFile.get(file);
  if (relative === undefined) {
    relative = path.relative(root, file).split(path.sep).join('/');
    byFile.set(file, relative);
  }
  return relative;
}
