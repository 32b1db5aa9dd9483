import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { GeneratedFile, Generator } from '@kubegen/emit';
import type { ApiModel } from '@kubegen/model';
import { kindRoleFiles } from './kind-roles';
import { stringifyManifests } from './manifest-yaml';
import { normalizeRules, type PolicyRule } from './policy-rules';
import { readRbacMarkers, type RoleRule } from './rbac-markers';
import { compareStrings } from './source-markers';

export interface RbacGeneratorOptions {
  /** Name of the ClusterRole (and of namespaced Roles) when a marker has no `roleName` (default `manager-role`). */
  roleName?: string;
  /** File the roles go to (default `role.yaml`), as controller-gen's `rbac:fileName`. */
  fileName?: string;
  /** Folder of the RBAC manifests (default `config/rbac`). */
  outputDir?: string;
  /** Also write kubebuilder's `<kind>_editor_role.yaml` and `<kind>_viewer_role.yaml` (default false). */
  kindRoles?: boolean;
  /** Project name for the labels and comments of the per-kind roles, as kubebuilder writes them. */
  projectName?: string;
}

const GENERATOR = 'rbac';

/** Role and ClusterRole manifests from `+kubebuilder:rbac` markers, as controller-gen's rbac generator writes them. */
export const rbacGenerator: Generator<RbacGeneratorOptions> = {
  name: GENERATOR,
  description:
    'RBAC ClusterRole/Roles from +kubebuilder:rbac markers (config/rbac/role.yaml), and per-kind roles',
  generate(model, options) {
    const outputDir = (options.outputDir ?? 'config/rbac').replace(/\/+$/, '');
    const diagnostics = checkOptions(options);
    const { rules, diagnostics: markerDiagnostics } = readRbacMarkers(model);
    diagnostics.push(...markerDiagnostics);
    if (diagnostics.length > 0) return { files: [], diagnostics };

    const files: GeneratedFile[] = [];
    const roles = buildRoles(rules, options.roleName ?? 'manager-role');
    if (roles.length > 0) {
      files.push(
        yamlFile(`${outputDir}/${options.fileName ?? 'role.yaml'}`, stringifyManifests(roles)),
      );
    }
    if (options.kindRoles) {
      for (const f of kindRoleFiles(model, options.projectName))
        files.push(yamlFile(`${outputDir}/${f.fileName}`, f.contents));
    }
    return { files, diagnostics };
  },
};

/** A ClusterRole or Role object as controller-gen prints it. */
export interface RoleObject {
  apiVersion: 'rbac.authorization.k8s.io/v1';
  kind: 'ClusterRole' | 'Role';
  metadata: { name: string; namespace?: string };
  rules: PolicyRule[];
}

/** Groups rules by (namespace, role name), normalises each group, and orders the roles: ClusterRoles first, then Roles by namespace and name. */
export function buildRoles(rules: readonly RoleRule[], defaultRoleName: string): RoleObject[] {
  const groups = new Map<string, { namespace: string; name: string; rules: RoleRule['rule'][] }>();
  for (const r of rules) {
    const name = r.roleName ?? defaultRoleName;
    const key = `${r.namespace}\0${name}`;
    const group = groups.get(key) ?? { namespace: r.namespace, name, rules: [] };
    group.rules.push(r.rule);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => compareStrings(a.namespace, b.namespace) || compareStrings(a.name, b.name))
    .map((g) => ({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: g.namespace ? 'Role' : 'ClusterRole',
      metadata: g.namespace ? { name: g.name, namespace: g.namespace } : { name: g.name },
      rules: normalizeRules(g.rules),
    }));
}

function checkOptions(options: RbacGeneratorOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (
    options.roleName !== undefined &&
    !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(options.roleName)
  ) {
    out.push(
      error(
        Codes.BadOption,
        `rbac option roleName '${options.roleName}' is not a valid Kubernetes object name`,
        undefined,
        'use lower-case letters, digits, - and ., e.g. manager-role',
      ),
    );
  }
  if (
    options.fileName !== undefined &&
    (options.fileName === '' || options.fileName.includes('/'))
  ) {
    out.push(
      error(
        Codes.BadOption,
        `rbac option fileName '${options.fileName}' must be a plain file name`,
        undefined,
        'set outputDir for the folder and fileName for the name, e.g. role.yaml',
      ),
    );
  }
  return out;
}

function yamlFile(path: string, contents: string): GeneratedFile {
  return { path, contents, language: 'yaml', generator: GENERATOR };
}
