import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { ParsedMarker } from '@kubegen/markers';
import type { ApiModel, ApiType, PrinterColumn } from '@kubegen/model';
import { buildCrdSchema, type JSONSchemaProps } from '@kubegen/schema';
import { checkCelRules } from './cel-check';
import type { GroupKind } from './crd-versions';
import { jsonPathResolves } from './json-path';

/** Where the API server sends conversion reviews (`spec.conversion`), for CRDs with several versions. */
export interface ConversionWebhook {
  service: { name: string; namespace: string; port?: number };
  /** Default `/convert`, as kubebuilder's webhook server serves it. */
  path?: string;
}

/** Options that shape each CRD. */
export interface CrdBuildOptions {
  maxDescLen?: number;
  allowDangerousTypes?: boolean;
  /** A nested ObjectMeta lists name, namespace, labels, annotations and finalizers (controller-gen's `crd:generateEmbeddedObjectMeta`). */
  generateEmbeddedObjectMeta?: boolean;
  conversionWebhook?: ConversionWebhook;
  /** Value of the `kubegen.io/version` annotation (default `(devel)`, as controller-gen marks unreleased builds). */
  version?: string;
}

export interface CrdVersion {
  name: string;
  served: boolean;
  storage: boolean;
  deprecated?: boolean;
  deprecationWarning?: string;
  schema: { openAPIV3Schema: JSONSchemaProps };
  subresources?: {
    status?: Record<string, never>;
    scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string };
  };
  additionalPrinterColumns?: PrinterColumn[];
  selectableFields?: { jsonPath: string }[];
}

export interface CustomResourceDefinition {
  apiVersion: 'apiextensions.k8s.io/v1';
  kind: 'CustomResourceDefinition';
  metadata: { annotations: Record<string, string>; labels?: Record<string, string>; name: string };
  spec: {
    group: string;
    names: {
      categories?: string[];
      kind: string;
      listKind: string;
      plural: string;
      shortNames?: string[];
      singular: string;
    };
    scope: 'Namespaced' | 'Cluster';
    versions: CrdVersion[];
    conversion?: object;
  };
}

const has = (type: ApiType, name: string): ParsedMarker | undefined =>
  type.markers.find((m) => m.name === name);

/** Builds the CRD of one group and kind, with every diagnostic of its versions. */
export function buildCrd(
  model: ApiModel,
  gk: GroupKind,
  options: CrdBuildOptions,
): { crd?: CustomResourceDefinition; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const kept = gk.versions.filter((v) => !has(v.type, 'kubebuilder:skipversion'));
  if (kept.length === 0) {
    const first = gk.versions[0].type;
    diagnostics.push(
      error(
        Codes.NoServedVersion,
        `every version of ${gk.kind}.${gk.group} is marked +kubebuilder:skipversion: there is no CRD to write`,
        has(first, 'kubebuilder:skipversion')?.position ?? first.position,
        'remove +kubebuilder:skipversion from at least one version',
      ),
    );
    return { diagnostics };
  }
  const storage = storageVersion(gk, kept, diagnostics);
  const versions = kept.map((v) =>
    buildVersion(model, v.type, v.pkg.version, v === storage, options, diagnostics),
  );
  if (versions.every((v) => !v.served))
    diagnostics.push(
      error(
        Codes.NoServedVersion,
        `${gk.kind}.${gk.group} does not serve any version`,
        kept[0].type.position,
        'remove +kubebuilder:unservedversion from one version',
      ),
    );
  const main = (storage ?? kept[0]).type;
  const info = main.kind!;
  const crd: CustomResourceDefinition = {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: {
      annotations: { 'kubegen.io/version': options.version ?? '(devel)' },
      name: `${info.plural}.${gk.group}`,
    },
    spec: {
      group: gk.group,
      names: {
        ...(info.categories.length > 0 && { categories: [...info.categories] }),
        kind: info.kind,
        listKind: info.listKind,
        plural: info.plural,
        ...(info.shortNames.length > 0 && { shortNames: [...info.shortNames] }),
        singular: info.singular,
      },
      scope: info.scope,
      versions,
    },
  };
  applyMetadataMarkers(
    crd,
    kept.map((v) => v.type),
    diagnostics,
  );
  if (options.conversionWebhook && kept.length > 1)
    crd.spec.conversion = conversion(options.conversionWebhook);
  return { crd, diagnostics };
}

function storageVersion(
  gk: GroupKind,
  kept: GroupKind['versions'],
  diagnostics: Diagnostic[],
): GroupKind['versions'][number] | undefined {
  if (kept.length === 1) return kept[0];
  const marked = kept.filter((v) => has(v.type, 'kubebuilder:storageversion'));
  if (marked.length === 1) return marked[0];
  if (marked.length === 0) {
    diagnostics.push(
      error(
        Codes.NoStorageVersion,
        `${gk.kind}.${gk.group} has ${kept.length} versions (${kept.map((v) => v.pkg.version).join(', ')}) and no storage version`,
        kept[0].type.position,
        'mark the kind of one version +kubebuilder:storageversion',
      ),
    );
  } else {
    for (const extra of marked.slice(1))
      diagnostics.push(
        error(
          Codes.MultipleStorageVersions,
          `${gk.kind}.${gk.group} has several storage versions: ${marked.map((v) => v.pkg.version).join(', ')}`,
          has(extra.type, 'kubebuilder:storageversion')!.position,
          'keep +kubebuilder:storageversion on exactly one version',
        ),
      );
  }
  return undefined;
}

