import * as path from 'node:path';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel } from '../load';
import type { ApiField, ApiModel, ApiType } from '../types';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures');

function typeOf(model: ApiModel, dir: string, name: string): ApiType {
  const type = model.packages.find((p) => p.dir === dir)?.types.find((t) => t.name === name);
  if (!type) throw new Error(`no type ${dir}#${name}`);
  return type;
}

function fieldOf(type: ApiType, name: string): ApiField {
  const field =
    type.shape.form === 'struct' ? type.shape.fields.find((f) => f.name === name) : undefined;
  if (!field) throw new Error(`no field ${type.name}.${name}`);
  return field;
}

describe('the demo tree', () => {
  const { model, diagnostics } = loadApiModel({
    root: path.join(FIXTURES, 'demo'),
    registry: defaultMarkerRegistry(),
  });
  const dir = 'apis/demo/v1beta1';
  const packageOf = (d: string) => model.packages.find((p) => p.dir === d)!;

  test('loads without diagnostics into one group with two versions, highest first', () => {
    expect(diagnostics).toEqual([]);
    expect(model.groups).toEqual([
      { name: 'demo.jeremyxu2010.me', packageName: 'demo', versions: ['apis/demo/v1', dir] },
    ]);
    expect(model.packages.map((p) => [p.dir, p.version, p.internal])).toEqual([
      ['apis/demo/v1', 'v1', false],
      [dir, 'v1beta1', false],
    ]);
    expect(packageOf(dir).files).toEqual([
      `${dir}/defaults.ts`,
      `${dir}/doc.ts`,
      `${dir}/foo_types.ts`,
      `${dir}/validation.ts`,
    ]);
  });

  test('Foo is a cluster-scoped kind with status, the bar subresource and a printer column', () => {
    const foo = typeOf(model, dir, 'Foo');
    expect(foo.kind).toEqual({
      kind: 'Foo',
      listKind: 'FooList',
      plural: 'foos',
      singular: 'foo',
      shortNames: ['fo'],
      categories: [],
      scope: 'Cluster',
      subresources: { status: true, custom: [{ path: 'bar', request: 'FooBar', kind: 'FooBar' }] },
      printerColumns: [{ name: 'Replicas', type: 'integer', jsonPath: '.spec.replicas' }],
      root: true,
    });
    expect(foo.doc).toBe('Foo is a cluster-scoped demo resource.');
    expect(foo.position).toMatchObject({ line: 13, column: 18 });
    expect(foo.position.file.endsWith('foo_types.ts')).toBe(true);
  });

  test('FooList is provided, FooBar is a runtime object but not a kind', () => {
    const list = typeOf(model, dir, 'FooList');
    expect(list).toMatchObject({
      synthetic: true,
      listOf: 'Foo',
      typeMeta: true,
      doc: 'FooList is a list of Foo.',
    });
    expect(fieldOf(list, 'items')).toMatchObject({
      required: true,
      type: { ref: 'array', items: { ref: 'named', id: `${dir}#Foo`, name: 'Foo', package: dir } },
    });
    const bar = typeOf(model, dir, 'FooBar');
    expect(bar.typeMeta).toBe(true);
    expect(bar.kind).toBeUndefined();
    expect(packageOf(dir).types.map((t) => t.name)).toEqual([
      'Foo',
      'FooBar',
      'FooList',
      'FooSpec',
      'FooStatus',
    ]);
  });

  test('fields keep their docs without the marker lines, their markers and their requiredness', () => {
    const replicas = fieldOf(typeOf(model, dir, 'FooSpec'), 'replicas');
    expect(replicas.doc).toBe('How many copies to run.');
    expect(replicas.markers.map((m) => [m.name, m.value])).toEqual([
      ['kubebuilder:validation:Minimum', 0],
      ['kubebuilder:validation:Maximum', 100],
      ['kubebuilder:default', 1],
    ]);
    expect(replicas).toMatchObject({
      optional: true,
      required: false,
      nullable: false,
      type: { ref: 'scalar', scalar: 'int32' },
    });
    expect(fieldOf(typeOf(model, dir, 'FooSpec'), 'policy').type).toEqual({
      ref: 'enum',
      values: ['Always', 'Never'],
    });
    expect(fieldOf(typeOf(model, dir, 'Foo'), 'kind')).toMatchObject({
      inheritedFrom: 'TypeMeta',
      required: false,
    });
  });
});

