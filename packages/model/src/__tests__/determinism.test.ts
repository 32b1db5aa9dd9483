import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { buildModel } from '../build-model';
import { discoverSourceFiles } from '../discover';
import { createModelLoader } from '../load';
import { SourceTree } from '../source-tree';
import { DOC, writeTree } from './write-tree';

const KITCHEN_SINK = path.resolve(__dirname, '../../../../fixtures/kitchen-sink');

/** Loads a tree adding its files to a fresh source tree in the given order. */
function loadInOrder(root: string, files: string[]): string {
  const tree = new SourceTree();
  const sourceFiles = files.map((f) => tree.add(f));
  const result = buildModel({
    tree,
    root,
    sourceRoots: ['apis', 'controllers'],
    registry: defaultMarkerRegistry(),
    files: sourceFiles,
    diagnostics: [],
  });
  return JSON.stringify(result);
}

describe('determinism', () => {
  const { files } = discoverSourceFiles(KITCHEN_SINK, ['apis', 'controllers']);
  const reference = loadInOrder(KITCHEN_SINK, files);

  test('the model and diagnostics do not depend on the order files are found in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: files.length }), (shuffled) => {
        expect(loadInOrder(KITCHEN_SINK, shuffled)).toBe(reference);
      }),
      { numRuns: 8 },
    );
  });

  test('a tree written in a different order loads into the same model', () => {
    const tree: Record<string, string> = {
      'apis/g/v1/doc.ts': DOC,
      'apis/g/v1/b_types.ts':
        "import type { A } from './a_types';\nexport interface B {\n  a?: A;\n  any: unknown;\n}\n",
      'apis/g/v1/a_types.ts': 'export interface A {\n  n?: string;\n  bad: any;\n}\n',
      'apis/g/v1alpha1/doc.ts': DOC,
      'apis/g/v1alpha1/c_types.ts': 'export interface C {\n  c?: string;\n}\n',
    };
    const keys = Object.keys(tree);
    const first = writeTree(tree, keys);
    const second = writeTree(tree, [...keys].reverse());
    const load = (root: string) => {
      const result = createModelLoader({ root, registry: defaultMarkerRegistry() }).load();
      return JSON.stringify(result).split(root).join('<root>');
    };
    expect(load(first)).toBe(load(second));
    expect(load(first)).toContain('KG2002');
  });
});

describe('createModelLoader', () => {
  test('re-reads changed files and finds new and deleted ones', () => {
    const root = writeTree({
      'apis/g/v1/doc.ts': DOC,
      'apis/g/v1/a_types.ts': 'export interface A {\n  n?: string;\n}\n',
    });
    const loader = createModelLoader({ root, registry: defaultMarkerRegistry() });
    const names = () => loader.load().model.packages[0].types.map((t) => t.name);
    expect(names()).toEqual(['A']);

    const aFile = path.join(root, 'apis/g/v1/a_types.ts');
    fs.writeFileSync(aFile, 'export interface Renamed {\n  n?: string;\n}\n');
    expect(loader.load([aFile]).model.packages[0].types.map((t) => t.name)).toEqual(['Renamed']);

    fs.writeFileSync(
      path.join(root, 'apis/g/v1/b_types.ts'),
      'export interface B {\n  m?: string;\n}\n',
    );
    expect(names()).toEqual(['B', 'Renamed']);

    fs.rmSync(aFile);
    expect(names()).toEqual(['B']);
  });
});
