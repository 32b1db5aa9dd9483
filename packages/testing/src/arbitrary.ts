import fc from 'fast-check';
import type { ApiField, ApiModel, ApiType, ScalarName, TypeRef } from '@kubegen/model';
import { dnsLabel, metaArbitrary } from './meta-arbitraries';

export interface ArbitraryOptions {
  /**
   * How deep structs (named or inline) may nest below the root (default 10, enough for a Deployment's
   * pod template). Below it optional fields are absent, arrays and maps empty and nullable values
   * null, so self-referential types stay finite.
   */
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 10;
const MAX_ITEMS = 3;
const NO_NULL_PROTO = { noNullPrototype: true } as const;

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

// `x + 0` turns -0 into 0: -0 does not survive JSON, and API values come from JSON.
const noNegativeZero = (x: number): number => x + 0;

const scalarArbitraries: Record<ScalarName, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 16 }),
  boolean: fc.boolean(),
  int32: fc.integer(INT32),
  // Go's int is 64-bit, but the Go tools publish it as int32 in OpenAPI; stay in that range.
  int: fc.integer(INT32),
  // int64 is a JS number at run time: only the safe-integer part of its range round-trips.
  int64: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  float32: fc.float({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero),
  float64: fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero),
  bytes: fc.uint8Array({ maxLength: 24 }).map((b) => Buffer.from(b).toString('base64')),
};

/**
 * A fast-check arbitrary for values of the type `typeId` (`<package dir>#<Name>`, or an external
 * type's id) of `model`: required fields always present, optional ones sometimes absent (never
 * `undefined`), nullable ones sometimes null; kinds and other TypeMeta types get their `apiVersion`
 * and `kind`. Throws when the id is unknown or a type can only be satisfied by an infinite value.
 */
export function arbitraryFor(
  model: ApiModel,
  typeId: string,
  options: ArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  return new ModelArbitraries(model, options.maxDepth ?? DEFAULT_MAX_DEPTH).forType(typeId, 0);
}

/** Builds arbitraries type by type, memoised per (type, depth) so large models stay cheap to build. */
class ModelArbitraries {
  private readonly types = new Map<string, ApiType>();
  private readonly apiVersions = new Map<string, string>();
  private readonly memo = new Map<string, fc.Arbitrary<unknown>>();
  /** Types being built at the depth limit: meeting one again means a required cycle. */
  private readonly buildingAtLimit: string[] = [];

  constructor(
    model: ApiModel,
    private readonly maxDepth: number,
  ) {
    for (const pkg of model.packages) {
      // The core group is the empty string: its apiVersion is the bare version (`v1`).
      this.apiVersions.set(pkg.dir, pkg.group === '' ? pkg.version : `${pkg.group}/${pkg.version}`);
      for (const type of pkg.types) this.types.set(type.id, type);
    }
    for (const type of model.externalTypes) this.types.set(type.id, type);
  }

  forType(id: string, depth: number): fc.Arbitrary<unknown> {
    const atLimit = depth >= this.maxDepth;
    const key = atLimit ? `${id}@limit` : `${id}@${depth}`;
    const known = this.memo.get(key);
    if (known) return known;
    const type = this.types.get(id);
    if (!type)
      throw new Error(
        `arbitraryFor: no type with id '${id}' in the model (ids are '<package dir>#<Name>')`,
      );
    if (atLimit && this.buildingAtLimit.includes(id)) {
      const cycle = [...this.buildingAtLimit.slice(this.buildingAtLimit.indexOf(id)), id].join(
        ' -> ',
      );
      throw new Error(
        `arbitraryFor: ${cycle} is a cycle of required, non-nullable fields; no finite value exists`,
      );
    }
    if (atLimit) this.buildingAtLimit.push(id);
    try {
      const arbitrary = this.buildType(type, depth);
      this.memo.set(key, arbitrary);
      return arbitrary;
    } finally {
      if (atLimit) this.buildingAtLimit.pop();
    }
  }

  private buildType(type: ApiType, depth: number): fc.Arbitrary<unknown> {
    const shape = type.shape;
    switch (shape.form) {
      case 'enum':
        return this.enumOf(shape.values, type.id);
      case 'alias':
        return this.forRef(shape.target, depth);
      case 'struct': {
        const struct = this.structOf(shape.fields, depth);
        const apiVersion = this.apiVersions.get(type.package);
        if (!type.typeMeta || apiVersion === undefined) return struct;
        const kind = type.kind?.kind ?? type.name;
        return struct.map((value) => {
          const { apiVersion: _version, kind: _kind, ...rest } = value;
          return { apiVersion, kind, ...rest };
        });
      }
    }
  }

  /** `depth` is the depth of the struct itself; its field values sit one level deeper. */
  private structOf(
    fields: readonly ApiField[],
    depth: number,
  ): fc.Arbitrary<Record<string, unknown>> {
    const fieldDepth = depth + 1;
    const atLimit = fieldDepth >= this.maxDepth;
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    const requiredKeys: string[] = [];
    for (const field of fields) {
      // A field without `?` is present in every value of the TypeScript type, even where a package
      // default makes it optional in the schema; a `?` field marked required is present too.
      const alwaysPresent = field.required || !field.optional;
      if (!alwaysPresent && atLimit) continue;
      model[field.name] = this.forRef(field.type, fieldDepth, field.nullable);
      if (alwaysPresent) requiredKeys.push(field.name);
    }
    return fc.record(model, { requiredKeys, ...NO_NULL_PROTO });
  }

  private forRef(ref: TypeRef, depth: number, nullable = false): fc.Arbitrary<unknown> {
    if (!(nullable || ref.nullable)) return this.forRefIgnoringNull(ref, depth);
    // At the limit null is the only value, and building the type could walk into a cycle.
    if (depth >= this.maxDepth) return fc.constant(null);
    return fc.option(this.forRefIgnoringNull(ref, depth), { nil: null });
  }

  private forRefIgnoringNull(ref: TypeRef, depth: number): fc.Arbitrary<unknown> {
    const atLimit = depth >= this.maxDepth;
    switch (ref.ref) {
      case 'scalar':
        return scalarArbitraries[ref.scalar];
      case 'meta':
        return metaArbitrary(ref.name);
      case 'enum':
        return this.enumOf(ref.values, 'an inline enum');
      case 'named':
        return this.forType(ref.id, depth);
      case 'struct':
        return this.structOf(ref.fields, depth);
      case 'array':
        // At the limit the item type is not built at all: it may be the type being built.
        return atLimit
          ? fc.array(fc.constant(null), { maxLength: 0 })
          : fc.array(this.forRef(ref.items, depth), { maxLength: MAX_ITEMS });
      case 'map':
        return atLimit
          ? fc.dictionary(dnsLabel, fc.constant(null), { maxKeys: 0, ...NO_NULL_PROTO })
          : fc.dictionary(dnsLabel, this.forRef(ref.values, depth), {
              maxKeys: MAX_ITEMS,
              ...NO_NULL_PROTO,
            });
    }
  }

  private enumOf(values: readonly string[], where: string): fc.Arbitrary<string> {
    if (values.length === 0) throw new Error(`arbitraryFor: ${where} has no values`);
    return fc.constantFrom(...values);
  }
}