describe('the kitchen-sink tree', () => {
  const registry = defaultMarkerRegistry();
  const { model, diagnostics } = loadApiModel({
    root: path.join(FIXTURES, 'kitchen-sink'),
    sourceRoots: ['apis', 'controllers'],
    registry,
  });
  const v1 = 'apis/kitchen/v1';

  test('loads with zero diagnostics', () => {
    expect(diagnostics).toEqual([]);
  });

  test('has an internal package and two versions, v1 first', () => {
    expect(model.groups).toEqual([
      {
        name: 'kitchen.example.com',
        packageName: 'kitchen',
        internal: 'apis/kitchen',
        versions: [v1, 'apis/kitchen/v1beta1'],
      },
    ]);
    expect(model.packages.map((p) => [p.dir, p.version, p.internal])).toEqual([
      ['apis/kitchen', '__internal', true],
      [v1, 'v1', false],
      ['apis/kitchen/v1beta1', 'v1beta1', false],
    ]);
  });

  test('uses every non-deprecated marker of the catalogue', () => {
    const used = new Set<string>();
    const visit = (fields: ApiField[]) =>
      fields.forEach((f) => {
        f.markers.forEach((m) => used.add(m.name));
        if (f.type.ref === 'struct') visit(f.type.fields);
      });
    for (const pkg of model.packages) {
      pkg.markers.forEach((m) => used.add(m.name));
      for (const type of pkg.types) {
        type.markers.forEach((m) => used.add(m.name));
        if (type.shape.form === 'struct') visit(type.shape.fields);
      }
    }
    model.sourceMarkers.forEach((s) => used.add(s.marker.name));
    expect(
      registry
        .all()
        .filter((d) => !d.deprecated && !used.has(d.name))
        .map((d) => d.name),
    ).toEqual([]);
  });

  test('Cookbook is namespaced with status, scale, publish, printer columns, short names and categories', () => {
    expect(typeOf(model, v1, 'Cookbook').kind).toMatchObject({
      plural: 'cookbooks',
      singular: 'cookbook',
      shortNames: ['cb', 'book'],
      categories: ['kitchen', 'all'],
      scope: 'Namespaced',
      subresources: {
        status: true,
        scale: {
          specReplicasPath: '.spec.copies',
          statusReplicasPath: '.status.shelved',
          labelSelectorPath: '.status.selector',
        },
        custom: [{ path: 'publish', request: 'CookbookPublish', kind: 'CookbookPublish' }],
      },
      printerColumns: [
        {
          name: 'Title',
          type: 'string',
          jsonPath: '.spec.title',
          description: 'Title of the book',
        },
        { name: 'Copies', type: 'integer', format: 'int32', jsonPath: '.spec.copies' },
        { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp', priority: 1 },
      ],
    });
    expect(typeOf(model, v1, 'CookbookList').synthetic).toBe(true);
  });

  test('Kitchen is cluster-scoped and keeps its hand-written list type', () => {
    expect(typeOf(model, v1, 'Kitchen').kind).toMatchObject({
      scope: 'Cluster',
      shortNames: ['kit'],
      plural: 'kitchens',
    });
    const list = typeOf(model, v1, 'KitchenList');
    expect(list.synthetic).toBeUndefined();
    expect(list.listOf).toBe('Kitchen');
    expect(fieldOf(list, 'metadata').type).toEqual({ ref: 'meta', name: 'ListMeta' });
  });

  test('maps every scalar and form of the type table', () => {
    const everything = typeOf(model, v1, 'Everything');
    const types = Object.fromEntries(
      (everything.shape.form === 'struct' ? everything.shape.fields : []).map((f) => [
        f.name,
        f.type,
      ]),
    );
    expect(types).toMatchObject({
      name: { ref: 'scalar', scalar: 'string' },
      count: { ref: 'scalar', scalar: 'int32' },
      size: { ref: 'scalar', scalar: 'int64' },
      level: { ref: 'scalar', scalar: 'int' },
      ratio: { ref: 'scalar', scalar: 'float32' },
      weight: { ref: 'scalar', scalar: 'float64' },
      score: { ref: 'scalar', scalar: 'number' },
      enabled: { ref: 'scalar', scalar: 'boolean' },
      data: { ref: 'scalar', scalar: 'bytes' },
      spice: { ref: 'named', name: 'Spice' },
      tags: { ref: 'array', items: { ref: 'scalar', scalar: 'string' } },
      matrix: { ref: 'array', items: { ref: 'array', items: { ref: 'scalar', scalar: 'int32' } } },
      labels: { ref: 'named', name: 'Labels' },
      port: { ref: 'meta', name: 'IntOrString' },
      config: { ref: 'meta', name: 'JSONValue' },
      object: { ref: 'meta', name: 'RawExtension' },
      comment: { ref: 'scalar', scalar: 'string', nullable: true },
      range: { ref: 'struct' },
    });
    expect(typeOf(model, v1, 'Spice').shape).toEqual({
      form: 'enum',
      values: ['Mild', 'Medium', 'Hot'],
    });
    expect(typeOf(model, v1, 'Labels').shape).toEqual({
      form: 'alias',
      target: { ref: 'map', values: { ref: 'scalar', scalar: 'string' } },
    });
    const kitchen = typeOf(model, v1, 'Kitchen');
    expect(fieldOf(kitchen, 'stations').type).toEqual({
      ref: 'map',
      values: { ref: 'named', id: `${v1}#Station`, name: 'Station', package: v1 },
    });
    expect(fieldOf(kitchen, 'style').type).toEqual({
      ref: 'enum',
      values: ['open', 'closed', 'galley'],
    });
  });

  test('requiredness follows markers, ? and the package default', () => {
    const everything = typeOf(model, v1, 'Everything');
    expect(fieldOf(everything, 'name').required).toBe(true);
    expect(fieldOf(everything, 'legacy').required).toBe(true);
    expect(fieldOf(everything, 'size').required).toBe(false);
    expect(fieldOf(everything, 'comment').nullable).toBe(true);
    expect(fieldOf(typeOf(model, 'apis/kitchen', 'CookbookSpec'), 'title').required).toBe(true);
    // v1beta1 has the package default +kubebuilder:validation:Optional; `?` is absent on title.
    expect(fieldOf(typeOf(model, 'apis/kitchen/v1beta1', 'CookbookSpec'), 'title').required).toBe(
      false,
    );
    expect(fieldOf(typeOf(model, 'apis/kitchen/v1beta1', 'CookbookSpec'), 'copies').type).toEqual({
      ref: 'scalar',
      scalar: 'int32',
    });
  });

  test('types imported from another file of the tree become external types', () => {
    expect(model.externalTypes.map((t) => t.id)).toEqual([
      'external:apis/kitchen/common/types.ts#Temperature',
      'external:apis/kitchen/common/types.ts#Unit',
      'external:apis/kitchen/common/types.ts#Utensil',
    ]);
    expect(fieldOf(typeOf(model, v1, 'Recipe'), 'temperature').type).toEqual({
      ref: 'named',
      id: 'external:apis/kitchen/common/types.ts#Temperature',
      name: 'Temperature',
      package: 'external:apis/kitchen/common/types.ts',
    });
    expect(fieldOf(typeOf(model, v1, 'Recipe'), 'variations').type).toMatchObject({
      ref: 'array',
      items: { id: `${v1}#Recipe` },
    });
  });

  test('hooks, constants and source markers are collected', () => {
    const pkg = model.packages.find((p) => p.dir === v1)!;
    expect(pkg.functions.map((f) => [f.name, f.parameters, f.returnType])).toEqual([
      [
        'convert_kitchen_CookbookSpec_To_v1_CookbookSpec',
        [
          { name: 'input', type: 'kitchen.CookbookSpec' },
          { name: 'out', type: 'CookbookSpec' },
        ],
        'void',
      ],
      [
        'convert_v1_CookbookSpec_To_kitchen_CookbookSpec',
        [
          { name: 'input', type: 'CookbookSpec' },
          { name: 'out', type: 'kitchen.CookbookSpec' },
        ],
        'void',
      ],
      [
        'convert_v1_Station_To_kitchen_Station',
        [
          { name: 'input', type: 'Station' },
          { name: 'out', type: 'kitchen.Station' },
        ],
        'void',
      ],
      ['setDefaults_CookbookSpec', [{ name: 'obj', type: 'CookbookSpec' }], 'void'],
    ]);
    expect(pkg.constants.map((c) => [c.name, c.value])).toEqual([
      ['DefaultCuisine', 'french'],
      ['DefaultTags', ['new', 'unread']],
      ['SpiceLimits', { min: 0, max: 10, unit: 'pinch' }],
    ]);
    const controllers = model.sourceMarkers
      .filter((s) => s.file.startsWith('controllers/'))
      .map((s) => [s.target, s.marker.name]);
    expect(controllers).toEqual([
      ['package', 'kubebuilder:rbac'],
      ['declaration', 'kubebuilder:rbac'],
      ['declaration', 'kubebuilder:rbac'],
      ['declaration', 'kubebuilder:webhook'],
      ['declaration', 'kubebuilder:webhookconfiguration'],
    ]);
  });
});
