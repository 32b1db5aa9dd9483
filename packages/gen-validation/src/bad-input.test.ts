import * as path from 'node:path';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel } from '@kubegen/model';
import { writeTree } from '@kubegen/testing';
import { validationGenerator } from './generator';

const DOC = `// +groupName=shop.example.com
// +k8s:deepcopy-gen=package

export {};
`;

/** Loads a one-package tree whose types file is `types` and runs the validation generator on it. */
function validate(types: string) {
  const root = writeTree({ 'apis/shop/v1/doc.ts': DOC, 'apis/shop/v1/types.ts': types });
  const { model, diagnostics } = loadApiModel({ root, registry: defaultMarkerRegistry() });
  expect(diagnostics).toEqual([]);
  return { root, result: validationGenerator.generate(model, {}) };
}

const KIND = `import type { ObjectMeta, TypeMeta, int32 } from '@kubegen/runtime';

export interface Shop extends TypeMeta {
  metadata?: ObjectMeta;
  spec?: ShopSpec;
}

export interface ShopSpec {
  /** Shelves of the shop. LISTMARKERS */
  shelves?: Shelf[];
}

export interface Shelf {
  name: string;
  /**
   * How many items the shelf holds; it may only grow.
   * +kubebuilder:validation:XValidation:rule="self >= oldSelf",message="capacity may only grow"
   */
  capacity?: int32;
}
`;

test('a rule reading oldSelf inside the items of a list that is not a map list is KG5013, at the marker', () => {
  const { root, result } = validate(KIND.replace('LISTMARKERS', ''));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => [d.code, path.relative(root, d.position!.file), d.position!.line])).toEqual([
    ['KG5013', 'apis/shop/v1/types.ts', 17],
  ]);
  expect(errors[0].message).toMatch(/reads oldSelf/);
  expect(errors[0].hint).toMatch(/\+listType=map/);
  expect(result.files).toEqual([]);
});

test('the same rule under a listType=map list can match old items, so it is accepted', () => {
  const mapList = KIND.replace('LISTMARKERS', '\n   * +listType=map\n   * +listMapKey=name\n   ');
  const { result } = validate(mapList);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.files.map((f) => f.path)).toEqual(['apis/shop/v1/zz_generated.validation.ts']);
});
