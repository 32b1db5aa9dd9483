import * as path from 'node:path';
import type { ApiGroup, ApiPackage } from './types';
import { compareVersions } from './versions';

/** Groups the packages by `+groupName`: internal package and versions, highest Kubernetes priority first. */
export function buildGroups(packages: readonly ApiPackage[]): ApiGroup[] {
  const byGroup = new Map<string, ApiPackage[]>();
  for (const pkg of packages) byGroup.set(pkg.group, [...(byGroup.get(pkg.group) ?? []), pkg]);
  const groups: ApiGroup[] = [];
  for (const [name, members] of byGroup) {
    const internal = members.find((p) => p.internal);
    const versions = members
      .filter((p) => !p.internal)
      .sort(
        (a, b) =>
          compareVersions(b.version, a.version) || (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0),
      );
    const packageName = internal?.name ?? path.posix.basename(path.posix.dirname(versions[0].dir));
    groups.push({
      name,
      packageName,
      ...(internal ? { internal: internal.dir } : {}),
      versions: versions.map((p) => p.dir),
    });
  }
  return groups.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
