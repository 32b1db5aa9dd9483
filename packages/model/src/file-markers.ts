import { Node, type SourceFile } from 'ts-morph';
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
  declarationMarkers: Map<Node, ParsedMarker[]>;
  /** Both, as `sourceMarkers` entries. */
  sourceMarkers: SourceMarker[];
}

/** Reads a file's package block and the comments above its non-type declarations (where rbac markers stand). */
export function readFileMarkers(
  root: string,
  sourceFile: SourceFile,
  registry: MarkerRegistry,
  diagnostics: Diagnostic[],
): FileMarkers {
  const file = relativePath(root, sourceFile.getFilePath());
  const block = readCommentMarkers(packageCommentLines(sourceFile), 'package', registry);
  diagnostics.push(...block.diagnostics);
  const sourceMarkers: SourceMarker[] = block.markers.map((marker) => ({
    marker,
    file,
    target: 'package',
  }));
  const declarationMarkers = new Map<Node, ParsedMarker[]>();
  for (const statement of sourceFile.getStatements()) {
    if (
      !Node.isFunctionDeclaration(statement) &&
      !Node.isClassDeclaration(statement) &&
      !Node.isVariableStatement(statement)
    )
      continue;
    const comment = readAttachedMarkers(statement, 'declaration', registry);
    diagnostics.push(...comment.diagnostics);
    declarationMarkers.set(statement, comment.markers);
    sourceMarkers.push(
      ...comment.markers.map((marker) => ({ marker, file, target: 'declaration' as const })),
    );
  }
  return { packageMarkers: block.markers, declarationMarkers, sourceMarkers };
}
