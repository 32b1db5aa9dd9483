import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeTree } from '@kubegen/testing';
import { readProjectConfig } from './config-file';
import { resolveOptions } from './resolve-options';
import type { Generator } from '@kubegen/emit';

const known: Generator<object>[] = ['deepcopy', 'rbac'].map((name) => ({
  name,
  description: name,
  generate: () => ({ files: [], diagnostics: [] }),
}));

test('no configuration file means no options and no diagnostics', async () => {
  const root = writeTree({ 'apis/.keep': '' });
  expect(await readProjectConfig(root)).toEqual({ config: {}, diagnostics: [] });
});

test('kubegen.config.json sets the options', async () => {
  const root = writeTree({
    'kubegen.config.json': JSON.stringify({
      $schema: './schema.json',
      sourceRoots: ['apis', 'controllers'],
      generatorOptions: { rbac: { roleName: 'manager' } },
    }),
  });
  const { config, file, diagnostics } = await readProjectConfig(root);
  expect(diagnostics).toEqual([]);
  expect(file).toBe(path.join(root, 'kubegen.config.json'));
  expect(config).toEqual({
    sourceRoots: ['apis', 'controllers'],
    generatorOptions: { rbac: { roleName: 'manager' } },
  });
});

test('the kubegen key of package.json is read when there is no config file', async () => {
  const root = writeTree({
    'package.json': JSON.stringify({ name: 'x', kubegen: { outputDirs: ['deploy'] } }),
  });
  const { config, file } = await readProjectConfig(root);
  expect(config).toEqual({ outputDirs: ['deploy'] });
  expect(file).toBe(path.join(root, 'package.json'));
});

test('unknown keys and wrong value types are all reported, naming the key and the file', async () => {
  const root = writeTree({
    'kubegen.config.json': JSON.stringify({ sourceRoot: ['apis'], generators: 'deepcopy', header: 3 }),
  });
  const { config, diagnostics } = await readProjectConfig(root);
  expect(config).toEqual({});
  expect(diagnostics.map((d) => [d.code, d.message, d.position?.file])).toEqual([
    ['KG9003', "unknown option 'sourceRoot' in the kubegen configuration", path.join(root, 'kubegen.config.json')],
    ['KG9003', "option 'generators' must be an array of strings", path.join(root, 'kubegen.config.json')],
    ['KG9003', "option 'header' must be a string", path.join(root, 'kubegen.config.json')],
  ]);
  expect(diagnostics[0].hint).toMatch(/sourceRoots/);
});

test('a configuration file that is not JSON is an error', async () => {
  const root = writeTree({ 'kubegen.config.json': '{ sourceRoots: [apis] }' });
  const { diagnostics } = await readProjectConfig(root);
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0].message).toMatch(/kubegen\.config\.json is not valid JSON/);
});

test('options given to generate win over the file; undefined ones do not hide it', async () => {
  const root = writeTree({
    'kubegen.config.json': JSON.stringify({ sourceRoots: ['src/apis'], generators: ['rbac'] }),
  });
  const { resolved, diagnostics } = await resolveOptions(
    { root, generators: ['deepcopy'], sourceRoots: undefined },
    known,
  );
  expect(diagnostics).toEqual([]);
  expect(resolved.sourceRoots).toEqual(['src/apis']);
  expect(resolved.selected.map((g) => g.name)).toEqual(['deepcopy']);
});

test('config: false ignores the file', async () => {
  const root = writeTree({ 'kubegen.config.json': JSON.stringify({ sourceRoots: ['x'] }) });
  const { resolved } = await resolveOptions({ root, config: false }, known);
  expect(resolved.sourceRoots).toEqual(['apis']);
  fs.rmSync(root, { recursive: true, force: true });
});
