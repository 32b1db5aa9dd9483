import * as path from 'node:path';
import type { ts } from 'ts-morph';
import {
  sortDiagnostics,
  uniqueDiagnostics,
  type Diagnostic,
  type SourcePosition,
} from '@kubegen/diagnostics';
import type { MarkerRegistry, ParsedMarker } from '@kubegen/markers';
import type { LoadContext, PackageInfo, TypeDeclaration } from './context';
import { ensureType } from './declarations';
import { readFileMarkers } from './file-markers';
import { collectHooks } from './hooks';
import { buildGroups } from './groups';
import { collectPackageTypes } from './package-types';
import { classifyPackages, type Folder } from './packages';
import type { PackageMemo } from './package-memo';
import { relativePath } from './positions';
import type { SourceTree } from './source-tree';
import { syntaxDiagnostics } from './syntax';
import type { ApiModel, ApiPackage, ApiType, SourceMarker } from './types';

/** Everything one build needs: the parsed files (kept alive by the loader), the files under the roots, the options. */
export interface BuildInput {
  tree: SourceTree;
  root: string;
  sourceRoots: string[];
  registry: MarkerRegistry;
  /** The source files under the roots, in any order: the model does not depend on it. */
  files: ts.SourceFile[];
  /** Diagnostics found before the build (missing source roots). */
  diagnostics: Diagnostic[];
  /** A long-lived loader's memory of collected packages (watch mode). */
  memo?: PackageMemo;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const comparePositions = (a: SourcePosition, b: SourcePosition) =>
  byString(a.file, b.file) || a.line - b.line || a.column - b.column;

/** Builds the API model from parsed source files: pure over the syntax trees, sorted, byte-stable. */
export function buildModel(input: BuildInput): { model: ApiModel; diagnostics: Diagnostic[] } {
  const { root, registry } = input;
  const files = [...input.files].sort((a, b) => byString(a.fileName, b.fileName));
  const ctx: LoadContext = {
    root,
    tree: input.tree,
    registry,
    diagnostics: [...input.diagnostics],
    packagesByFolder: new Map(),
    types: new Map(),
    converting: new Set(),
    pendingExternal: new Map(),
    resolvedModules: new Map(),
  };
  const folders = new Map<string, Folder>();
  const declarationMarkers = new Map<ts.Node, ParsedMarker[]>();
  const sourceMarkers: SourceMarker[] = [];
  for (const sourceFile of files) {
    ctx.diagnostics.push(...syntaxDiagnostics(sourceFile));
    const read = readFileMarkers(root, sourceFile, registry, ctx.diagnostics);
    const folderPath = path.dirname(sourceFile.fileName);
    const folder = folders.get(folderPath) ?? { path: folderPath, files: [], markers: [] };
    folder.files.push(sourceFile);
    folder.markers.push(...read.packageMarkers);
    folders.set(folderPath, folder);
    read.declarationMarkers.forEach((markers, node) => declarationMarkers.set(node, markers));
    sourceMarkers.push(...read.sourceMarkers);
  }
  const infos = classifyPackages(root, [...folders.values()], ctx.diagnostics);
  for (const info of infos) ctx.packagesByFolder.set(path.resolve(root, info.dir), info);

  const collect = (info: PackageInfo) =>
    input.memo ? input.memo.collect(info, ctx) : collectPackageTypes(info, ctx);
  const typesByPackage = new Map(infos.map((info) => [info.dir, collect(info)]));
  drainExternalTypes(ctx);

  const packages = infos.map((info) =>
    toApiPackage(info, typesByPackage.get(info.dir)!, declarationMarkers, root),
  );
  packages.sort((a, b) => byString(a.dir, b.dir));
  const externalTypes = new Map<string, ApiType>();
  for (const type of ctx.types.values())
    if (type.package.startsWith('external:') && !externalTypes.has(type.id))
      externalTypes.set(type.id, type);
  sourceMarkers.sort(
    (a, b) => byString(a.file, b.file) || comparePositions(a.marker.position, b.marker.position),
  );
  const model: ApiModel = {
    root,
    sourceRoots: input.sourceRoots,
    groups: buildGroups(packages),
    packages,
    externalTypes: [...externalTypes.values()].sort((a, b) => byString(a.id, b.id)),
    sourceMarkers,
  };
  // A reused package repeats the problems of declarations another package's collection converts again.
  const diagnostics = input.memo ? uniqueDiagnostics(ctx.diagnostics) : ctx.diagnostics;
  return { model, diagnostics: sortDiagnostics(diagnostics) };
}

/** Converts external types as they are reached (each may reach more). */
function drainExternalTypes(ctx: LoadContext): void {
  while (ctx.pendingExternal.size > 0) {
    const [declaration, home] = ctx.pendingExternal.entries().next().value as [
      TypeDeclaration,
      PackageInfo['home'],
    ];
    ctx.pendingExternal.delete(declaration);
    if (!ctx.types.has(declaration)) ensureType(declaration, home, ctx);
  }
}

function toApiPackage(
  info: PackageInfo,
  types: ApiType[],
  declarationMarkers: ReadonlyMap<ts.Node, ParsedMarker[]>,
  root: string,
): ApiPackage {
  const firstFile = info.files[0];
  const position = info.markers[0]?.position ?? {
    file: firstFile.fileName,
    line: 1,
    column: 1,
  };
  return {
    dir: info.dir,
    name: info.name,
    group: info.group,
    version: info.version,
    internal: info.internal,
    markers: info.markers,
    types,
    ...collectHooks(root, info, declarationMarkers),
    files: info.files.map((f) => relativePath(root, f.fileName)).sort(byString),
    position,
  };
}
