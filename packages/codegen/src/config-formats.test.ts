import * as path from 'node:path';
import { writeTree } from '@kubegen/testing';
import { readProjectConfig } from './config-file';

const expected = {
  sourceRoots: ['apis', 'controllers'],
  generatorOptions: { rbac: { roleName: 'manager' } },
};

test.each([
  [
    'kubegen.config.ts',
    `import { defineConfig } from '@kubegen/codegen';\nconst roots: string[] = ['apis', 'controllers'];\nexport default defineConfig({ sourceRoots: roots, generatorOptions: { rbac: { roleName: 'manager' } } });\n`,
  ],
  [
    'kubegen.config.mjs',
    `export default { sourceRoots: ['apis', 'controllers'], generatorOptions: { rbac: { roleName: 'manager' } } };\n`,
  ],
  [
    'kubegen.config.cjs',
    `module.exports = { sourceRoots: ['apis', 'controllers'], generatorOptions: { rbac: { roleName: 'manager' } } };\n`,
  ],
  ['kubegen.config.json', JSON.stringify(expected)],
  [
    'kubegen.config.yaml',
    'sourceRoots: [apis, controllers]\ngeneratorOptions:\n  rbac:\n    roleName: manager\n',
  ],
  ['package.json', JSON.stringify({ name: 'p', kubegen: expected })],
])('%s is read', async (name, text) => {
  const root = writeTree({ [name]: text });
  const { config, file, diagnostics } = await readProjectConfig(root);
  expect(diagnostics).toEqual([]);
  expect(file).toBe(path.join(root, name));
  expect(config).toEqual(expected);
});

test('an unknown option in YAML names the option and its line and column', async () => {
  const root = writeTree({ 'kubegen.config.yaml': 'sourceRoots: [apis]\noutputDir: config\n' });
  const { config, diagnostics } = await readProjectConfig(root);
  expect(config).toEqual({ sourceRoots: ['apis'] });
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0]).toMatchObject({
    code: 'KG9003',
    message: "unknown option 'outputDir' in the kubegen configuration",
    position: { file: path.join(root, 'kubegen.config.yaml'), line: 2, column: 1 },
  });
  expect(diagnostics[0].hint).toMatch(/outputDirs/);
});

test('a bad value deep in a TypeScript config names the path to it and its position', async () => {
  const text = [
    "import { defineConfig } from '@kubegen/codegen';",
    'export default defineConfig({',
    "  sourceRoots: ['apis', 3],",
    '  generatorOptions: { rbac: true },',
    '});',
    '',
  ].join('\n');
  const root = writeTree({ 'kubegen.config.ts': text });
  const { config, diagnostics } = await readProjectConfig(root);
  expect(config).toEqual({});
  const file = path.join(root, 'kubegen.config.ts');
  expect(diagnostics.map((d) => [d.message, d.position])).toEqual([
    ["option 'sourceRoots[1]' must be a string", { file, line: 3, column: 25 }],
    [
      "option 'generatorOptions.rbac' must be an object of that generator’s options",
      { file, line: 4, column: 23 },
    ],
  ]);
});

test('a bad value in package.json names the path below the kubegen key and its line', async () => {
  const text = '{\n  "name": "p",\n  "kubegen": {\n    "outputDirs": ["config", false]\n  }\n}\n';
  const root = writeTree({ 'package.json': text });
  const { diagnostics } = await readProjectConfig(root);
  expect(diagnostics.map((d) => [d.message, d.position?.line, d.position?.column])).toEqual([
    ["option 'outputDirs[1]' must be a string", 4, 30],
  ]);
});

test('a TypeScript config with a syntax error is an error at its position', async () => {
  const root = writeTree({ 'kubegen.config.ts': 'export default {\n  sourceRoots: [apis\n};\n' });
  const { diagnostics } = await readProjectConfig(root);
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0].position).toMatchObject({ line: 3 });
  expect(diagnostics[0].message).toMatch(/cannot read .*kubegen\.config\.ts/);
});

test('a config that throws is reported, not thrown', async () => {
  const root = writeTree({ 'kubegen.config.mjs': "throw new Error('no such env var');\n" });
  const { diagnostics } = await readProjectConfig(root);
  expect(diagnostics.map((d) => d.message)).toEqual([
    expect.stringMatching(/kubegen\.config\.mjs threw while loading: no such env var/),
  ]);
});

test('two configuration files are an error rather than a silent choice', async () => {
  const root = writeTree({
    'kubegen.config.ts': 'export default {};',
    'kubegen.config.yaml': 'sourceRoots: [x]',
  });
  const { config, diagnostics } = await readProjectConfig(root);
  expect(config).toEqual({});
  expect(diagnostics[0].message).toBe(
    'more than one kubegen configuration file: kubegen.config.ts, kubegen.config.yaml',
  );
});

test('invalid YAML is an error with the line', async () => {
  const root = writeTree({ 'kubegen.config.yaml': 'sourceRoots: [apis\n' });
  const { diagnostics } = await readProjectConfig(root);
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0].message).toMatch(/kubegen\.config\.yaml is not valid YAML/);
});
