import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { ApiGroup, ApiModel, ApiPackage, ApiType } from '@kubegen/model';

/** A version package and the package it converts to and from (the hub). */
export interface PackagePair {
  spoke: ApiPackage;
  hub: ApiPackage;
  /** `internal`: code-generator's `+k8s:conversion-gen=<internal package>`; `storage`: kubebuilder's storage-version hub. */
  style: 'internal' | 'storage';
}

const STORAGE_VERSION = 'kubebuilder:storageversion';

/** `a/b/../c` → `a/c`, with `/` separators. */
function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function internalStylePairs(model: ApiModel, byDir: Map<string, ApiPackage>, diagnostics: Diagnostic[]): PackagePair[] {
  const pairs: PackagePair[] = [];
  for (const spoke of model.packages) {
    if (spoke.internal) continue;
    for (const marker of spoke.markers.filter((m) => m.name === 'k8s:conversion-gen')) {
      if (typeof marker.value !== 'string' || marker.value === 'false') continue;
      const dir = normalizePath(`${spoke.dir}/${marker.value}`);
      const hub = byDir.get(dir);
      if (hub !== undefined && hub.dir !== spoke.dir) {
        pairs.push({ spoke, hub, style: 'internal' });
        continue;
      }
      const internals = model.packages.filter((p) => p.internal).map((p) => p.dir);
      diagnostics.push(
        error(
          Codes.ConversionPeerMissing,
          `+k8s:conversion-gen=${marker.value} in ${spoke.dir} names ${dir}, which is ${hub ? 'this package itself' : 'no API package'}`,
          marker.position,
          `Write the path of the internal package relative to this folder, as +k8s:conversion-gen=..` +
            (internals.length > 0 ? ` (internal packages: ${internals.join(', ')})` : ' (this tree has no internal package)'),
        ),
      );
    }
  }
  return pairs;
}

/** The kinds of a package marked `+kubebuilder:storageversion`. */
function storageKinds(pkg: ApiPackage): ApiType[] {
  return pkg.types.filter((t) => t.kind !== undefined && t.markers.some((m) => m.name === STORAGE_VERSION));
}

function storageStylePairs(
  group: ApiGroup,
  byDir: Map<string, ApiPackage>,
  converted: Set<string>,
  diagnostics: Diagnostic[],
): PackagePair[] {
  const versions = group.versions.flatMap((dir) => byDir.get(dir) ?? []);
  const kindful = versions.filter((p) => p.types.some((t) => t.kind !== undefined));
  if (group.internal !== undefined || kindful.length < 2) return [];
  const marked = kindful.filter((p) => storageKinds(p).length > 0);
  if (marked.length > 1) {
    const where = marked.map((p) => `${p.version} (${storageKinds(p).map((t) => t.name).join(', ')})`).join(', ');
    for (const pkg of marked) {
      diagnostics.push(
        error(
          Codes.ConversionStorageVersionConflict,
          `group ${group.name} has more than one storage version: ${where}`,
          storageKinds(pkg)[0].position,
          `Keep +kubebuilder:storageversion in one version only (usually the newest); every other version converts through it`,
        ),
      );
    }
    return [];
  }
  if (marked.length === 0) {
    diagnostics.push(
      error(
        Codes.ConversionNoStorageVersion,
        `group ${group.name} has versions ${kindful.map((p) => p.version).join(', ')} and neither an internal package nor a storage version to convert through`,
        kindful[0].position,
        `Mark the kinds of one version (the hub) with // +kubebuilder:storageversion, or add an internal package and +k8s:conversion-gen=.. to each version`,
      ),
    );
    return [];
  }
  const hub = marked[0];
  return kindful
    .filter((p) => p !== hub && !converted.has(p.dir))
    .map((spoke) => ({ spoke, hub, style: 'storage' as const }));
}

/** Finds every version package that gets conversions, and its hub; bad markers become diagnostics. */
export function findPackagePairs(model: ApiModel): { pairs: PackagePair[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byDir = new Map(model.packages.map((p) => [p.dir, p]));
  const pairs = internalStylePairs(model, byDir, diagnostics);
  const converted = new Set(pairs.map((p) => p.spoke.dir));
  for (const group of model.groups) pairs.push(...storageStylePairs(group, byDir, converted, diagnostics));
  return { pairs: pairs.sort((a, b) => (a.spoke.dir < b.spoke.dir ? -1 : a.spoke.dir > b.spoke.dir ? 1 : 0)), diagnostics };
}