function buildVersion(
  model: ApiModel,
  type: ApiType,
  name: string,
  storage: boolean,
  options: CrdBuildOptions,
  diagnostics: Diagnostic[],
): CrdVersion {
  const info = type.kind!;
  const built = buildCrdSchema(model, type, {
    allowDangerousTypes: options.allowDangerousTypes,
    maxDescLen: options.maxDescLen,
    generateEmbeddedObjectMeta: options.generateEmbeddedObjectMeta,
    statusSubresource: info.subresources.status,
  });
  diagnostics.push(
    ...built.diagnostics,
    ...checkCelRules(built.schema, built.origins, type.position),
  );
  const schema = built.schema;
  const version: CrdVersion = {
    name,
    served: !has(type, 'kubebuilder:unservedversion'),
    storage,
    schema: { openAPIV3Schema: schema },
  };
  const deprecated = has(type, 'kubebuilder:deprecatedversion');
  if (deprecated) {
    version.deprecated = true;
    const warning = (deprecated.value as Record<string, unknown>)?.warning;
    if (typeof warning === 'string') version.deprecationWarning = warning;
  }
  const subresources: NonNullable<CrdVersion['subresources']> = {};
  if (info.subresources.status) subresources.status = {};
  if (info.subresources.scale) {
    subresources.scale = { ...info.subresources.scale };
    checkPaths(
      schema,
      type,
      'kubebuilder:subresource:scale',
      Object.values(info.subresources.scale),
      diagnostics,
    );
  }
  if (Object.keys(subresources).length > 0) version.subresources = subresources;
  if (info.printerColumns.length > 0) {
    version.additionalPrinterColumns = info.printerColumns.map((c) => ({ ...c }));
    const markers = type.markers.filter((m) => m.name === 'kubebuilder:printcolumn');
    info.printerColumns.forEach((c, i) => {
      if (!jsonPathResolves(schema, c.jsonPath))
        diagnostics.push(
          error(
            Codes.PrinterColumnUnresolved,
            `printer column ${JSON.stringify(c.name)} of ${type.name}: JSONPath ${c.jsonPath} does not resolve in the schema`,
            (markers[i] ?? type).position,
            'write a path to a field of the kind, such as .spec.<field> or .status.<field>',
          ),
        );
    });
  }
  const selectable = type.markers.filter((m) => m.name === 'kubebuilder:selectablefield');
  if (selectable.length > 0) {
    version.selectableFields = selectable.map((m) => ({
      jsonPath: String((m.value as Record<string, unknown>).JSONPath),
    }));
    for (const [i, m] of selectable.entries()) {
      const path = version.selectableFields[i].jsonPath;
      if (path.startsWith('.metadata') || !jsonPathResolves(schema, path))
        diagnostics.push(
          error(
            Codes.InvalidSelectableField,
            `selectable field ${path} of ${type.name} ${path.startsWith('.metadata') ? 'points into metadata' : 'does not resolve in the schema'}`,
            m.position,
            'name a field under .spec or .status (metadata.name and metadata.namespace are always selectable)',
          ),
        );
    }
  }
  return version;
}

function checkPaths(
  schema: JSONSchemaProps,
  type: ApiType,
  marker: string,
  paths: (string | undefined)[],
  diagnostics: Diagnostic[],
): void {
  const m = has(type, marker);
  for (const p of paths) {
    if (p !== undefined && !jsonPathResolves(schema, p))
      diagnostics.push(
        error(
          Codes.PrinterColumnUnresolved,
          `+${marker} on ${type.name}: path ${p} does not resolve in the schema`,
          (m ?? type).position,
          'write a path to a field of the kind, such as .spec.replicas',
        ),
      );
  }
}

function applyMetadataMarkers(
  crd: CustomResourceDefinition,
  types: ApiType[],
  diagnostics: Diagnostic[],
): void {
  for (const type of types) {
    const m = has(type, 'kubebuilder:metadata');
    if (!m) continue;
    const a = m.value as Record<string, unknown>;
    for (const [key, target] of [
      ['annotations', crd.metadata.annotations],
      ['labels', (crd.metadata.labels ??= {})],
    ] as const) {
      for (const entry of (a[key] as string[] | undefined) ?? []) {
        const eq = entry.indexOf('=');
        if (eq <= 0) {
          diagnostics.push(
            error(
              Codes.InvalidCrdMetadata,
              `+kubebuilder:metadata ${key} ${JSON.stringify(entry)} is not in 'key=value' format`,
              m.position,
              `write ${key}="example.com/key=value"`,
            ),
          );
          continue;
        }
        target[entry.slice(0, eq)] = entry.slice(eq + 1);
      }
    }
  }
  if (crd.metadata.labels && Object.keys(crd.metadata.labels).length === 0)
    delete crd.metadata.labels;
}

function conversion(hook: ConversionWebhook): object {
  return {
    strategy: 'Webhook',
    webhook: {
      clientConfig: {
        service: {
          name: hook.service.name,
          namespace: hook.service.namespace,
          path: hook.path ?? '/convert',
          ...(hook.service.port !== undefined && { port: hook.service.port }),
        },
      },
      conversionReviewVersions: ['v1'],
    },
  };
}
