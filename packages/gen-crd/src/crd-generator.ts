import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import { inScope, type GeneratedFile, type Generator } from '@kubegen/emit';
import { stringifyCrd } from './crd-yaml';
import type { ApiModel } from '@kubegen/model';
import { buildCrd, type CrdBuildOptions, type CustomResourceDefinition } from './crd-object';
import { kindsByGroup, type GroupKind } from './crd-versions';

/** Options of the CRD generator (`generatorOptions.crd`). */
export interface CrdOptions extends CrdBuildOptions {
  /** Folder of the CRD manifests (default `config/crd/bases`). */
  outputDir?: string;
  /** apiextensions versions to write; only `v1` exists today (controller-gen's `crd:crdVersions`). */
  crdVersions?: string[];
}

const GENERATOR = 'crd';

/** One apiextensions.k8s.io/v1 CustomResourceDefinition per group and kind, as controller-gen's crd generator writes them. */
export const crdGenerator: Generator<CrdOptions> = {
  name: GENERATOR,
  description:
    'CustomResourceDefinitions (config/crd/bases/<group>_<plural>.yaml) from the kinds and their markers',
  perGroup: true,
  generate(model, options, scope) {
    const diagnostics = checkOptions(options);
    if (diagnostics.length > 0) return { files: [], diagnostics };
    const outputDir = (options.outputDir ?? 'config/crd/bases').replace(/\/+$/, '');
    const files: GeneratedFile[] = [];
    const undotted = new Set<string>();
    for (const group of kindsByGroup(model)) {
      if (!inScope(group.group, scope)) continue;
      if (!group.group.includes('.') && !undotted.has(group.group)) {
        undotted.add(group.group);
        diagnostics.push(groupWithoutDot(group));
      }
      const built = buildCrd(model, group, options);
      diagnostics.push(...built.diagnostics);
      if (built.crd) files.push(crdFile(outputDir, built.crd));
    }
    return { files: diagnostics.some((d) => d.severity === 'error') ? [] : files, diagnostics };
  },
};

/** The API server's apiextensions validation: a CRD's group must be a domain with at least one dot. */
function groupWithoutDot(group: GroupKind): Diagnostic {
  const pkg = group.versions[0].pkg;
  const marker = pkg.markers.find((m) => m.name === 'groupName');
  return error(
    Codes.CrdGroupWithoutDot,
    `group ${group.group} has CRDs but no dot in its name; the API server rejects such a CRD (spec.group should be a domain with at least one dot)`,
    marker?.position ?? pkg.position,
    `qualify it with a domain you own: // +groupName=${group.group}.example.com`,
  );
}

/** Builds every CRD of the model without writing anything (for tests and the OpenAPI documents). */
export function buildCrds(
  model: ApiModel,
  options: CrdBuildOptions = {},
): { crds: CustomResourceDefinition[]; diagnostics: Diagnostic[] } {
  const crds: CustomResourceDefinition[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const group of kindsByGroup(model)) {
    const built = buildCrd(model, group, options);
    diagnostics.push(...built.diagnostics);
    if (built.crd) crds.push(built.crd);
  }
  return { crds, diagnostics };
}

function crdFile(outputDir: string, crd: CustomResourceDefinition): GeneratedFile {
  return {
    path: `${outputDir}/${crd.spec.group}_${crd.spec.names.plural}.yaml`,
    contents: stringifyCrd(crd),
    language: 'yaml',
    generator: GENERATOR,
  };
}

function checkOptions(options: CrdOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const bad = (options.crdVersions ?? []).filter((v) => v !== 'v1');
  if (bad.length > 0)
    out.push(
      error(
        Codes.BadOption,
        `crd option crdVersions: ${bad.join(', ')} is not supported`,
        undefined,
        'write crdVersions: ["v1"] (apiextensions.k8s.io/v1beta1 was removed in Kubernetes 1.22)',
      ),
    );
  if (
    options.maxDescLen !== undefined &&
    (!Number.isInteger(options.maxDescLen) || options.maxDescLen < 0)
  )
    out.push(
      error(
        Codes.BadOption,
        `crd option maxDescLen must be a whole number ≥ 0, not ${options.maxDescLen}`,
        undefined,
        'write 0 to drop descriptions',
      ),
    );
  const embedded = options.generateEmbeddedObjectMeta;
  if (embedded !== undefined && typeof embedded !== 'boolean')
    out.push(
      error(
        Codes.BadOption,
        `crd option generateEmbeddedObjectMeta must be true or false, not ${JSON.stringify(embedded)}`,
        undefined,
        'write generateEmbeddedObjectMeta: true (a boolean, not a string)',
      ),
    );
  const hook = options.conversionWebhook;
  if (hook && (!hook.service?.name || !hook.service?.namespace))
    out.push(
      error(
        Codes.BadOption,
        'crd option conversionWebhook needs service.name and service.namespace',
        undefined,
        'write conversionWebhook: { service: { name: "webhook-service", namespace: "system" }, path: "/convert" }',
      ),
    );
  return out;
}
