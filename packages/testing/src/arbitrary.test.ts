import fc from 'fast-check';
import type { TypeRef } from '@kubegen/model';
import { arbitraryFor } from './arbitrary';
import { conformanceProblems } from './__tests__/conforms';
import { apiType, field, modelOf, named, str, struct } from './__tests__/models';

const PKG = 'apis/shop/v1';
const EXT = 'external:@acme/types';
const scalar = (
  s: 'int32' | 'int64' | 'int' | 'float32' | 'float64' | 'number' | 'bytes' | 'boolean',
): TypeRef => ({ ref: 'scalar', scalar: s });
const meta = (
  name:
    | 'ObjectMeta'
    | 'Quantity'
    | 'IntOrString'
    | 'Time'
    | 'JSONValue'
    | 'RawExtension'
    | 'LabelSelector'
    | 'Condition'
    | 'Duration'
    | 'MicroTime'
    | 'ListMeta',
): TypeRef => ({ ref: 'meta', name });

/** A model with every kind of field, a kind, an enum alias, an external type and a recursive type. */
const shop = modelOf(
  [
    {
      dir: PKG,
      group: 'shop.example.com',
      version: 'v1',
      types: [
        apiType(
          PKG,
          'Order',
          struct(
            field('apiVersion', str, { optional: true }),
            field('kind', str, { optional: true }),
            field('metadata', meta('ObjectMeta'), { optional: true }),
            field('spec', named(PKG, 'OrderSpec')),
            field('status', named(PKG, 'OrderStatus'), { optional: true }),
          ),
          {
            typeMeta: true,
            kind: {
              kind: 'Order',
              listKind: 'OrderList',
              plural: 'orders',
              singular: 'order',
              shortNames: [],
              categories: [],
              scope: 'Namespaced',
              subresources: { status: true, custom: [] },
              printerColumns: [],
              root: true,
            },
          },
        ),
        apiType(
          PKG,
          'OrderSpec',
          struct(
            field('id', str),
            field('count', scalar('int32')),
            field('total', scalar('int64'), { optional: true }),
            field('legacyCount', scalar('int'), { optional: true }),
            field('weight', scalar('float32'), { optional: true }),
            field('price', scalar('float64'), { optional: true }),
            field('ratio', scalar('number'), { optional: true }),
            field('gift', scalar('boolean'), { optional: true }),
            field('signature', scalar('bytes'), { optional: true }),
            field('priority', named(PKG, 'Priority')),
            field('channel', { ref: 'enum', values: ['Web', 'Store'] }, { optional: true }),
            field('note', { ...str, nullable: true }),
            field('coupon', str, { optional: true, nullable: true }),
            field('lines', { ref: 'array', items: named(PKG, 'Line') }),
            field('tags', { ref: 'map', values: str }, { optional: true }),
            field(
              'address',
              {
                ref: 'struct',
                fields: [field('street', str), field('zip', str, { optional: true })],
              },
              { optional: true },
            ),
            field('vendor', named(EXT, 'Vendor'), { optional: true }),
            field('category', named(PKG, 'Category'), { optional: true }),
            field('extra', meta('JSONValue'), { optional: true }),
            field('raw', meta('RawExtension'), { optional: true }),
            field('selector', meta('LabelSelector'), { optional: true }),
            field('cpu', meta('Quantity'), { optional: true }),
            field('port', meta('IntOrString'), { optional: true }),
            field('due', meta('Time'), { optional: true }),
            field('timeout', meta('Duration'), { optional: true }),
          ),
        ),
        apiType(
          PKG,
          'Line',
          struct(
            field('sku', str),
            field('quantity', scalar('int32')),
            field('limits', { ref: 'map', values: meta('Quantity') }, { optional: true }),
          ),
        ),
        apiType(
          PKG,
          'OrderStatus',
          struct(
            field('conditions', { ref: 'array', items: meta('Condition') }, { optional: true }),
            field('seen', meta('MicroTime'), { optional: true }),
          ),
        ),
        apiType(PKG, 'Priority', { form: 'enum', values: ['Low', 'High'] }),
        apiType(
          PKG,
          'Category',
          struct(
            field('name', str),
            field('children', { ref: 'array', items: named(PKG, 'Category') }, { optional: true }),
            field('parent', { ...named(PKG, 'Category'), nullable: true }, { optional: true }),
          ),
        ),
      ],
    },
  ],
  [
    apiType(EXT, 'Vendor', struct(field('name', str), field('country', str, { optional: true })), {
      module: '@acme/types',
    }),
  ],
);

const samples = (typeId: string, maxDepth?: number): Record<string, unknown>[] =>
  fc.sample(arbitraryFor(shop, typeId, { maxDepth }), { numRuns: 300, seed: 42 }) as Record<
    string,
    unknown
  >[];

const spec = (order: unknown): Record<string, unknown> =>
  (order as { spec: Record<string, unknown> }).spec;

