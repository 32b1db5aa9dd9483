import type { ApiModel } from '@kubegen/model';
import { stringifyManifest } from './manifest-yaml';
import { compareStrings } from './source-markers';

/** A served kind, as the per-kind roles need it. */
interface KindResource {
  group: string;
  /** Folder name of the group (`batch`): kubebuilder's short group, used to tell same-named kinds apart. */
  groupPackage: string;
  kind: string;
  plural: string;
}

/** A per-kind role file: `<kind>_editor_role.yaml` or `<kind>_viewer_role.yaml`. */
export interface KindRoleFile {
  /** File name inside the rbac output folder. */
  fileName: string;
  contents: string;
}

const EDITOR_VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
const VIEWER_VERBS = ['get', 'list', 'watch'];

/**
 * The `<kind>-editor-role` and `<kind>-viewer-role` ClusterRoles kubebuilder scaffolds for every kind
 * (its kustomize/v2 templates, comment header included), one kind per group whatever its versions.
 * Kinds whose name is used in two groups are prefixed with the group, as kubebuilder's multi-group layout does.
 */
export function kindRoleFiles(model: ApiModel, projectName?: string): KindRoleFile[] {
  const kinds = servedKinds(model);
  const count = new Map<string, number>();
  for (const k of kinds)
    count.set(k.kind.toLowerCase(), (count.get(k.kind.toLowerCase()) ?? 0) + 1);
  return kinds.flatMap((k) => {
    const kind = k.kind.toLowerCase();
    const prefix = (count.get(kind) ?? 0) > 1 ? `${k.groupPackage.toLowerCase()}` : '';
    return (['editor', 'viewer'] as const).map((role) => ({
      fileName: `${prefix ? `${prefix}_` : ''}${kind}_${role}_role.yaml`,
      contents: kindRole(k, `${prefix ? `${prefix}-` : ''}${kind}-${role}-role`, role, projectName),
    }));
  });
}

function servedKinds(model: ApiModel): KindResource[] {
  const byKey = new Map<string, KindResource>();
  for (const pkg of model.packages) {
    if (pkg.internal) continue;
    const groupPackage = model.groups.find((g) => g.name === pkg.group)?.packageName ?? pkg.group;
    for (const type of pkg.types) {
      if (!type.kind) continue;
      const key = `${pkg.group}/${type.kind.kind}`;
      if (!byKey.has(key))
        byKey.set(key, {
          group: pkg.group,
          groupPackage,
          kind: type.kind.kind,
          plural: type.kind.plural,
        });
    }
  }
  return [...byKey.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, k]) => k);
}

function kindRole(
  k: KindResource,
  name: string,
  role: 'editor' | 'viewer',
  projectName?: string,
): string {
  const metadata = projectName
    ? {
        labels: {
          'app.kubernetes.io/name': projectName,
          'app.kubernetes.io/managed-by': 'kustomize',
        },
        name,
      }
    : { name };
  const body = stringifyManifest({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata,
    rules: [
      {
        apiGroups: [k.group],
        resources: [k.plural],
        verbs: role === 'editor' ? EDITOR_VERBS : VIEWER_VERBS,
      },
      { apiGroups: [k.group], resources: [`${k.plural}/status`], verbs: ['get'] },
    ],
  });
  return `${header(k.group, role, projectName)}\n${body}`;
}

function header(group: string, role: 'editor' | 'viewer', projectName?: string): string {
  const lines = [
    `This rule is not used by the project ${projectName ? `${projectName} ` : ''}itself.`,
    'It is provided to allow the cluster admin to help manage permissions for users.',
    '',
    ...(role === 'editor'
      ? [
          `Grants permissions to create, update, and delete resources within the ${group}.`,
          'This role is intended for users who need to manage these resources',
          'but should not control RBAC or manage permissions for others.',
        ]
      : [
          `Grants read-only access to ${group} resources.`,
          'This role is intended for users who need visibility into these resources',
          'without permissions to modify them. It is ideal for monitoring purposes and limited-access viewing.',
        ]),
  ];
  return lines.map((l) => (l ? `# ${l}` : '#')).join('\n') + '\n';
}
