/* A small typed builder of ApiModels for generator tests, until tests can load fixtures with the model loader. */
import type { MarkerValue, ParsedMarker } from '@kubegen/markers';
import type { ApiModel, ApiPackage, ApiType, SourceMarker } from '@kubegen/model';

/** A parsed marker standing at `file:line:1`. */
export function marker(
  name: string,
  value: MarkerValue,
  line = 1,
  file = '/project/controllers/foo_controller.ts',
): ParsedMarker {
  return { name, value, text: `${name}:…`, position: { file, line, column: 4 } };
}

/** A model whose only content is the given markers, standing on declarations of controller files. */
export function modelWithMarkers(markers: readonly ParsedMarker[]): ApiModel {
  const sourceMarkers: SourceMarker[] = markers.map((m) => ({
    marker: m,
    file: m.position.file.replace('/project/', ''),
    target: 'declaration',
  }));
  return {
    root: '/project',
    sourceRoots: ['apis', 'controllers'],
    groups: [],
    packages: [],
    externalTypes: [],
    sourceMarkers,
  };
}

/** A kind as the tests describe it. */
export interface KindSpec {
  group: string;
  groupPackage: string;
  version: string;
  kind: string;
  plural: string;
}

/** Adds API packages holding the given kinds (one package per group/version) to a model. */
export function withKinds(model: ApiModel, kinds: readonly KindSpec[]): ApiModel {
  const packages = new Map<string, ApiPackage>();
  for (const k of kinds) {
    const dir = `apis/${k.groupPackage}/${k.version}`;
    const pkg = packages.get(dir) ?? emptyPackage(dir, k.group, k.version);
    pkg.types.push(kindType(dir, k));
    packages.set(dir, pkg);
  }
  const groups = [...new Set(kinds.map((k) => `${k.group}\0${k.groupPackage}`))].map((g) => {
    const [name, packageName] = g.split('\0');
    return {
      name,
      packageName,
      versions: [...packages.values()].filter((p) => p.group === name).map((p) => p.dir),
    };
  });
  return { ...model, groups, packages: [...packages.values()] };
}

function emptyPackage(dir: string, group: string, version: string): ApiPackage {
  return {
    dir,
    name: version,
    group,
    version,
    internal: false,
    markers: [],
    types: [],
    functions: [],
    constants: [],
    files: [`${dir}/types.ts`],
    position: { file: `/project/${dir}/doc.ts`, line: 1, column: 1 },
  };
}

function kindType(dir: string, k: KindSpec): ApiType {
  return {
    name: k.kind,
    package: dir,
    id: `${dir}#${k.kind}`,
    file: `${dir}/types.ts`,
    doc: '',
    markers: [],
    position: { file: `/project/${dir}/types.ts`, line: 1, column: 1 },
    shape: { form: 'struct', fields: [], embedded: [] },
    typeMeta: true,
    kind: {
      kind: k.kind,
      listKind: `${k.kind}List`,
      plural: k.plural,
      singular: k.kind.toLowerCase(),
      shortNames: [],
      categories: [],
      scope: 'Namespaced',
      subresources: { status: true, custom: [] },
      printerColumns: [],
      root: true,
    },
  };
}

/**
 * Parses the simple `+kubebuilder:rbac:` lines of controller-gen's test data (bare values, `;` lists, `""`) into the
 * value the marker parser gives; enough for that data only — real parsing is the markers package's job.
 */
export function parseSimpleNamedArgs(text: string): Record<string, MarkerValue> {
  const args: Record<string, MarkerValue> = {};
  for (const pair of text.split(',')) {
    const [key, raw] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
    const items = raw.split(';').map((s) => (s === '""' ? '' : s));
    args[key] = ['namespace', 'roleName'].includes(key) ? items[0] : items;
  }
  return args;
}