describe('arbitraryFor', () => {
  it('generates values that conform to the model', () => {
    fc.assert(
      fc.property(arbitraryFor(shop, `${PKG}#Order`), (order) => {
        expect(conformanceProblems(shop, `${PKG}#Order`, order)).toEqual([]);
      }),
    );
  });

  it('sets apiVersion and kind on kinds, first', () => {
    for (const order of samples(`${PKG}#Order`)) {
      expect(Object.keys(order).slice(0, 2)).toEqual(['apiVersion', 'kind']);
      expect(order).toMatchObject({ apiVersion: 'shop.example.com/v1', kind: 'Order' });
    }
  });

  it('uses the bare version for the core group', () => {
    const core = modelOf([
      {
        dir: 'apis/core/v1',
        group: '',
        version: 'v1',
        types: [
          apiType(
            'apis/core/v1',
            'Pod',
            struct(field('metadata', meta('ObjectMeta'), { optional: true })),
            { typeMeta: true },
          ),
        ],
      },
    ]);
    for (const pod of fc.sample(arbitraryFor(core, 'apis/core/v1#Pod'), { numRuns: 20, seed: 1 })) {
      expect(pod).toMatchObject({ apiVersion: 'v1', kind: 'Pod' });
    }
  });

  it('leaves optional fields out sometimes, never as undefined, and always writes required ones', () => {
    const specs = samples(`${PKG}#Order`).map(spec);
    for (const name of ['total', 'tags', 'address', 'vendor', 'coupon']) {
      const present = specs.filter((s) => name in s).length;
      expect(present).toBeGreaterThan(0);
      expect(present).toBeLessThan(specs.length);
    }
    for (const s of specs) {
      expect(Object.values(s)).not.toContain(undefined);
      for (const name of ['id', 'count', 'priority', 'note', 'lines'])
        expect(s).toHaveProperty([name]);
    }
  });

  it('makes nullable fields null sometimes and only them', () => {
    const specs = samples(`${PKG}#Order`).map(spec);
    expect(specs.some((s) => s.note === null)).toBe(true);
    expect(specs.some((s) => typeof s.note === 'string')).toBe(true);
    expect(specs.some((s) => s.coupon === null)).toBe(true);
    expect(specs.every((s) => s.id !== null && s.lines !== null)).toBe(true);
  });

  it('covers enums, the extremes of int32 and non-empty arrays and maps', () => {
    const specs = samples(`${PKG}#Order`).map(spec);
    expect(new Set(specs.map((s) => s.priority))).toEqual(new Set(['Low', 'High']));
    expect(specs.some((s) => (s.lines as unknown[]).length > 0)).toBe(true);
    expect(
      specs.some((s) => s.tags !== undefined && Object.keys(s.tags as object).length > 0),
    ).toBe(true);
    expect(specs.every((s) => !Object.is(s.price, -0) && !Object.is(s.weight, -0))).toBe(true);
  });

  it('follows external types', () => {
    const vendors = samples(`${PKG}#Order`)
      .map((o) => spec(o).vendor)
      .filter((v) => v !== undefined);
    expect(vendors.length).toBeGreaterThan(0);
    for (const v of vendors) expect(typeof (v as { name: unknown }).name).toBe('string');
  });

  it('generates self-referential types within the depth limit and sometimes nested', () => {
    const depthOf = (c: { children?: unknown[]; parent?: unknown }): number =>
      1 +
      Math.max(
        0,
        ...(c.children ?? []).map((x) => depthOf(x as never)),
        c.parent ? depthOf(c.parent as never) : 0,
      );
    const depths = samples(`${PKG}#Category`, 4).map((c) => depthOf(c));
    expect(Math.max(...depths)).toBe(4);
    expect(depths.every((d) => d <= 4)).toBe(true);
  });

  it('refuses a cycle of required fields, naming it', () => {
    const pkg = 'apis/loop/v1';
    const loop = modelOf([
      {
        dir: pkg,
        group: 'loop.example.com',
        version: 'v1',
        types: [
          apiType(pkg, 'A', struct(field('b', named(pkg, 'B')))),
          apiType(pkg, 'B', struct(field('a', named(pkg, 'A')))),
        ],
      },
    ]);
    expect(() => arbitraryFor(loop, `${pkg}#A`, { maxDepth: 2 })).toThrow(
      `${pkg}#A -> ${pkg}#B -> ${pkg}#A is a cycle`,
    );
  });

  it('accepts a required cycle broken by a nullable field', () => {
    const pkg = 'apis/loop/v1';
    const loop = modelOf([
      {
        dir: pkg,
        group: 'loop.example.com',
        version: 'v1',
        types: [
          apiType(pkg, 'Node', struct(field('next', named(pkg, 'Node'), { nullable: true }))),
        ],
      },
    ]);
    const values = fc.sample(arbitraryFor(loop, `${pkg}#Node`, { maxDepth: 3 }), {
      numRuns: 50,
      seed: 3,
    });
    for (const v of values) expect(conformanceProblems(loop, `${pkg}#Node`, v)).toEqual([]);
  });

  it('names an unknown type id', () => {
    expect(() => arbitraryFor(shop, `${PKG}#Nope`)).toThrow(`no type with id '${PKG}#Nope'`);
  });
});
