/*
 * Builds small ApiModels for generator tests, typed so that every TypeRef form is easy to write.
 * Positions point into the fake file the type is said to live in.
 */
import type { ParsedMarker } from '@kubegen/markers';
import type { ApiField, ApiModel, ApiPackage, ApiType, KindInfo, MetaTypeName, ScalarName, TypeRef, TypeShape } from '@kubegen/model';

const ROOT = '/project';

/** Type reference constructors. */
export const t = {
  scalar: (scalar: ScalarName): TypeRef => ({ ref: 'scalar', scalar }),
  string: { ref: 'scalar', scalar: 'string' } as TypeRef,
  int32: { ref: 'scalar', scalar: 'int32' } as TypeRef,
  boolean: { ref: 'scalar', scalar: 'boolean' } as TypeRef,
  meta: (name: MetaTypeName): TypeRef => ({ ref: 'meta', name }),
  named: (pkg: string, name: string): TypeRef => ({ ref: 'named', id: `${pkg}#${name}`, name, package: pkg }),
  array: (items: TypeRef): TypeRef => ({ ref: 'array', items }),
  map: (values: TypeRef): TypeRef => ({ ref: 'map', values }),
  struct: (fields: ApiField[]): TypeRef => ({ ref: 'struct', fields }),
  enum: (...values: string[]): TypeRef => ({ ref: 'enum', values }),
  nullable: (ref: TypeRef): TypeRef => ({ ...ref, nullable: true }),
};

/** A field; optional unless `required` is passed. */
export function field(name: string, type: TypeRef, options: { required?: boolean; inheritedFrom?: string } = {}): ApiField {
  const optional = !options.required;
  return {
    name,
    doc: '',
    markers: [],
    position: { file: `${ROOT}/types.ts`, line: 1, column: 1 },
    optional,
    required: !optional,
    nullable: type.nullable === true,
    type,
    inheritedFrom: options.inheritedFrom,
  };
}

/** A parsed marker as the loader would give it. */
export function marker(name: string, value: ParsedMarker['value'] = true): ParsedMarker {
  return { name, value, text: `${name}=${String(value)}`, position: { file: `${ROOT}/doc.ts`, line: 1, column: 4 } };
}

const TYPE_META_FIELDS = (): ApiField[] => [
  field('kind', t.string, { inheritedFrom: 'TypeMeta' }),
  field('apiVersion', t.string, { inheritedFrom: 'TypeMeta' }),
];

interface TypeOptions {
  file?: string;
  markers?: ParsedMarker[];
  doc?: string;
}

/** One API package being built. */
export class PackageBuilder {
  readonly types: ApiType[] = [];
  readonly functions: ApiPackage['functions'] = [];

  constructor(
    readonly dir: string,
    readonly group: string,
    readonly markers: ParsedMarker[],
    readonly internal: boolean,
  ) {}

  private add(name: string, shape: TypeShape, options: TypeOptions, extra: Partial<ApiType> = {}): ApiType {
    const file = `${this.dir}/${options.file ?? 'types.ts'}`;
    const type: ApiType = {
      name,
      package: this.dir,
      id: `${this.dir}#${name}`,
      file,
      doc: options.doc ?? '',
      markers: options.markers ?? [],
      position: { file: `${ROOT}/${file}`, line: this.types.length + 1, column: 1 },
      shape,
      typeMeta: false,
      ...extra,
    };
    this.types.push(type);
    return type;
  }

  /** An interface with these fields. */
  struct(name: string, fields: ApiField[], options: TypeOptions = {}): this {
    this.add(name, { form: 'struct', fields, embedded: [] }, options);
    return this;
  }

  /** `type Name = target`. */
  alias(name: string, target: TypeRef, options: TypeOptions = {}): this {
    this.add(name, { form: 'alias', target }, options);
    return this;
  }

  /** `type Name = 'A' | 'B'`. */
  enum(name: string, values: string[], options: TypeOptions = {}): this {
    this.add(name, { form: 'enum', values }, options);
    return this;
  }

  /** An interface extending TypeMeta that is not a kind (a subresource request body). */
  request(name: string, fields: ApiField[], options: TypeOptions = {}): this {
    const shape: TypeShape = { form: 'struct', fields: [...TYPE_META_FIELDS(), ...fields], embedded: [t.meta('TypeMeta')] };
    this.add(name, shape, options, { typeMeta: true });
    return this;
  }

