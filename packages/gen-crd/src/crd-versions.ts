import type { ApiModel, ApiPackage, ApiType } from '@kubegen/model';

/** One kind of one group, with the version packages that declare it. */
export interface GroupKind {
  group: string;
  kind: string;
  /** Every version's kind type, sorted by version name as controller-gen sorts them (plain string order). */
  versions: { pkg: ApiPackage; type: ApiType }[];
}

/** The kinds of every group, across its external version packages (packages marked `+kubebuilder:skip` are left out). */
export function kindsByGroup(model: ApiModel): GroupKind[] {
  const byKey = new Map<string, GroupKind>();
  for (const pkg of model.packages) {
    if (pkg.internal || pkg.markers.some((m) => m.name === 'kubebuilder:skip')) continue;
    for (const type of pkg.types) {
      if (!type.kind) continue;
      const key = `${pkg.group}\0${type.kind.kind}`;
      const entry = byKey.get(key) ?? { group: pkg.group, kind: type.kind.kind, versions: [] };
      entry.versions.push({ pkg, type });
      byKey.set(key, entry);
    }
  }
  const out = [...byKey.values()];
  for (const g of out) g.versions.sort((a, b) => compare(a.pkg.version, b.pkg.version));
  return out.sort((a, b) => compare(a.group, b.group) || compare(a.kind, b.kind));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
