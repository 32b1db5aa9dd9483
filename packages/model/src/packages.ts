import * as path from 'node:path';
import { ts } from 'ts-morph';
import { Codes, error, type Diagnostic, type SourcePosition } from '@kubegen/diagnostics';
import type { ParsedMarker } from '@kubegen/markers';
import type { PackageInfo } from './context';
import { MarkerNames } from './marker-names';
import { relativePath } from './positions';
import { INTERNAL_VERSION } from './types';
import { isKubeVersion } from './versions';

/** A folder of the tree: its files (sorted) and the package markers of their leading comment blocks. */
export interface Folder {
  path: string;
  files: ts.SourceFile[];
  markers: ParsedMarker[];
}

const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

function markerString(
  markers: readonly ParsedMarker[],
  name: string,
): { value: string; marker: ParsedMarker } | undefined {
  const marker = markers.find((m) => m.name === name);
  return marker && typeof marker.value === 'string' ? { value: marker.value, marker } : undefined;
}

function firstFilePosition(folder: Folder): SourcePosition {
  const doc = folder.files.find((f) => path.basename(f.fileName) === 'doc.ts') ?? folder.files[0];
  return { file: doc.fileName, line: 1, column: 1 };
}

function declaresTypes(folder: Folder): boolean {
  return folder.files.some((f) =>
    f.statements.some((s) => ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)),
  );
}

/**
 * Decides which folders are API packages: a folder with `+groupName`; internal when it directly holds version
 * packages. Reports version-like folders with types but no group (KG2004), bad versions (KG2012) and
 * internal/version packages of one group that disagree on the group (KG2014).
 */
export function classifyPackages(
  root: string,
  folders: readonly Folder[],
  diagnostics: Diagnostic[],
): PackageInfo[] {
  const grouped = folders.filter((f) => markerString(f.markers, MarkerNames.groupName));
  const groupedPaths = new Set(grouped.map((f) => f.path));
  const packages: PackageInfo[] = [];
  for (const folder of folders) {
    const groupName = markerString(folder.markers, MarkerNames.groupName);
    const name = path.basename(folder.path);
    if (!groupName) {
      if (isKubeVersion(name) && declaresTypes(folder)) {
        const doc = relativePath(root, path.join(folder.path, 'doc.ts'));
        diagnostics.push(
          error(
            Codes.MissingGroupName,
            `${relativePath(root, folder.path)} looks like an API version and declares types, but has no +groupName`,
            firstFilePosition(folder),
            `add to ${doc}: "// +groupName=<group>" (e.g. example.com), a blank line, then "export {};"`,
          ),
        );
      }
      continue;
    }
    const internal = grouped.some((other) => path.dirname(other.path) === folder.path);
    const parent = path.dirname(folder.path);
    if (!internal && groupedPaths.has(parent))
      checkSameGroup(
        folder,
        groupName,
        grouped.find((f) => f.path === parent)!,
        diagnostics,
      );
    checkGroupName(groupName, diagnostics);
    const version = internal ? INTERNAL_VERSION : versionOf(folder, name, diagnostics);
    const optionalByDefault = folder.markers.some((m) => m.name === MarkerNames.validationOptional);
    const dir = relativePath(root, folder.path);
    packages.push({
      dir,
      name,
      group: groupName.value,
      version,
      internal,
      markers: folder.markers,
      files: folder.files,
      home: { package: dir, fieldsRequiredByDefault: !optionalByDefault },
    });
  }
  return packages;
}

// k8s.io/apimachinery's IsDNS1123Subdomain: what an API group name must be.
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function checkGroupName(
  groupName: { value: string; marker: ParsedMarker },
  diagnostics: Diagnostic[],
): void {
  const group = groupName.value;
  if (group.length <= 253 && DNS_1123_SUBDOMAIN.test(group)) return;
  const suggestion = group
    .toLowerCase()
    .replace(/[^-a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  diagnostics.push(
    error(
      Codes.InvalidGroupName,
      `+groupName=${group} is not a valid API group name: a DNS subdomain of lower-case letters, digits, '-' and '.'`,
      groupName.marker.position,
      suggestion && suggestion !== group
        ? `write // +groupName=${suggestion}`
        : 'write a domain you own, e.g. // +groupName=demo.example.com',
    ),
  );
}

function versionOf(folder: Folder, name: string, diagnostics: Diagnostic[]): string {
  const versionName = markerString(folder.markers, MarkerNames.versionName);
  const version = versionName?.value ?? name;
  if (!DNS_1035_LABEL.test(version)) {
    diagnostics.push(
      error(
        Codes.InvalidVersionName,
        `version '${version}' is not a valid Kubernetes version name (a lower-case DNS label such as v1, v1beta1)`,
        versionName?.marker.position ?? firstFilePosition(folder),
        versionName
          ? 'write // +versionName=v1beta1'
          : 'rename the folder to a version such as v1beta1, or add // +versionName=v1beta1',
      ),
    );
  }
  return version;
}

function checkSameGroup(
  folder: Folder,
  groupName: { value: string; marker: ParsedMarker },
  internal: Folder,
  diagnostics: Diagnostic[],
): void {
  const internalGroup = markerString(internal.markers, MarkerNames.groupName)!;
  if (internalGroup.value === groupName.value) return;
  diagnostics.push(
    error(
      Codes.GroupMismatch,
      `+groupName=${groupName.value} differs from the internal package's +groupName=${internalGroup.value}`,
      groupName.marker.position,
      `the versions of a group share its name: write // +groupName=${internalGroup.value}`,
    ),
  );
}
