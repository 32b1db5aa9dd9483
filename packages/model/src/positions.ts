import * as path from 'node:path';
import type { Node, SourceFile } from 'ts-morph';
import type { SourcePosition } from '@kubegen/diagnostics';

/** 1-based position of an offset in a source file (the file path absolute, as diagnostics want it). */
export function positionAt(sourceFile: SourceFile, offset: number): SourcePosition {
  const { line, column } = sourceFile.getLineAndColumnAtPos(offset);
  return { file: sourceFile.getFilePath(), line, column };
}

/** Position of the first non-trivia character of a node. */
export function positionOf(node: Node): SourcePosition {
  return positionAt(node.getSourceFile(), node.getStart());
}

/** `file` relative to `root`, with `/` separators, so that the model is the same on every machine. */
export function relativePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
