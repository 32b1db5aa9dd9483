import type { ApiField, ApiModel, ApiPackage, ApiType, TypeRef, TypeShape } from '@kubegen/model';

/* Hand-built models for the tests: the loader is not needed to exercise the arbitraries. */

const position = { file: '/tree/apis/demo/v1/types.ts', line: 1, column: 1 };

/** A field; required unless `optional` is set. */
export function field(
  name: string,
  type: TypeRef,
  options: { optional?: boolean; nullable?: boolean } = {},
): ApiField {
  const optional = options.optional ?? false;
  return {
    name,
    doc: '',
    markers: [],
    position,
    optional,
    required: !optional,
    nullable: options.nullable ?? false,
    type,
  };
}

export const str: TypeRef = { ref: 'scalar', scalar: 'string' };

/** A reference to the type `name` of package `pkg`. */
export function named(pkg: string, name: string): TypeRef {
  return { ref: 'named', id: `${pkg}#${name}`, name, package: pkg };
}

/** A type of package `pkg`. */
export function apiType(
  pkg: string,
  name: string,
  shape: TypeShape,
  extra: Partial<ApiType> = {},
): ApiType {
  return {
    name,
    package: pkg,
    id: `${pkg}#${name}`,
    file: `${pkg}/types.ts`,
    doc: '',
    markers: [],
    position,
    shape,
    typeMeta: false,
    ...extra,
  };
}

/** A struct shape with the given fields. */
export function struct(...fields: ApiField[]): TypeShape {
  return { form: 'struct', fields, embedded: [] };
}

/** A model of one package per entry of `packages` (dir → group, version and types) plus external types. */
export function modelOf(
  packages: { dir: string; group: string; version: string; types: ApiType[] }[],
  externalTypes: ApiType[] = [],
): ApiModel {
  const apiPackages: ApiPackage[] = packages.map((p) => ({
    dir: p.dir,
    name: p.dir.split('/').pop() ?? p.dir,
    group: p.group,
    version: p.version,
    internal: false,
    markers: [],
    types: p.types,
    functions: [],
    constants: [],
    files: [],
    position,
  }));
  return {
    root: '/tree',
    sourceRoots: ['apis'],
    groups: [],
    packages: apiPackages,
    externalTypes,
    sourceMarkers: [],
  };
}
