import { ts } from 'ts-morph';
import { readCommentMarkers, type MarkerRegistry, type ParsedMarker } from '@kubegen/markers';
import type { Diagnostic } from '@kubegen/diagnostics';
import { packageCommentLines, readAttachedMarkers } from './comments';
import { relativePath } from './positions';
import type { SourceMarker } from './types';

/** The markers of one file that are not type or field markers. */
export interface FileMarkers {
  /** Markers of the file's package block. */
  packageMarkers: ParsedMarker[];
  /** Markers above functions, classes and variable statements, by statement. */
  declarationMarkers: Map<ts.Node, ParsedMarker[]>;
  /** Both, as `sourceMarkers` entries. */
  sourceMarkers: SourceMarker[];
}

/** Reads a file's package block and the comments above its non-type declarations (where rbac markers stand). */
export function readFileMarkers(
  root: string,
  sourceFile: ts.SourceFile,
  registry: MarkerRegistry,
  diagnostics: Diagnostic[],
): FileMarkers {
  const file = relativePath(root, sourceFile.fileName);
  const block = readCommentMarkers(packageCommentLines(sourceFile), 'package', registry);
  diagnostics.push(...block.diagnostics);
  const sourceMarkers: SourceMarker[] = block.markers.map((marker) => ({
    marker,
    file,
    target: 'package',
  }));
  const declarationMarkers = new Map<ts.Node, ParsedMarker[]>();
  for (const statement of sourceFile.statements) {
    if (
      !ts.isFunctionDeclaration(statement) &&
      !ts.isClassDeclaration(statement) &&
      !ts.isVariableStatement(statement)
    )
      continue;
    const comment = readAttachedMarkers(statement, sourceFile, 'declaration', registry);
    diagnostics.push(...comment.diagnostics);
    declarationMarkers.set(statement, comment.markers);
    sourceMarkers.push(
      ...comment.markers.map((marker) => ({ marker, file, target: 'declaration' as const })),
    );
  }
  return { packageMarkers: block.markers, declarationMarkers, sourceMarkers };
}