  /** A kind with `metadata?: ObjectMeta` and `fields`, plus its list: synthetic unless `writtenList`. */
  kind(name: string, fields: ApiField[], options: TypeOptions & { kind?: Partial<KindInfo>; writtenList?: boolean } = {}): this {
    const kind: KindInfo = {
      kind: name,
      listKind: `${name}List`,
      plural: `${name.toLowerCase()}s`,
      singular: name.toLowerCase(),
      shortNames: [],
      categories: [],
      scope: 'Namespaced',
      subresources: { status: false, custom: [] },
      printerColumns: [],
      root: true,
      ...options.kind,
    };
    const shape: TypeShape = {
      form: 'struct',
      fields: [...TYPE_META_FIELDS(), field('metadata', t.meta('ObjectMeta')), ...fields],
      embedded: [t.meta('TypeMeta')],
    };
    this.add(name, shape, options, { typeMeta: true, kind });
    const listShape: TypeShape = {
      form: 'struct',
      fields: [...TYPE_META_FIELDS(), field('metadata', t.meta('ListMeta')), field('items', t.array(t.named(this.dir, name)), { required: true })],
      embedded: [t.meta('TypeMeta')],
    };
    this.add(`${name}List`, listShape, { file: options.file }, { typeMeta: true, listOf: name, synthetic: !options.writtenList });
    return this;
  }

  /** A hand-written exported function of the package. */
  handWritten(name: string, file: string): this {
    this.functions.push({
      name,
      file: `${this.dir}/${file}`,
      position: { file: `${ROOT}/${this.dir}/${file}`, line: 1, column: 1 },
      parameters: [],
      returnType: 'void',
      markers: [],
    });
    return this;
  }

  build(): ApiPackage {
    const name = this.dir.split('/').pop() ?? this.dir;
    return {
      dir: this.dir,
      name,
      group: this.group,
      version: this.internal ? '__internal' : name,
      internal: this.internal,
      markers: this.markers,
      types: [...this.types].sort((a, b) => (a.name < b.name ? -1 : 1)),
      functions: [...this.functions].sort((a, b) => (a.name < b.name ? -1 : 1)),
      constants: [],
      files: [...new Set(this.types.map((x) => x.file))].sort(),
      position: { file: `${ROOT}/${this.dir}/doc.ts`, line: 1, column: 1 },
    };
  }
}

/** Builds a whole model; `build(order)` may shuffle declaration order to test determinism. */
export class ModelBuilder {
  private readonly packages: PackageBuilder[] = [];
  private readonly externals: ApiType[] = [];

  /** Adds an API package: `+groupName=<group>` plus `markers`. */
  package(dir: string, group: string, markers: ParsedMarker[] = [], internal = false): PackageBuilder {
    const pkg = new PackageBuilder(dir, group, markers, internal);
    this.packages.push(pkg);
    return pkg;
  }

  /** A type declared outside the API packages: in an npm module, or in a tree file when `module` is absent. */
  external(name: string, shape: TypeShape, where: { module?: string; file?: string }): ApiType {
    const key = where.module ?? where.file ?? 'unknown';
    const type: ApiType = {
      name,
      package: `external:${key}`,
      id: `external:${key}#${name}`,
      file: where.file ?? `node_modules/${key}/index.d.ts`,
      module: where.module,
      doc: '',
      markers: [],
      position: { file: `${ROOT}/${where.file ?? key}`, line: 1, column: 1 },
      shape,
      typeMeta: false,
    };
    this.externals.push(type);
    return type;
  }

  /** The model, sorted as the loader sorts it; `reverse` builds every list in the opposite order first. */
  build(reverse = false): ApiModel {
    const order = <T>(items: T[]): T[] => (reverse ? [...items].reverse() : items);
    const packages = order(this.packages).map((p) => {
      const built = p.build();
      return reverse ? { ...built, types: [...built.types].reverse() } : built;
    });
    return {
      root: ROOT,
      sourceRoots: ['apis'],
      groups: [],
      packages,
      externalTypes: order(this.externals),
      sourceMarkers: [],
    };
  }
}
