import { ts, type Node, type SourceFile } from 'ts-morph';
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

interface CommentRange {
  pos: number;
  end: number;
}

function leadingRanges(text: string, pos: number): CommentRange[] {
  return (ts.getLeadingCommentRanges(text, pos) ?? []).map((r) => ({ pos: r.pos, end: r.end }));
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  return (text.slice(from, to).match(/\n/g)?.length ?? 0) >= 2;
}

/** Splits leading comments into the detached ones and the group directly attached to whatever starts at `start`. */
function splitLeading(
  text: string,
  ranges: CommentRange[],
  start: number,
): { detached: CommentRange[]; attached: CommentRange[] } {
  let first = ranges.length;
  let next = start;
  while (first > 0 && !hasBlankLine(text, ranges[first - 1].end, next)) {
    first -= 1;
    next = ranges[first].pos;
  }
  return { detached: ranges.slice(0, first), attached: ranges.slice(first) };
}

function linesOf(sourceFile: SourceFile, ranges: CommentRange[]): CommentLine[] {
  const text = sourceFile.getFullText();
  return ranges.flatMap((r) =>
    splitComment(text.slice(r.pos, r.end), positionAt(sourceFile, r.pos)),
  );
}

/** The lines of the comment group directly above a node (a type, a field, a function). */
export function attachedCommentLines(node: Node): CommentLine[] {
  const sourceFile = node.getSourceFile();
  const text = sourceFile.getFullText();
  const { attached } = splitLeading(text, leadingRanges(text, node.getPos()), node.getStart());
  return linesOf(sourceFile, attached);
}

/** The lines of a file's package block: comment groups before the first statement, separated from it by a blank line. */
export function packageCommentLines(sourceFile: SourceFile): CommentLine[] {
  const text = sourceFile.getFullText();
  const first = sourceFile.getStatements()[0];
  if (!first) return linesOf(sourceFile, leadingRanges(text, 0));
  const { detached } = splitLeading(text, leadingRanges(text, first.getPos()), first.getStart());
  return linesOf(sourceFile, detached);
}

/** Reads the markers and description of the comment above a node for the given target. */
export function readAttachedMarkers(
  node: Node,
  target: MarkerTarget,
  registry: MarkerRegistry,
): CommentMarkers {
  return readCommentMarkers(attachedCommentLines(node), target, registry);
}
