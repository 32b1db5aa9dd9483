import * as path from 'node:path';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel, type ApiField, type ApiModel, type ApiType } from '@kubegen/model';
import { SchemaBuilder } from './builder';
import { buildOpenApiDefinitions } from './openapi-definitions';
import { definitionName } from './names';

const FIXTURES = path.resolve(__dirname, '../../../fixtures');
const load = (name: string, sourceRoots = ['apis']): ApiModel =>
  loadApiModel({ root: path.join(FIXTURES, name), sourceRoots, registry: defaultMarkerRegistry() })
    .model;
const typeOf = (model: ApiModel, dir: string, name: string): ApiType =>
  [...model.packages.find((p) => p.dir === dir)!.types, ...model.externalTypes].find(
    (t) => t.name === name,
  )!;

describe('definitionName', () => {
  const kitchen = load('kitchen-sink', ['apis', 'controllers']);

  test('reverse-domain group, version and type', () => {
    const demo = load('demo');
    expect(definitionName(demo, typeOf(demo, 'apis/demo/v1beta1', 'Foo'))).toBe(
      'me.jeremyxu2010.demo.v1beta1.Foo',
    );
  });

  test('+k8s:openapi-model-package wins; the internal package has no version segment', () => {
    expect(definitionName(kitchen, typeOf(kitchen, 'apis/kitchen/v1', 'Cookbook'))).toBe(
      'com.example.kitchen.v1.Cookbook',
    );
    expect(definitionName(kitchen, typeOf(kitchen, 'apis/kitchen/v1beta1', 'Cookbook'))).toBe(
      'com.example.kitchen.v1beta1.Cookbook',
    );
    expect(definitionName(kitchen, typeOf(kitchen, 'apis/kitchen', 'Cookbook'))).toBe(
      'com.example.kitchen.Cookbook',
    );
  });

  test('a type of a folder without +groupName is named after its folder', () => {
    const utensil = kitchen.externalTypes.find((t) => t.name === 'Utensil')!;
    expect(definitionName(kitchen, utensil)).toBe('apis.kitchen.common.Utensil');
  });
});

describe('buildOpenApiDefinitions (openapi-gen semantics)', () => {
  const demo = load('demo');
  const { definitions, diagnostics } = buildOpenApiDefinitions(demo);

  test('names every struct of the served versions, sorted, without diagnostics', () => {
    expect(diagnostics).toEqual([]);
    const names = Object.keys(definitions);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('me.jeremyxu2010.demo.v1beta1.Foo');
    expect(names).toContain('me.jeremyxu2010.demo.v1beta1.FooList');
  });

  test('kinds and lists carry x-kubernetes-group-version-kind; structs are $refs; meta types are referenced by name', () => {
    const foo = definitions['me.jeremyxu2010.demo.v1beta1.Foo'];
    expect(foo['x-kubernetes-group-version-kind']).toEqual([
      { group: 'demo.jeremyxu2010.me', kind: 'Foo', version: 'v1beta1' },
    ]);
    expect(foo.properties!.metadata).toEqual({
      $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
    });
    expect(foo.properties!.spec.$ref).toBe('#/definitions/me.jeremyxu2010.demo.v1beta1.FooSpec');
    expect(
      definitions['me.jeremyxu2010.demo.v1beta1.FooList']['x-kubernetes-group-version-kind'],
    ).toEqual([{ group: 'demo.jeremyxu2010.me', kind: 'FooList', version: 'v1beta1' }]);
    expect(definitions['me.jeremyxu2010.demo.v1beta1.FooList'].properties!.items).toMatchObject({
      items: { $ref: '#/definitions/me.jeremyxu2010.demo.v1beta1.Foo' },
      type: 'array',
    });
  });

  test('refPrefix switches the $ref form for OpenAPI v3', () => {
    const v3 = buildOpenApiDefinitions(demo, { refPrefix: '#/components/schemas/' }).definitions;
    expect(v3['me.jeremyxu2010.demo.v1beta1.Foo'].properties!.spec.$ref).toBe(
      '#/components/schemas/me.jeremyxu2010.demo.v1beta1.FooSpec',
    );
  });

  test('int is int32, floats keep their format, required fields without ? get forced zero defaults', () => {
    const kitchen = load('kitchen-sink', ['apis', 'controllers']);
    const defs = buildOpenApiDefinitions(kitchen).definitions;
    const everything = defs['com.example.kitchen.v1.Everything'].properties!;
    expect(everything.level).toMatchObject({ format: 'int32', type: 'integer' });
    expect(everything.ratio).toMatchObject({ format: 'float', type: 'number' });
    expect(everything.score).toMatchObject({ format: 'double', type: 'number' });
    expect(everything.legacy.default).toBe('');
    expect(everything.count.default).toBe(10);
    expect(everything.comment).toMatchObject({
      maxLength: 200,
      minLength: 1,
      format: 'password',
      nullable: true,
    });
    const status = defs['com.example.kitchen.v1.CookbookStatus'].properties!;
    expect(status.conditions).toMatchObject({
      'x-kubernetes-patch-merge-key': 'type',
      'x-kubernetes-patch-strategy': 'merge',
      'x-kubernetes-list-type': 'map',
    });
    expect(defs['com.example.kitchen.v1.Serving']['x-kubernetes-unions']).toEqual([
      { discriminator: 'kind', 'fields-to-discriminateBy': { bowl: 'Bowl', plate: 'Plate' } },
    ]);
    expect(defs['com.example.kitchen.v1.Recipe'].properties!.variations).toMatchObject({
      items: { $ref: '#/definitions/com.example.kitchen.v1.Recipe' },
      type: 'array',
    });
  });
});

describe('openapi-gen "Possible enum values" (kube-openapi enum.go)', () => {
  const kitchen = load('kitchen-sink', ['apis', 'controllers']);
  const everything = typeOf(kitchen, 'apis/kitchen/v1', 'Everything');
  const field = (name: string): ApiField => {
    if (everything.shape.form !== 'struct') throw new Error('Everything is a struct');
    return everything.shape.fields.find((f) => f.name === name)!;
  };

  test('a property of an +enum type lists its values in the definition, not in the CRD schema', () => {
    const { definitions } = buildOpenApiDefinitions(kitchen);
    const properties = definitions[definitionName(kitchen, everything)]!.properties!;
    expect(properties.spice!.description).toBe(
      'The spice level.\n\nPossible enum values:\n - `"Hot"`\n - `"Medium"`\n - `"Mild"`',
    );
    // +k8s:enum alone is not openapi-gen's tag.
    expect(properties.course!.description).toBe('The course.');
    const crd = new SchemaBuilder(kitchen, 'crd').fieldSchema(field('spice'), 'Everything');
    expect(crd.description).toBe('The spice level.');
  });

  test("an +enum type's values are sorted in the definition, as openapi-gen's ValueStrings; a CRD keeps their order", () => {
    // The fixture's field also carries an Enum marker, which decides the values; here the type alone does.
    const bare: ApiField = { ...field('spice'), markers: [] };
    expect(new SchemaBuilder(kitchen, 'openapi').fieldSchema(bare, 'Everything').enum).toEqual(['Hot', 'Medium', 'Mild']);
    expect(new SchemaBuilder(kitchen, 'crd').fieldSchema(bare, 'Everything').enum).toEqual(['Mild', 'Medium', 'Hot']);
  });
});
