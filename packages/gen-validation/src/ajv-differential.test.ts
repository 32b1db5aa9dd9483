/*
 * Differential test against a validator nobody here wrote: ajv compiles the CRD schema that @kubegen/schema
 * builds for each kind, and for many valid and mutated objects the generated validator must accept and reject
 * exactly the same ones. Aside: what ajv cannot judge (ObjectMeta rules, listType set/map duplicates, CEL;
 * the fixtures used here have no CEL rules and no validation hooks).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel, type ApiModel, type ApiType } from '@kubegen/model';
import { listTypesGenerator } from '@kubegen/gen-register';
import type { FieldError } from '@kubegen/runtime';
import { buildCrdSchema } from '@kubegen/schema';
import { arbitraryFor, copyFixture } from '@kubegen/testing';
import { validationGenerator } from './generator';

type Validate = (obj: unknown) => FieldError[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function generateInto(fixture: string): { model: ApiModel; root: string } {
  const root = copyFixture(fixture);
  const { model } = loadApiModel({ root, sourceRoots: ['apis'], registry: defaultMarkerRegistry() });
  for (const generator of [listTypesGenerator, validationGenerator]) {
    const result = generator.generate(model, {});
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const file of result.files) fs.writeFileSync(path.join(root, file.path), file.contents);
  }
  return { model, root };
}

/** Errors ajv has no way to see: ObjectMeta rules (the CRD schema leaves metadata open) and list uniqueness. */
function judgeable(e: FieldError): boolean {
  return !(e.field === 'metadata' || e.field.startsWith('metadata.') || e.type === 'FieldValueDuplicate');
}

/** Paths (as key lists) of every value inside `obj`, the root excluded. */
function valuePaths(obj: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(obj)) return obj.flatMap((v, i) => [[...prefix, i], ...valuePaths(v, [...prefix, i])]);
  if (typeof obj === 'object' && obj !== null) return Object.entries(obj).flatMap(([k, v]) => [[...prefix, k], ...valuePaths(v, [...prefix, k])]);
  return [];
}

const REPLACEMENTS: (Json | undefined)[] = [undefined, null, 'x', '', 'a'.repeat(300), -1, 0, 1.5, 2 ** 40, true, {}, [], ['x'], { unknown: 1 }];

/** A mutated copy: one value somewhere replaced by a value of another type or range, or removed. */
function mutated(objects: fc.Arbitrary<unknown>): fc.Arbitrary<Json> {
  return fc.tuple(objects, fc.nat(), fc.nat({ max: REPLACEMENTS.length - 1 })).map(([obj, at, r]) => {
    const copy = structuredClone(obj) as Json;
    const paths = valuePaths(copy).filter((p) => p[0] !== 'metadata' && p[0] !== 'apiVersion' && p[0] !== 'kind');
    if (paths.length === 0) return copy;
    const target = paths[at % paths.length];
    let parent = copy as Record<string | number, Json>;
    for (const key of target.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
    const last = target[target.length - 1];
    const replacement = REPLACEMENTS[r];
    if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
    else parent[last] = replacement === undefined ? null : replacement;
    return copy;
  });
}

describe.each(['apps', 'wardle'])('the generated validators of fixture %s agree with ajv on the CRD schema', (fixture) => {
  const { model, root } = generateInto(fixture);
  const kinds: { pkg: string; kind: ApiType }[] = model.packages
    .filter((p) => !p.internal)
    .flatMap((p) => p.types.filter((t) => t.kind !== undefined).map((kind) => ({ pkg: p.dir, kind })));

  describe.each(kinds.map((k) => [`${k.pkg} ${k.kind.name}`, k] as const))('%s', (_label, { pkg, kind }) => {
    const { schema, diagnostics } = buildCrdSchema(model, kind);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const ajvValidate = ajv.compile(schema as object);
    const generated = require(path.join(root, pkg, 'zz_generated.validation.ts')) as Record<string, Validate>;
    const validate = generated[`validate${kind.name}`];
    const objects = arbitraryFor(model, kind.id, { maxDepth: 6 });

    const agree = (obj: Json) => {
      const ours = validate(obj).filter(judgeable);
      const theirs = ajvValidate(obj);
      if ((ours.length === 0) !== theirs) {
        throw new Error(`disagree on ${JSON.stringify(obj)}\nours: ${JSON.stringify(ours)}\najv: ${JSON.stringify(ajvValidate.errors)}`);
      }
      return ours.length === 0;
    };

    it('builds a schema without errors', () => {
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

    it('accepts and rejects the same generated objects', () => {
      fc.assert(fc.property(objects, (obj) => void agree(obj as Json)), { numRuns: 150 });
    });

    it('accepts and rejects the same mutated objects, and some of them are rejected', () => {
      let rejected = 0;
      fc.assert(
        fc.property(mutated(objects), (obj) => {
          if (!agree(obj)) rejected += 1;
        }),
        { numRuns: 300 },
      );
      expect(rejected).toBeGreaterThan(0);
    });
  });
});
