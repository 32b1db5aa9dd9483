import { checkGroup, checkKind, checkLabel, checkVersion, pluralOf } from './names';
import type { ScaffoldPlan } from './plan';

/** What `kubegen create api` needs to know. */
export interface CreateApiOptions {
  /** The project's domain, from its PROJECT file: the group is `<group>.<domain>`. */
  domain: string;
  group: string;
  version: string;
  kind: string;
  /** Default true; false writes a cluster-scoped kind (`scope=Cluster`, `+genclient:nonNamespaced`). */
  namespaced?: boolean;
  /** Default: the kind, lowercased and pluralised (`foos`). */
  plural?: string;
  shortName?: string;
  withStatusSubresource?: boolean;
}

/** The source file of a kind: `apis/<group>/<version>/<kind>_types.ts`. */
export function kindFile(group: string, version: string, kind: string): string {
  return `apis/${group}/${version}/${kind.toLowerCase()}_types.ts`;
}

/** The version's `doc.ts` (written when missing) and the kind's `_types.ts` with Kind, Spec, Status and markers. */
export function planCreateApi(options: CreateApiOptions): ScaffoldPlan {
  const plural = options.plural ?? pluralOf(options.kind);
  const diagnostics = [
    ...checkGroup(options.group),
    ...checkVersion(options.version),
    ...checkKind(options.kind),
    ...checkLabel('plural', plural, pluralOf(options.kind)),
    ...(options.shortName === undefined ? [] : checkLabel('short-name', options.shortName, 'fo')),
  ];
  const dir = `apis/${options.group}/${options.version}`;
  return {
    diagnostics,
    files: [
      { path: `${dir}/doc.ts`, contents: docFile(options), mode: 'if-missing' },
      {
        path: kindFile(options.group, options.version, options.kind),
        contents: typesFile(options, plural),
        mode: 'owned',
      },
    ],
  };
}

function docFile({ group, version, domain }: CreateApiOptions): string {
  return `// Package ${version} is the ${version} version of the ${group} API group.
// +groupName=${group}.${domain}
// +k8s:deepcopy-gen=package
// +k8s:defaulter-gen=TypeMeta
// +k8s:openapi-gen=true

export {};
`;
}

function typesFile(options: CreateApiOptions, plural: string): string {
  const { kind } = options;
  const namespaced = options.namespaced !== false;
  const resource = [`path=${plural}`, `scope=${namespaced ? 'Namespaced' : 'Cluster'}`];
  if (options.shortName) resource.push(`shortName=${options.shortName}`);
  const markers = [
    '+genclient',
    ...(namespaced ? [] : ['+genclient:nonNamespaced']),
    '+kubebuilder:object:root=true',
    `+kubebuilder:resource:${resource.join(',')}`,
    ...(options.withStatusSubresource ? ['+kubebuilder:subresource:status'] : []),
  ];
  return `import type { ObjectMeta, TypeMeta } from '@kubegen/runtime';

/**
 * ${kind} is the Schema for the ${plural} API.
${markers.map((m) => ` * ${m}`).join('\n')}
 */
export interface ${kind} extends TypeMeta {
  metadata?: ObjectMeta;
  spec?: ${kind}Spec;
  status?: ${kind}Status;
}

/** ${kind}Spec is the desired state of a ${kind}. */
export interface ${kind}Spec {
  /**
   * An example field; replace it with your own.
   * +optional
   */
  foo?: string;
}

/** ${kind}Status is the observed state of a ${kind}. */
export interface ${kind}Status {}
`;
}
