import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel, type ApiModel } from '@kubegen/model';
import { validateValue, type JSONSchemaProps } from '@kubegen/schema';
import { arbitraryFor } from '@kubegen/testing';
import { buildCrds, type CrdBuildOptions, type CustomResourceDefinition } from '../index';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures');

/** OpenAPI 3.0 → the JSON Schema draft ajv reads: boolean exclusive bounds become numeric ones. */
function toDraft7(s: JSONSchemaProps): object {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(s)) {
    if (key === 'properties')
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, JSONSchemaProps>).map(([k, v]) => [k, toDraft7(v)]),
      );
    else if (
      key === 'items' ||
      key === 'not' ||
      (key === 'additionalProperties' && typeof value === 'object')
    )
      out[key] = toDraft7(value as JSONSchemaProps);
    else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf')
      out[key] = (value as JSONSchemaProps[]).map(toDraft7);
    else if (key !== 'exclusiveMaximum' && key !== 'exclusiveMinimum') out[key] = value;
  }
  if (s.exclusiveMaximum && s.maximum !== undefined)
    [out.exclusiveMaximum, out.maximum] = [s.maximum, undefined];
  if (s.exclusiveMinimum && s.minimum !== undefined)
    [out.exclusiveMinimum, out.minimum] = [s.minimum, undefined];
  return JSON.parse(JSON.stringify(out));
}

function compile(schema: JSONSchemaProps): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const f of ['int32', 'int64'])
    ajv.addFormat(f, { type: 'number', validate: (x: number) => Number.isInteger(x) });
  for (const f of ['float', 'double']) ajv.addFormat(f, { type: 'number', validate: () => true });
  return ajv.compile(toDraft7(schema));
}

function load(
  name: string,
  options: CrdBuildOptions = {},
): { model: ApiModel; crds: CustomResourceDefinition[] } {
  const root = path.join(FIXTURES, name);
  const sourceRoots = fs.existsSync(path.join(root, 'controllers'))
    ? ['apis', 'controllers']
    : ['apis'];
  const { model, diagnostics } = loadApiModel({
    root,
    sourceRoots,
    registry: defaultMarkerRegistry(),
  });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const built = buildCrds(model, { allowDangerousTypes: true, ...options });
  expect(built.diagnostics).toEqual([]);
  return { model, crds: built.crds };
}

// apps again with generateEmbeddedObjectMeta: its pod templates then have a metadata schema to agree on.
const fixtures: [string, CrdBuildOptions][] = [
  ['demo', {}],
  ['apps', {}],
  ['apps', { generateEmbeddedObjectMeta: true }],
  ['operator', {}],
  ['kitchen-sink', {}],
];

const cases = fixtures.flatMap(([fixture, options]) => {
  const { model, crds } = load(fixture, options);
  return crds.flatMap((crd) =>
    crd.spec.versions.map((v) => {
      const pkg = model.packages.find((p) => p.group === crd.spec.group && p.version === v.name)!;
      const kind = pkg.types.find((t) => t.kind?.kind === crd.spec.names.kind)!;
      return {
        label: `${fixture} ${crd.spec.names.kind} ${v.name}${options.generateEmbeddedObjectMeta ? ' (generateEmbeddedObjectMeta)' : ''}`,
        model,
        id: kind.id,
        schema: v.schema.openAPIV3Schema,
      };
    }),
  );
});

