import { isDeepStrictEqual } from 'node:util';
import type { ts } from 'ts-morph';
import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import {
  readCommentMarkers,
  type CommentMarkers,
  type MarkerRegistry,
  type ParsedMarker,
} from '@kubegen/markers';
import { attachedCommentLines } from './comments';
import { readJsdocTags } from './jsdoc-tags';

/** Reads a field's markers and description: its `+markers` and the JSDoc tags that stand for markers. */
export function readFieldComment(
  node: ts.Node,
  sourceFile: ts.SourceFile,
  registry: MarkerRegistry,
): CommentMarkers {
  const tags = readJsdocTags(attachedCommentLines(node, sourceFile), registry);
  const comment = readCommentMarkers(tags.lines, 'field', registry);
  const merged = mergeTagMarkers(comment.markers, tags.markers);
  return {
    markers: merged.markers,
    doc: comment.doc,
    diagnostics: [...comment.diagnostics, ...tags.diagnostics, ...merged.diagnostics],
  };
}

/**
 * Adds the markers of JSDoc tags to the comment's markers. A tag saying what a marker (or an earlier tag)
 * already says is dropped; one saying something else is a conflict. The result is in source order.
 */
export function mergeTagMarkers(
  markers: readonly ParsedMarker[],
  fromTags: readonly ParsedMarker[],
): { markers: ParsedMarker[]; diagnostics: Diagnostic[] } {
  const kept = [...markers];
  const diagnostics: Diagnostic[] = [];
  for (const tag of fromTags) {
    const same = kept.find((m) => m.name === tag.name);
    if (!same) kept.push(tag);
    else if (!isDeepStrictEqual(same.value, tag.value))
      diagnostics.push(conflict(tag, same, fromTags.includes(same)));
  }
  kept.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  return { markers: kept, diagnostics };
}

function conflict(tag: ParsedMarker, earlier: ParsedMarker, earlierIsTag: boolean): Diagnostic {
  const other = earlierIsTag ? 'a JSDoc tag' : `+${earlier.text}`;
  return error(
    Codes.ConflictingTagAndMarker,
    `this JSDoc tag sets +${tag.name} to ${JSON.stringify(tag.value)}, but ${other} on line ${earlier.position.line} sets it to ${JSON.stringify(earlier.value)}`,
    tag.position,
    `keep one of the two: the JSDoc tag or ${other}`,
  );
}
