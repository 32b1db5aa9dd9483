import { ts } from 'ts-morph';
import {
  readCommentMarkers,
  splitComment,
  type CommentLine,
  type CommentMarkers,
  type MarkerRegistry,
  type MarkerTarget,
} from '@kubegen/markers';
import { positionAt } from './positions';

/*
 * Which comments belong to what, as Go's tools decide it: the comment group directly above a
 * declaration (no blank line between) is its doc; groups before a file's first statement that are
 * separated from it by a blank line are the package block.
 */

function leadingRanges(text: string, pos: number): readonly ts.CommentRange[] {
  return ts.getLeadingCommentRanges(text, pos) ?? [];
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  const first = text.indexOf('\n', from);
  if (first === -1 || first >= to) return false;
  const second = text.indexOf('\n', first + 1);
  return second !== -1 && second < to;
}

/** Splits leading comments into the detached ones and the group directly attached to whatever starts at `start`. */
function splitLeading(
  text: string,
  ranges: readonly ts.CommentRange[],
  start: number,
): { detached: readonly ts.CommentRange[]; attached: readonly ts.CommentRange[] } {
  let first = ranges.length;
  let next = start;
  while (first > 0 && !hasBlankLine(text, ranges[first - 1].end, next)) {
    first -= 1;
    next = ranges[first].pos;
  }
  return { detached: ranges.slice(0, first), attached: ranges.slice(first) };
}

function linesOf(sourceFile: ts.SourceFile, ranges: readonly ts.CommentRange[]): CommentLine[] {
  if (ranges.length === 0) return [];
  const text = sourceFile.text;
  return ranges.flatMap((r) =>
    splitComment(text.slice(r.pos, r.end), positionAt(sourceFile, r.pos)),
  );
}

/** The lines of the comment group directly above a node (a type, a field, a function) of `sourceFile`. */
export function attachedCommentLines(node: ts.Node, sourceFile: ts.SourceFile): CommentLine[] {
  const text = sourceFile.text;
  const ranges = leadingRanges(text, node.pos);
  if (ranges.length === 0) return [];
  const { attached } = splitLeading(text, ranges, node.getStart(sourceFile));
  return linesOf(sourceFile, attached);
}

/** The lines of a file's package block: comment groups before the first statement, separated from it by a blank line. */
export function packageCommentLines(sourceFile: ts.SourceFile): CommentLine[] {
  const text = sourceFile.text;
  const first = sourceFile.statements[0];
  if (!first) return linesOf(sourceFile, leadingRanges(text, 0));
  const { detached } = splitLeading(
    text,
    leadingRanges(text, first.pos),
    first.getStart(sourceFile),
  );
  return linesOf(sourceFile, detached);
}

/** Reads the markers and description of the comment above a node of `sourceFile` for the given target. */
export function readAttachedMarkers(
  node: ts.Node,
  sourceFile: ts.SourceFile,
  target: MarkerTarget,
  registry: MarkerRegistry,
): CommentMarkers {
  return readCommentMarkers(attachedCommentLines(node, sourceFile), target, registry);
}
