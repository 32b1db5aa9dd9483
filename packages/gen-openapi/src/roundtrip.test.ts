import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { definitionName } from '@kubegen/schema';
import { FIXTURES, fixtureModel } from './__tests__/fixtures';
import { openapiTypescript } from './__tests__/openapi-typescript';
import {
  compileBeside,
  fileErrors,
  interfaceProperties,
  schemaProperties,
} from './__tests__/source-fields';
import { buildOpenApiV3Documents } from './openapi-v3';

/*
 * Round trip through a tool nobody here wrote: openapi-typescript turns each v3 document back into
 * TypeScript, the compiler checks it beside the source types, and every field of every published
 * source interface must come back with the same optionality.
 */
describe.each(FIXTURES.map((f) => f.name))('fixtures/%s through openapi-typescript', (name) => {
  it('gives back every field of the source types, with the same optionality', () => {
    const model = fixtureModel(name);
    const { documents } = buildOpenApiV3Documents(model, {});
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegen-openapi-'));
    try {
      const keys = Object.keys(documents);
      const files = openapiTypescript(
        dir,
        keys.map((key) => ({
          name: key.replace(/[^A-Za-z0-9]+/g, '_'),
          document: documents[key]!,
        })),
      );
      const generated = keys.map((key, i) => ({ key, file: files[i]! }));
      const published = model.packages
        .filter((p) => !p.internal)
        .flatMap((p) =>
          p.types
            .filter((t) => t.shape.form === 'struct' && !t.synthetic)
            .map((t) => ({ pkg: p, type: t })),
        );
      const sources = [...new Set(published.map(({ type }) => path.join(model.root, type.file)))];
      const program = compileBeside([...sources, ...generated.map((g) => g.file)]);
      for (const { file } of generated) expect(fileErrors(program, file)).toEqual([]);

      let compared = 0;
      let markerOverrides = 0;
      for (const { pkg, type } of published) {
        const key = pkg.group === '' ? `api/${pkg.version}` : `apis/${pkg.group}/${pkg.version}`;
        const file = generated.find((g) => g.key === key)?.file;
        const back = file && schemaProperties(program, file, definitionName(model, type));
        if (!back) continue; // a type no operation reaches is not published, as in kube-apiserver
        const source =
          interfaceProperties(program, path.join(model.root, type.file), type.name) ?? [];
        // `?` is the default; a requiredness marker (`+optional`, `+kubebuilder:validation:Optional` on
        // the package, …) overrides it, as controller-gen's precedence says.
        const fields = type.shape.form === 'struct' ? type.shape.fields : [];
        const expected = source.map((p) => {
          const field = fields.find((f) => f.name === p.name);
          return field && field.required === p.optional
            ? { ...p, optional: !field.required, marker: true }
            : p;
        });
        const overridden = new Set(expected.filter((p) => 'marker' in p).map((p) => p.name));
        expect({ type: type.name, fields: back }).toEqual({
          type: type.name,
          fields: expected.map(({ name, optional }) => ({ name, optional })),
        });
        markerOverrides += overridden.size;
        compared++;
      }
      expect(compared).toBeGreaterThan(0);
      // Most fields keep the optionality their `?` gives; the overrides are the exception.
      expect(markerOverrides).toBeLessThan(compared);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
