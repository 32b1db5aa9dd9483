/* The wardle and demo fixtures, generated into temp copies: conversions run through the scheme, round trips are lossless. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CONVERSION_DATA_ANNOTATION, Scheme, handleConversionReview, type TypeMeta } from '@kubegen/runtime';
import { arbitraryFor, copyFixture } from '@kubegen/testing';
import type { ApiModel } from '@kubegen/model';
import { generateInto, typeErrors } from './__tests__/load-tree';

type Obj = TypeMeta & Record<string, unknown>;

interface Fixture {
  root: string;
  model: ApiModel;
  scheme: Scheme;
  group: string;
}

function load(name: string, versions: string[], dirOf: (v: string) => string): Fixture {
  const root = copyFixture(name);
  const { model, diagnostics } = generateInto(root);
  expect(diagnostics).toEqual([]);
  const scheme = new Scheme();
  for (const version of versions) {
    const dir = path.join(root, dirOf(version));
    require(path.join(dir, 'zz_generated.register.ts')).addToScheme(scheme);
    const conversion = path.join(dir, 'zz_generated.conversion.ts');
    if (fs.existsSync(conversion)) require(conversion).registerConversions(scheme);
  }
  const group = model.groups[0].name;
  return { root, model, scheme, group };
}

/** A random object of a kind in a version, with its apiVersion and kind set. */
function objects(f: Fixture, dir: string, kind: string, valid: (o: Obj) => boolean = () => true): fc.Arbitrary<Obj> {
  const version = f.model.packages.find((p) => p.dir === dir)?.version as string;
  return arbitraryFor(f.model, `${dir}#${kind}`, { maxDepth: 4 })
    .map((o) => ({ ...(o as Obj), apiVersion: `${f.group}/${version}`, kind }))
    .filter(valid);
}

/** Property: A → hub → A, and A → hub → B → hub → A, give the original back. */
function roundTrips(f: Fixture, hub: string, kinds: string[], dirs: Record<string, string>, valid?: (kind: string, version: string, o: Obj) => boolean) {
  for (const kind of kinds) {
    for (const [a, dirA] of Object.entries(dirs)) {
      for (const b of [...new Set([hub, ...Object.keys(dirs)])].filter((v) => v !== a)) {
        it(`${kind}: ${a} → ${b} → ${a} gives the original back (property)`, () => {
          fc.assert(
            fc.property(objects(f, dirA, kind, (o) => valid?.(kind, a, o) ?? true), (original) => {
              const there = f.scheme.convert<Obj>(original, { group: f.group, version: b });
              expect(there.apiVersion).toBe(`${f.group}/${b}`);
              const back = f.scheme.convert<Obj>(there, { group: f.group, version: a });
              expect(back).toStrictEqual(original);
            }),
            { numRuns: 60 },
          );
        });
      }
    }
  }
}

