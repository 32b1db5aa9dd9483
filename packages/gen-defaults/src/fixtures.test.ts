/*
 * Property tests on every fixture: the generated defaulters are idempotent, never overwrite a set value,
 * and never make a valid object invalid (an object with no validation errors still has none once defaulted).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel, type ApiModel, type ApiType } from '@kubegen/model';
import { deepCopyGenerator } from '@kubegen/gen-deepcopy';
import { listTypesGenerator, registerGenerator } from '@kubegen/gen-register';
import { validationGenerator } from '@kubegen/gen-validation';
import type { FieldError } from '@kubegen/runtime';
import { arbitraryFor, copyFixture } from '@kubegen/testing';
import { defaultsGenerator } from './generator';

type Defaulter = (obj: unknown) => void;
type Validator = (obj: unknown) => FieldError[];

/** Generates the fixture's code into a temporary copy and returns the model and the copy's root. */
function generateInto(fixture: string): { model: ApiModel; root: string } {
  const root = copyFixture(fixture);
  const { model, diagnostics } = loadApiModel({ root, sourceRoots: ['apis'], registry: defaultMarkerRegistry() });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  for (const generator of [deepCopyGenerator, registerGenerator, listTypesGenerator, validationGenerator, defaultsGenerator]) {
    const result = generator.generate(model, {});
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const file of result.files) fs.writeFileSync(path.join(root, file.path), file.contents);
  }
  return { model, root };
}

/** Whether every value set in `before` is still there, unchanged, in `after`. */
function keepsSetValues(before: unknown, after: unknown): boolean {
  if (Array.isArray(before)) return Array.isArray(after) && before.length === after.length && before.every((v, i) => keepsSetValues(v, after[i]));
  if (typeof before === 'object' && before !== null) {
    if (typeof after !== 'object' || after === null) return false;
    const a = after as Record<string, unknown>;
    return Object.entries(before).every(([k, v]) => k in a && keepsSetValues(v, a[k]));
  }
  return Object.is(before, after);
}

const errorKeys = (errs: FieldError[]) => new Set(errs.map((e) => `${e.type} ${e.field}`));

const FIXTURES = ['demo', 'apps', 'wardle', 'kitchen-sink'];

describe.each(FIXTURES)('the generated defaulters of fixture %s', (fixture) => {
  const { model, root } = generateInto(fixture);
  const kinds: { pkg: string; kind: ApiType }[] = model.packages
    .filter((p) => !p.internal)
    .flatMap((p) => p.types.filter((t) => t.kind !== undefined).map((kind) => ({ pkg: p.dir, kind })));

  it('has kinds to test', () => {
    expect(kinds.length).toBeGreaterThan(0);
  });

  describe.each(kinds.map((k) => [`${k.pkg} ${k.kind.name}`, k] as const))('%s', (_label, { pkg, kind }) => {
    const defaults = require(path.join(root, pkg, 'zz_generated.defaults.ts')) as Record<string, Defaulter>;
    const validation = require(path.join(root, pkg, 'zz_generated.validation.ts')) as Record<string, Validator>;
    const setDefaults = defaults[`setObjectDefaults_${kind.name}`];
    const validate = validation[`validate${kind.name}`];
    const objects = arbitraryFor(model, kind.id, { maxDepth: 6 });

    it('is idempotent and never overwrites a set value', () => {
      fc.assert(
        fc.property(objects, (obj) => {
          const once = structuredClone(obj);
          setDefaults(once);
          const twice = structuredClone(once);
          setDefaults(twice);
          expect(twice).toEqual(once);
          expect(keepsSetValues(obj, once)).toBe(true);
        }),
        { numRuns: 60 },
      );
    });

    it('never adds a validation error: a valid object stays valid once defaulted', () => {
      fc.assert(
        fc.property(objects, (obj) => {
          const before = errorKeys(validate(obj));
          const defaulted = structuredClone(obj);
          setDefaults(defaulted);
          // A defaulted listMapKey can make two items of a listType=map list equal (kitchen-sink's Serving.kind):
          // the API server reports that Duplicate too, so it is the one error defaulting may add.
          const added = [...errorKeys(validate(defaulted))].filter((k) => !before.has(k) && !k.startsWith('FieldValueDuplicate '));
          expect(added).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });
  });
});
