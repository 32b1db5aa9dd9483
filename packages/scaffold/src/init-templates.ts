import { checkDomain, checkLabel } from './names';
import type { ScaffoldPlan } from './plan';

/** What `kubegen init` needs to know. */
export interface InitOptions {
  domain: string;
  /** npm package name of the project; default the folder name. */
  name: string;
  /**
   * The version spec of each kubegen package in the new package.json, by package name. Default `^<version>`
   * from the registry; a kubegen checkout passes `file:` links (`kubegen init --kubegen-from`).
   */
  kubegenPackages: Record<'kubegen' | '@kubegen/codegen' | '@kubegen/runtime', string>;
  /** Version spec of TypeScript for the new project. */
  typescript: string;
  /** The copyright holder in the boilerplate header. */
  owner?: string;
  year: number;
}

/** The files of a new kubegen project: it builds and passes its own tests before any API exists. */
export function planInit(options: InitOptions): ScaffoldPlan {
  const diagnostics = [...checkDomain(options.domain), ...checkProjectName(options.name)];
  const files = [
    { path: 'package.json', contents: packageJson(options) },
    { path: 'tsconfig.json', contents: TSCONFIG },
    { path: 'kubegen.config.ts', contents: CONFIG },
    {
      path: 'PROJECT',
      contents: `# Written by kubegen init; read by kubegen create.\ndomain: ${options.domain}\nprojectName: ${options.name}\nlayout: kubegen/v1\n`,
    },
    { path: 'hack/boilerplate.ts.txt', contents: boilerplate(options) },
    { path: 'apis/README.md', contents: APIS_README },
    { path: 'test/apis.test.ts', contents: API_TEST },
    { path: '.gitignore', contents: 'node_modules/\ndist/\n' },
    { path: 'README.md', contents: readme(options) },
  ];
  return { files: files.map((f) => ({ ...f, mode: 'owned' as const })), diagnostics };
}

function checkProjectName(name: string): ReturnType<typeof checkLabel> {
  const bare = name.startsWith('@') ? (name.split('/')[1] ?? '') : name;
  return checkLabel('name', bare.replace(/[._]/g, '-'), 'my-api');
}

function packageJson(options: InitOptions): string {
  const { kubegenPackages: k } = options;
  const pkg = {
    name: options.name,
    version: '0.1.0',
    private: true,
    scripts: {
      generate: 'kubegen generate',
      check: 'kubegen check',
      build: 'tsc -p tsconfig.json',
      test: 'tsc -p tsconfig.json && node --test dist/',
    },
    dependencies: { '@kubegen/runtime': k['@kubegen/runtime'] },
    devDependencies: {
      '@kubegen/codegen': k['@kubegen/codegen'],
      '@types/node': '^20.19.0',
      kubegen: k.kubegen,
      typescript: options.typescript,
    },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function boilerplate(options: InitOptions): string {
  return `/*
Copyright ${options.year} ${options.owner ?? 'The ' + options.name + ' Authors'}.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
`;
}

const TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      target: 'ES2022',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      strict: true,
      declaration: true,
      outDir: 'dist',
      rootDir: '.',
      skipLibCheck: true,
      types: ['node'],
    },
    include: ['apis', 'test'],
  },
  null,
  2,
)}\n`;

const CONFIG = `import { defineConfig } from '@kubegen/codegen';

// Every option is documented on hover; the JSON schema is @kubegen/codegen/kubegen.config.schema.json.
export default defineConfig({
  sourceRoots: ['apis'],
  headerFile: 'hack/boilerplate.ts.txt',
  outputDirs: ['config'],
});
`;

const APIS_README = `# apis

One folder per API group, one folder per version below it:
\`kubegen create api --group <group> --version <version> --kind <Kind>\` adds them.
`;

const API_TEST = `// Registers every generated API package in a Scheme and checks that each kind is created and copied.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Scheme } from '@kubegen/runtime';

interface RegisterModule {
  SchemeGroupVersion: { group: string; version: string };
  kinds: readonly { kind: string }[];
  addToScheme(scheme: Scheme): void;
}

const compiledApis = path.join(__dirname, '..', 'apis');
const sourceApis = path.join(__dirname, '..', '..', 'apis');

function filesNamed(dir: string, name: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesNamed(full, name) : entry.name === name ? [full] : [];
  });
}

const registers = filesNamed(compiledApis, 'zz_generated.register.js');

test('every API version has generated registration code', () => {
  assert.equal(registers.length, filesNamed(sourceApis, 'doc.ts').filter((f) => /\\/v\\d[^/]*\\/doc\\.ts$/.test(f)).length);
});

for (const file of registers) {
  const api = require(file) as RegisterModule;
  const { group, version } = api.SchemeGroupVersion;
  test(\`\${group}/\${version}: every kind is created with its apiVersion and copied deeply\`, () => {
    const scheme = new Scheme();
    api.addToScheme(scheme);
    for (const { kind } of api.kinds) {
      const object = scheme.new({ group, version, kind });
      assert.deepEqual(
        { apiVersion: object.apiVersion, kind: object.kind },
        { apiVersion: \`\${group}/\${version}\`, kind },
      );
      const withMeta = { ...object, metadata: { name: 'one', labels: { app: 'test' } } };
      const copy = scheme.deepCopy(withMeta) as typeof withMeta;
      assert.deepEqual(copy, withMeta);
      assert.notEqual(copy.metadata, withMeta.metadata);
    }
  });
}
`;

function readme(options: InitOptions): string {
  return `# ${options.name}

Kubernetes-style APIs in TypeScript for the domain \`${options.domain}\`, generated by
[kubegen](https://github.com/kubegen/kubegen).

\`\`\`sh
npm install
npx kubegen create api --group demo --version v1beta1 --kind Foo
npm run generate   # zz_generated.*.ts beside the types, manifests under config/
npm test           # builds and runs the tests in test/ over the generated code
npm run check      # in CI: fails when generated files are stale
\`\`\`

Generated files start with \`hack/boilerplate.ts.txt\`. Options live in \`kubegen.config.ts\`.
`;
}