describe('fixtures/wardle: internal version, v1alpha1, v1beta1', () => {
  const f = load('wardle', ['v1alpha1', 'v1beta1'], (v) => `apis/wardle/${v}`);
  const dirs = { v1alpha1: 'apis/wardle/v1alpha1', v1beta1: 'apis/wardle/v1beta1' };
  const v1alpha1 = { group: 'wardle.example.com', version: 'v1alpha1' };
  const v1beta1 = { group: 'wardle.example.com', version: 'v1beta1' };

  // As sample-apiserver's validation: a Flunder refers to at most one thing, of the kind referenceType names.
  const validFlunder = (kind: string, version: string, o: Obj): boolean => {
    if (kind !== 'Flunder' || version !== 'v1beta1') return true;
    const spec = o.spec as { flunderReference?: string; fischerReference?: string; referenceType?: string } | undefined;
    if (spec === undefined) return true;
    if (spec.fischerReference !== undefined) return spec.flunderReference === undefined && spec.referenceType === 'Fischer';
    return spec.flunderReference === undefined || spec.referenceType !== 'Fischer';
  };
  roundTrips(f, '__internal', ['Flunder', 'Fischer'], dirs, validFlunder);

  it('type-checks under strict with the hand-written sources', () => {
    expect(typeErrors(f.root)).toEqual([]);
  });

  it('writes conversions in both version packages and none in the internal one', () => {
    expect(fs.existsSync(path.join(f.root, 'apis/wardle/v1alpha1/zz_generated.conversion.ts'))).toBe(true);
    expect(fs.existsSync(path.join(f.root, 'apis/wardle/v1beta1/zz_generated.conversion.ts'))).toBe(true);
    expect(fs.existsSync(path.join(f.root, 'apis/wardle/zz_generated.conversion.ts'))).toBe(false);
  });

  it('calls the hand-written split-field conversion instead of a generated one', () => {
    const flunder = { apiVersion: 'wardle.example.com/v1alpha1', kind: 'Flunder', spec: { reference: 'fish', referenceType: 'Fischer' } };
    const beta = f.scheme.convert<Obj>(flunder, v1beta1);
    expect(beta).toStrictEqual({ apiVersion: 'wardle.example.com/v1beta1', kind: 'Flunder', spec: { fischerReference: 'fish', referenceType: 'Fischer' } });
    const text = fs.readFileSync(path.join(f.root, 'apis/wardle/v1alpha1/zz_generated.conversion.ts'), 'utf8');
    expect(text).not.toMatch(/export function convert_v1alpha1_FlunderSpec_To_wardle_FlunderSpec/);
    expect(text).toContain("from './conversion'");
    expect(text).toContain('// WARNING: input.reference requires manual conversion: does not exist in peer-type.');
  });

  it('calls the hand-written rename of the cluster-scoped Fischer', () => {
    const fischer = { apiVersion: 'wardle.example.com/v1alpha1', kind: 'Fischer', metadata: { name: 'f' }, disallowedFlunders: ['a', 'b'] };
    expect(f.scheme.convert<Obj>(fischer, v1beta1)).toStrictEqual({
      apiVersion: 'wardle.example.com/v1beta1',
      kind: 'Fischer',
      metadata: { name: 'f' },
      deniedFlunders: ['a', 'b'],
    });
  });

  it('keeps fields v1alpha1 lacks in an annotation and restores them', () => {
    const fischer = { apiVersion: 'wardle.example.com/v1beta1', kind: 'Fischer', maxFlunders: 3 };
    const alpha = f.scheme.convert<Obj>(fischer, v1alpha1);
    expect(alpha).toStrictEqual({
      apiVersion: 'wardle.example.com/v1alpha1',
      kind: 'Fischer',
      metadata: { annotations: { [CONVERSION_DATA_ANNOTATION]: '{"fields":{"maxFlunders":3},"created":"metadata"}' } },
    });
    expect(f.scheme.convert<Obj>(alpha, v1beta1)).toStrictEqual(fischer);
  });

  it('converts a list of Flunders item by item', () => {
    const list = { apiVersion: 'wardle.example.com/v1alpha1', kind: 'FlunderList', items: [{ spec: { reference: 'x' } }] };
    expect(f.scheme.convert<Obj>(list, v1beta1)).toStrictEqual({
      apiVersion: 'wardle.example.com/v1beta1',
      kind: 'FlunderList',
      items: [{ spec: { flunderReference: 'x' } }],
    });
  });

  it('answers a ConversionReview with several objects, and reports a failing one', () => {
    const ok = handleConversionReview(f.scheme, {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'ConversionReview',
      request: {
        uid: 'u-1',
        desiredAPIVersion: 'wardle.example.com/v1beta1',
        objects: [
          { apiVersion: 'wardle.example.com/v1alpha1', kind: 'Fischer', disallowedFlunders: ['a'] } as TypeMeta,
          { apiVersion: 'wardle.example.com/v1beta1', kind: 'Flunder', spec: { flunderReference: 'b' } } as TypeMeta,
        ],
      },
    });
    expect(ok.response).toStrictEqual({
      uid: 'u-1',
      convertedObjects: [
        { apiVersion: 'wardle.example.com/v1beta1', kind: 'Fischer', deniedFlunders: ['a'] },
        { apiVersion: 'wardle.example.com/v1beta1', kind: 'Flunder', spec: { flunderReference: 'b' } },
      ],
      result: { status: 'Success' },
    });
    const failed = handleConversionReview(f.scheme, {
      request: {
        uid: 'u-2',
        desiredAPIVersion: 'wardle.example.com/v1alpha1',
        objects: [
          { apiVersion: 'wardle.example.com/v1beta1', kind: 'Fischer' },
          { apiVersion: 'wardle.example.com/v1beta1', kind: 'Flounder', metadata: { name: 'x', namespace: 'ns' } } as TypeMeta,
        ],
      },
    });
    expect(failed.response?.uid).toBe('u-2');
    expect(failed.response?.convertedObjects).toEqual([]);
    expect(failed.response?.result.status).toBe('Failure');
    expect(failed.response?.result.message).toMatch(/^conversion to wardle.example.com\/v1alpha1 failed: object 1 \(wardle.example.com\/v1beta1 Flounder ns\/x\): no kind "Flounder"/);
  });

  it('names an unknown version as a clear error', () => {
    expect(() => f.scheme.convert({ apiVersion: 'wardle.example.com/v1alpha1', kind: 'Fischer' }, { group: 'wardle.example.com', version: 'v2' })).toThrow(
      /no kind "Fischer" is registered for version "wardle.example.com\/v2"/,
    );
  });
});

describe('fixtures/demo: v1 (storage version, the hub) and v1beta1', () => {
  const f = load('demo', ['v1', 'v1beta1'], (v) => `apis/demo/${v}`);
  roundTrips(f, 'v1', ['Foo'], { v1: 'apis/demo/v1', v1beta1: 'apis/demo/v1beta1' });

  it('type-checks under strict', () => {
    expect(typeErrors(f.root)).toEqual([]);
  });

  it('writes conversions only in the spoke v1beta1', () => {
    expect(fs.existsSync(path.join(f.root, 'apis/demo/v1beta1/zz_generated.conversion.ts'))).toBe(true);
    expect(fs.existsSync(path.join(f.root, 'apis/demo/v1/zz_generated.conversion.ts'))).toBe(false);
  });

  it('keeps v1-only fields of nested arrays in the annotation of v1beta1', () => {
    const foo = {
      apiVersion: 'demo.jeremyxu2010.me/v1',
      kind: 'Foo',
      metadata: { name: 'a', annotations: {} },
      spec: { replicas: 2, paused: true },
      status: { readyReplicas: 1, conditions: [{ type: 'Ready', status: 'True' }] },
    };
    const beta = f.scheme.convert<Obj>(foo, { group: 'demo.jeremyxu2010.me', version: 'v1beta1' });
    expect(beta.spec).toStrictEqual({ replicas: 2 });
    expect(JSON.parse((beta.metadata as { annotations: Record<string, string> }).annotations[CONVERSION_DATA_ANNOTATION])).toEqual({
      fields: { spec: { paused: true }, status: { conditions: [{ type: 'Ready', status: 'True' }] } },
    });
    expect(f.scheme.convert<Obj>(beta, { group: 'demo.jeremyxu2010.me', version: 'v1' })).toStrictEqual(foo);
  });
});