test.each(cases.map((c) => [c.label, c] as const))(
  '%s: ajv and kubegen agree on every value arbitraryFor builds, and accept some',
  (_label, c) => {
    const validate = compile(c.schema);
    let accepted = 0;
    fc.assert(
      fc.property(arbitraryFor(c.model, c.id, { maxDepth: 4 }), (value) => {
        const ok = validate(value);
        const problems = validateValue(c.schema, value, { unknownFields: false });
        if (ok) accepted++;
        // kubegen's checker ignores formats; the arbitraries only build well-formed formatted strings.
        if ((problems.length === 0) !== ok)
          throw new Error(
            `ajv ${ok ? 'accepts' : `rejects (${JSON.stringify(validate.errors)})`}, kubegen says ${JSON.stringify(problems)}`,
          );
      }),
      { numRuns: 60, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(0);
  },
);

describe('kitchen-sink Cookbook v1: a valid object is accepted, and breaking each marker is rejected', () => {
  const c = cases.find((x) => x.label === 'kitchen-sink Cookbook v1')!;
  const validate = compile(c.schema);
  const valid = () => ({
    apiVersion: 'kitchen.example.com/v1',
    kind: 'Cookbook',
    metadata: { name: 'book' },
    spec: {
      title: 'Soups',
      recipes: [{ name: 'borscht', ingredients: [{ name: 'beet', amount: '500m', unit: 'g' }] }],
      everything: {
        name: 'all',
        legacy: 'x',
        count: 20,
        size: 1,
        data: 'aGk=',
        spice: 'Hot',
        tags: ['a'],
        ratings: [1, 5],
        matrix: [[1]],
        extras: [{ a: 'b' }],
        labels: { a: 'b' },
        servings: [{ kind: 'Bowl' }],
        range: { min: 1, max: 2 },
        comment: null,
        slots: [1, 'a'],
      },
    },
    status: {
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'Done',
          message: '',
          lastTransitionTime: '2024-01-01T00:00:00Z',
        },
      ],
    },
  });

  test('the valid object is accepted', () => {
    expect(validate(valid())).toBe(true);
  });

  const breaks: [string, (o: ReturnType<typeof valid>) => void][] = [
    ['MinLength (title)', (o) => (o.spec.title = '')],
    ['MinLength', (o) => (o.spec.everything.name = '')],
    ['MaxLength', (o) => (o.spec.everything.name = 'a'.repeat(64))],
    ['Pattern', (o) => (o.spec.everything.name = 'A_B')],
    ['Minimum', (o) => (o.spec.everything.count = -5)],
    ['ExclusiveMaximum', (o) => (o.spec.everything.count = 100)],
    ['MultipleOf', (o) => (o.spec.everything.count = 7)],
    ['ExclusiveMinimum', (o) => (o.spec.everything.size = 0)],
    ['Format=byte', (o) => (o.spec.everything.data = '%%%')],
    ['Enum', (o) => (o.spec.everything.spice = 'Spicy')],
    ['MinItems', (o) => (o.spec.everything.tags = [])],
    ['MaxItems', (o) => (o.spec.everything.tags = Array.from({ length: 11 }, () => 'a'))],
    ['items:MinLength', (o) => (o.spec.everything.tags = [''])],
    ['items:MaxLength', (o) => (o.spec.everything.tags = ['a'.repeat(21)])],
    ['items:Pattern', (o) => (o.spec.everything.tags = ['A'])],
    ['items:Minimum', (o) => (o.spec.everything.ratings = [0])],
    ['items:Maximum', (o) => (o.spec.everything.ratings = [6])],
    ['items:MinItems', (o) => (o.spec.everything.matrix = [[]])],
    ['items:MaxItems', (o) => (o.spec.everything.matrix = [[1, 2, 3, 4]])],
    ['items:MinProperties', (o) => (o.spec.everything.extras = [{} as { a: string }])],
    [
      'items:MaxProperties',
      (o) =>
        (o.spec.everything.extras = [
          Object.fromEntries('abcdef'.split('').map((k) => [k, k])) as { a: string },
        ]),
    ],
    ['MinProperties (field)', (o) => (o.spec.everything.labels = {} as { a: string })],
    [
      'MaxProperties (field)',
      (o) =>
        (o.spec.everything.labels = Object.fromEntries(
          Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']),
        ) as { a: string }),
    ],
    ['items:Enum on int-or-string', (o) => (o.spec.everything.slots = [3])],
    ['Enum of a named enum type', (o) => (o.spec.everything.servings = [{ kind: 'Cup' }])],
    [
      'required field of an inline struct',
      (o) => (o.spec.everything.range = { min: 1 } as { min: number; max: number }),
    ],
    [
      'Required (kubebuilder:validation:Required)',
      (o) => delete (o.spec.everything as { name?: string }).name,
    ],
    [
      'required listMapKey field',
      (o) => (o.spec.recipes = [{} as (typeof o.spec.recipes)[number]]),
    ],
    ['Quantity pattern', (o) => (o.spec.recipes[0].ingredients[0].amount = 'lots')],
    ['Condition status enum', (o) => (o.status.conditions[0].status = 'Maybe')],
    ['not nullable', (o) => ((o.spec as { title: string | null }).title = null)],
  ];

  test.each(breaks)('%s is rejected', (_marker, mutate) => {
    const o = valid();
    mutate(o);
    expect(validate(o)).toBe(false);
    expect(validateValue(c.schema, o, { unknownFields: false }).length).toBeGreaterThan(0);
  });
});
